/**
 * The playground's verifier (src/engine/tasks/verify.ts) as a verl custom reward function, written beside
 * the exported labels and named by custom_reward_function.path / .name (verl/trainer/config/ppo_trainer.yaml).
 * Its signature is that of verl.utils.reward_score.default_compute_score.
 */

export const REWARD_FILE = 'nft_playground_reward.py';

/**
 * Right when the text after the last '=' is the canonical integer ground_truth. Returns a dict with `score`
 * and `acc`, as the NFT code's verifier.py does (its train_7B.sh filters groups on metric=acc).
 */
export const REWARD_SOURCE = `# nft_playground_reward.py: the NFT Playground's exact verifier as a verl custom reward function.
import re

_CANONICAL = re.compile(r"-?(0|[1-9][0-9]*)")


def compute_score(data_source, solution_str, ground_truth, extra_info=None):
    final = solution_str.strip().rsplit("=", 1)[-1]
    right = final != "-0" and _CANONICAL.fullmatch(final) is not None and final == str(ground_truth)
    return {"score": 1.0 if right else 0.0, "acc": 1.0 if right else 0.0}
`;
