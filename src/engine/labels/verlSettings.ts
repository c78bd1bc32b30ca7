/**
 * The playground's settings as verl configuration: hydra overrides (key=value) for the trainers that
 * read the exported labels, the settings verl has no key for, and ready command lines. Every key below
 * was read in these files, not guessed:
 *   volcengine/verl  verl/trainer/config/ppo_trainer.yaml (data.*, actor_rollout_ref.*, algorithm.*,
 *                    custom_reward_function.*, trainer.*); loss_agg_mode values from
 *                    verl/trainer/ppo/core_algos.py (agg_loss); ppo_mini_batch_size counts prompts (the
 *                    fsdp worker multiplies it by rollout.n); the SFT trainer's data.prompt_key /
 *                    response_key / prompt_dict_keys / response_dict_keys and optim.lr from
 *                    verl/utils/dataset/sft_dataset.py and examples/sft/gsm8k/*.sh.
 *   NVlabs/NFT       (the paper's code, on verl) config/nft_trainer.yaml and train_7B.sh:
 *                    actor_rollout_ref.neg_weight (1 NFT, 0 RFT), clamp_negative (NFT's eps: dp_actor.py
 *                    floors the implicit negative ratio at it), normalize (0: w = 1, 1: w = 1 - r_hat,
 *                    2: w = sqrt((1 - r_hat) / r_hat)), actor.ratio_type=token (sum over tokens / 1000),
 *                    algorithm.filter_groups.* (dynamic sampling).
 * NFT's loss is not in stock verl: its overrides only work with the NFT code's `python3 -m main_nft`.
 */

import type { Method } from '../losses/options';
import { REWARD_FILE, REWARD_SOURCE } from './verlReward';

/**
 * What the export needs of the playground's settings (formats/settings/runSettings.ts verlInput derives
 * it from the settings table). Any further setting rides along into the file's `playground` section.
 */
export interface VerlSettingsInput {
  readonly [setting: string]: unknown;
  methods: readonly Method[];
  seed: number;
  iterations: number;
  M: number;
  K: number;
  mu: number;
  lr: number;
  temperature: number;
  eps: number;
  /** 'default' leaves each method its own (NFT and RFT: one_minus_r). */
  weighting: string;
  negWeight: number;
  aggregation: string;
  labelNoise: number;
  verifier: string;
  mix: readonly string[];
  /** From the preset; undefined when unknown. */
  optimizer?: { weightDecay: number; clipNorm: number; warmupSteps: number };
  maxRounds?: number;
}

export type Value = string | number | boolean;

export interface MethodConfig {
  method: Method;
  /** Which trainer reads these overrides. */
  trainer: 'verl main_ppo' | 'NFT main_nft' | 'verl fsdp_sft_trainer';
  overrides: Record<string, Value>;
  /** Playground settings of this method that this trainer has no key for, and why. */
  unmapped: { setting: string; value: Value; why: string }[];
  command: string;
}

export interface VerlSettingsFile {
  format: 'nft-playground-verl-settings';
  version: 1;
  files: { parquet: string; jsonl: string };
  playground: VerlSettingsInput;
  methods: MethodConfig[];
  /** Offline RFT: SFT on the answers marked right (filter the rows on extra_info.mark first). */
  offlineRft: { overrides: Record<string, Value>; command: string; filter: string };
  /** custom_reward_function.path: the playground's exact verifier, in Python, for verl to import. */
  rewardFunction: { file: string; name: 'compute_score'; source: string };
  /** Settings of the playground with no verl key at all. */
  unmapped: { setting: string; value: Value; why: string }[];
  notes: string[];
}

const WEIGHT_TO_NORMALIZE: Record<string, number> = { one_minus_r: 1, grpo: 2, one: 0 };

function commandLine(head: string, overrides: Record<string, Value>): string {
  const args = Object.entries(overrides).map(([k, v]) => {
    const s = String(v);
    return `    ${k}=${/^[\w./:+$-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`}`;
  });
  return [head, ...args].join(' \\\n');
}

/** Keys shared by verl's PPO trainer and the NFT code (both read ppo_trainer.yaml's layout). */
function common(s: VerlSettingsInput, parquet: string): Record<string, Value> {
  const o: Record<string, Value> = {
    'data.train_files': parquet,
    'data.val_files': parquet,
    'data.prompt_key': 'prompt',
    'data.train_batch_size': s.M,
    'actor_rollout_ref.model.path': '$MODEL',
    'actor_rollout_ref.rollout.n': s.K,
    'actor_rollout_ref.rollout.temperature': s.temperature,
    'actor_rollout_ref.actor.optim.lr': s.lr,
    'actor_rollout_ref.actor.ppo_mini_batch_size': Math.max(1, Math.floor(s.M / s.mu)),
    'actor_rollout_ref.actor.ppo_epochs': 1,
    'actor_rollout_ref.actor.use_kl_loss': false,
    'actor_rollout_ref.actor.entropy_coeff': 0,
    'algorithm.adv_estimator': 'grpo',
    'custom_reward_function.path': REWARD_FILE,
    'custom_reward_function.name': 'compute_score',
    'trainer.total_training_steps': s.iterations,
  };
  if (s.optimizer) {
    o['actor_rollout_ref.actor.optim.weight_decay'] = s.optimizer.weightDecay;
    o['actor_rollout_ref.actor.optim.lr_warmup_steps'] = s.optimizer.warmupSteps;
    o['actor_rollout_ref.actor.grad_clip'] = s.optimizer.clipNorm;
  }
  return o;
}

function methodConfig(m: Method, s: VerlSettingsInput, parquet: string): MethodConfig {
  const unmapped: MethodConfig['unmapped'] = [];
  if (s.M % s.mu !== 0)
    unmapped.push({
      setting: 'mu',
      value: s.mu,
      why: `M = ${s.M} is not a multiple of mu: verl's mini-batches all have ppo_mini_batch_size prompts`,
    });
  const o = common(s, parquet);
  if (m === 'nft' || m === 'rft') {
    const weighting = s.weighting === 'default' ? 'one_minus_r' : s.weighting;
    o['actor_rollout_ref.neg_weight'] = m === 'rft' ? 0 : s.negWeight;
    o['actor_rollout_ref.clamp_negative'] = s.eps;
    o['actor_rollout_ref.clamp_positive'] = 0;
    o['actor_rollout_ref.normalize'] = WEIGHT_TO_NORMALIZE[weighting] ?? 1;
    o['actor_rollout_ref.actor.ratio_type'] = 'token';
    o['algorithm.filter_groups.enable'] = true;
    o['algorithm.filter_groups.metric'] = 'acc';
    if (s.maxRounds !== undefined) o['algorithm.filter_groups.max_num_gen_batches'] = s.maxRounds;
    if (s.aggregation !== 'default' && s.aggregation !== 'sum_const')
      unmapped.push({
        setting: 'aggregation',
        value: s.aggregation,
        why: "the NFT code's loss always sums over tokens and divides by 1000 (sum_const)",
      });
    return {
      method: m,
      trainer: 'NFT main_nft',
      overrides: o,
      unmapped,
      command: commandLine('python3 -m main_nft', o),
    };
  }
  if (m === 'sft') {
    const sft = sftOverrides(parquet, 'gold', s.lr);
    return {
      method: m,
      trainer: 'verl fsdp_sft_trainer',
      overrides: sft,
      unmapped: [],
      command: commandLine('torchrun --standalone --nproc_per_node=1 -m verl.trainer.fsdp_sft_trainer', sft),
    };
  }
  // GRPO, Dr. GRPO and DAPO in stock verl: group advantages, PPO's clipped ratio.
  o['algorithm.norm_adv_by_std_in_grpo'] = m !== 'dr_grpo';
  o['actor_rollout_ref.actor.clip_ratio_low'] = 0.2;
  o['actor_rollout_ref.actor.clip_ratio_high'] = m === 'dapo' ? 0.28 : 0.2;
  o['actor_rollout_ref.actor.loss_agg_mode'] =
    m === 'grpo' ? 'seq-mean-token-mean' : m === 'dapo' ? 'token-mean' : 'seq-mean-token-sum-norm';
  if (m === 'dr_grpo')
    unmapped.push({
      setting: 'aggregation',
      value: 'sum_const',
      why: 'seq-mean-token-sum-norm divides the token sum by the padded response length, not by 1000',
    });
  unmapped.push({
    setting: 'filter',
    value: true,
    why: "stock main_ppo has no dynamic sampling; DAPO's recipe and the NFT code have algorithm.filter_groups",
  });
  return {
    method: m,
    trainer: 'verl main_ppo',
    overrides: o,
    unmapped,
    command: commandLine('python3 -m verl.trainer.main_ppo', o),
  };
}

function sftOverrides(file: string, responseKey: 'answer' | 'gold', lr: number): Record<string, Value> {
  return {
    'data.train_files': file,
    'data.val_files': file,
    'data.prompt_key': 'extra_info',
    'data.response_key': 'extra_info',
    '+data.prompt_dict_keys': "['question']",
    '+data.response_dict_keys': `['${responseKey}']`,
    'optim.lr': lr,
    'model.partial_pretrain': '$MODEL',
    'trainer.total_epochs': 1,
  };
}

export function verlSettings(
  s: VerlSettingsInput,
  files: { parquet: string; jsonl: string } = { parquet: 'labels.parquet', jsonl: 'labels.jsonl' },
): VerlSettingsFile {
  const right = `${files.parquet.replace(/\.parquet$/, '')}-right.parquet`;
  const offline = sftOverrides(right, 'answer', s.lr);
  return {
    format: 'nft-playground-verl-settings',
    version: 1,
    files,
    playground: s,
    methods: s.methods.map((m) => methodConfig(m, s, files.parquet)),
    offlineRft: {
      filter:
        `python3 -c "import pandas as pd; d = pd.read_parquet('${files.parquet}'); ` +
        `d[d.extra_info.map(lambda e: bool(e['mark']))].to_parquet('${right}')"`,
      overrides: offline,
      command: commandLine(
        'torchrun --standalone --nproc_per_node=1 -m verl.trainer.fsdp_sft_trainer',
        offline,
      ),
    },
    rewardFunction: { file: REWARD_FILE, name: 'compute_score', source: REWARD_SOURCE },
    unmapped: [
      {
        setting: 'seed',
        value: s.seed,
        why: 'verl seeds its own sampling; the playground seed does not carry over',
      },
      {
        setting: 'mix',
        value: s.mix.join(','),
        why: 'the task mix is in the exported prompts, not in a setting',
      },
      {
        setting: 'labelNoise',
        value: s.labelNoise,
        why: 'the exported marks already include any noise; online, the reward function marks exactly',
      },
      {
        setting: 'verifier',
        value: s.verifier,
        why: 'the exported marks already include it; online, nft_playground_reward.py is the exact verifier',
      },
    ],
    notes: [
      'One row per labelled answer: a question appears once per answer (K times). For online training ' +
        '(main_ppo, main_nft) verl samples its own answers and grades them with the reward function; only ' +
        'the prompts and reward_model.ground_truth are used, so drop duplicate prompts if you like.',
      '$MODEL stands for your model (a Hugging Face path). data.val_files points at the same file: use a held-out set.',
      "The learning rate, batch sizes and steps are the tiny playground model's; the paper used lr 1e-6, " +
        '512 prompts x 16 answers and mini-batches of 32 prompts at 7B (NVlabs/NFT train_7B.sh).',
      'The marks a person gave are used by the offline route (SFT on the rows whose extra_info.mark is ' +
        'true); stock verl has no trainer that learns from marked negatives offline.',
    ],
  };
}
