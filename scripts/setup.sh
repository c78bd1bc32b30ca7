#!/usr/bin/env bash
# Sets up a fresh Debian machine to build, run and test the project. Safe to run again.
#  - system packages for the browser tests: Debian's Chromium, and chromium-common + libvulkan1 for
#    WebGPU through SwiftShader (see PLATFORM notes in the README); fonts-noto-cjk, so the page's Japanese
#    renders with real glyphs rather than boxes (e2e/fonts.spec.ts checks it);
#  - the npm dependencies, exactly as locked (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium chromium-common libvulkan1 fonts-noto-cjk)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
else
  echo "setup: dpkg-query not found (not Debian?): install ${packages[*]} yourself, or set CHROMIUM_PATH" >&2
fi

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: need root or sudo to install ${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup: system packages present (${packages[*]})"
fi

npm ci
