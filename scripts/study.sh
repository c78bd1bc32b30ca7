#!/usr/bin/env bash
# The NFT-vs-RFT study behind the workshop preset (docs/study.md): every configuration below runs NFT
# and RFT (matched: same filter, weighting and aggregation) from the shipped base over 5 seeds, two
# configurations at a time (one per core). Results: out/study/<name>/metrics.{json,csv} and <name>.log.
# Usage: bash scripts/study.sh [name ...]   (no names: all configurations)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-out/study}
SEEDS=${SEEDS:-5}
ITER=${ITER:-60}
mkdir -p "$OUT"

declare -A CONFIGS=(
  [base]="--mu 2"
  [mu8]="--mu 8"
  [k16]="--K 16 --M 16 --mu 2"
  [lr1e-3]="--mu 2 --lr 1e-3"
  [token_mean]="--mu 2 --aggregation token_mean"
  [mu8_eps05]="--mu 8 --eps 0.5"
  [mu16]="--mu 16"
  [hard]="--mu 2 --mix add3,sub2,mul2,chain3x2"
  [noise20]="--mu 2 --label-noise 0.2"
  [k4]="--mu 2 --K 4 --M 32"
)

names=("$@")
if [ ${#names[@]} -eq 0 ]; then names=(base mu8 k16 lr1e-3 token_mean mu8_eps05 mu16 hard); fi
for n in "${names[@]}"; do
  [ -n "${CONFIGS[$n]+x}" ] || { echo "unknown configuration $n" >&2; exit 2; }
  echo "$n ${CONFIGS[$n]}"
done | xargs -P 2 -L 1 bash -c 'name=$0; npx tsx src/cli/main.ts experiment --preset workshop \
  --methods nft,rft --seeds '"$SEEDS"' --iterations '"$ITER"' --eval-every 20 --quiet \
  --out '"$OUT"'/$name "$@" > '"$OUT"'/$name.log 2>&1 && echo "done $name" || echo "FAILED $name"'
