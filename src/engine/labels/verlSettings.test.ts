import { describe, expect, it } from 'vitest';
import { REWARD_SOURCE } from './verlReward';
import { type VerlSettingsInput, verlSettings } from './verlSettings';

const input: VerlSettingsInput = {
  methods: ['nft', 'rft', 'grpo', 'dr_grpo', 'dapo', 'sft'],
  seed: 3,
  iterations: 50,
  M: 32,
  K: 8,
  mu: 2,
  lr: 3e-4,
  temperature: 0.9,
  eps: 0.5,
  weighting: 'default',
  negWeight: 1,
  aggregation: 'default',
  labelNoise: 0.2,
  verifier: 'offByOne',
  mix: ['add1', 'add2'],
  optimizer: { weightDecay: 0, clipNorm: 1, warmupSteps: 10 },
  maxRounds: 4,
};

const byMethod = (s: ReturnType<typeof verlSettings>, m: string) => {
  const c = s.methods.find((x) => x.method === m);
  if (!c) throw new Error(`no ${m}`);
  return c;
};

describe('verl settings', () => {
  it('maps the shared settings to verl config keys, per method', () => {
    const s = verlSettings(input);
    expect(s.format).toBe('nft-playground-verl-settings');
    for (const c of s.methods.filter((x) => x.method !== 'sft')) {
      expect(c.overrides).toMatchObject({
        'data.train_files': 'labels.parquet',
        'data.prompt_key': 'prompt',
        'data.train_batch_size': 32,
        'actor_rollout_ref.rollout.n': 8,
        'actor_rollout_ref.rollout.temperature': 0.9,
        'actor_rollout_ref.actor.optim.lr': 3e-4,
        'actor_rollout_ref.actor.ppo_mini_batch_size': 16,
        'actor_rollout_ref.actor.ppo_epochs': 1,
        'actor_rollout_ref.actor.grad_clip': 1,
        'actor_rollout_ref.actor.optim.lr_warmup_steps': 10,
        'trainer.total_training_steps': 50,
        'custom_reward_function.path': 'nft_playground_reward.py',
      });
    }
  });

  it("sends NFT and RFT to the paper's code with its own keys (eps, negWeight, weighting)", () => {
    const s = verlSettings(input);
    const nft = byMethod(s, 'nft');
    expect(nft.trainer).toBe('NFT main_nft');
    expect(nft.overrides).toMatchObject({
      'actor_rollout_ref.neg_weight': 1,
      'actor_rollout_ref.clamp_negative': 0.5,
      'actor_rollout_ref.normalize': 1,
      'actor_rollout_ref.actor.ratio_type': 'token',
      'algorithm.filter_groups.enable': true,
      'algorithm.filter_groups.max_num_gen_batches': 4,
    });
    expect(byMethod(s, 'rft').overrides['actor_rollout_ref.neg_weight']).toBe(0);
    const grpoWeight = verlSettings({ ...input, weighting: 'grpo' });
    expect(byMethod(grpoWeight, 'nft').overrides['actor_rollout_ref.normalize']).toBe(2);
    const one = verlSettings({ ...input, weighting: 'one', aggregation: 'token_mean' });
    expect(byMethod(one, 'nft').overrides['actor_rollout_ref.normalize']).toBe(0);
    expect(byMethod(one, 'nft').unmapped.map((u) => u.setting)).toContain('aggregation');
    expect(nft.command.startsWith('python3 -m main_nft \\\n')).toBe(true);
    const args = nft.command.split(' \\\n').slice(1);
    expect(args.map((l) => l.trim())).toEqual(
      Object.entries(nft.overrides).map(([k, v]) => `${k}=${String(v)}`),
    );
    expect(nft.command).toContain('actor_rollout_ref.clamp_negative=0.5');
  });

  it('sends GRPO, Dr. GRPO and DAPO to stock verl with their clip and aggregation', () => {
    const s = verlSettings(input);
    expect(byMethod(s, 'grpo').overrides).toMatchObject({
      'algorithm.adv_estimator': 'grpo',
      'algorithm.norm_adv_by_std_in_grpo': true,
      'actor_rollout_ref.actor.loss_agg_mode': 'seq-mean-token-mean',
    });
    expect(byMethod(s, 'dr_grpo').overrides['algorithm.norm_adv_by_std_in_grpo']).toBe(false);
    expect(byMethod(s, 'dapo').overrides['actor_rollout_ref.actor.clip_ratio_high']).toBe(0.28);
    expect(byMethod(s, 'dapo').command.startsWith('python3 -m verl.trainer.main_ppo')).toBe(true);
  });

  it('trains SFT on gold and offline RFT on the answers marked right, through verl SFT keys', () => {
    const s = verlSettings(input);
    expect(byMethod(s, 'sft').overrides['+data.response_dict_keys']).toBe("['gold']");
    expect(s.offlineRft.overrides).toMatchObject({
      'data.train_files': 'labels-right.parquet',
      'data.prompt_key': 'extra_info',
      '+data.prompt_dict_keys': "['question']",
      '+data.response_dict_keys': "['answer']",
    });
    expect(s.offlineRft.filter).toContain("e['mark']");
    // Quoted for the shell: the list value has brackets and quotes.
    expect(s.offlineRft.command).toContain(`+data.response_dict_keys='['\\''answer'\\'']'`);
  });

  it('lists what has no verl key, and says when M is not a multiple of mu', () => {
    const s = verlSettings({ ...input, mu: 3 });
    expect(s.unmapped.map((u) => u.setting)).toEqual(['seed', 'mix', 'labelNoise', 'verifier']);
    expect(byMethod(s, 'nft').unmapped.map((u) => u.setting)).toContain('mu');
    expect(byMethod(s, 'nft').overrides['actor_rollout_ref.actor.ppo_mini_batch_size']).toBe(10);
    expect(s.rewardFunction.source).toBe(REWARD_SOURCE);
    expect(REWARD_SOURCE).toContain(
      'def compute_score(data_source, solution_str, ground_truth, extra_info=None)',
    );
  });
});
