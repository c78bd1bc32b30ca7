/**
 * Japanese for the presets' descriptions and findings (engine/train/presets.ts keeps them in English:
 * the engine is shared with the CLI), keyed by that English exactly; PresetNote shows them.
 * components/controlsText.test.ts checks that every preset has its Japanese.
 */
export const PRESETS_JA: Record<string, string> = {
  'a few seconds (tests and a first look)': '数秒（テストと最初のお試し用）',
  'A few iterations of a few questions are far too few to tell methods apart: this preset shows how the page works, not which method is better. Use the workshop preset for that.':
    '少ない問題で数イテレーションでは、手法の違いを見分けるにはまったく足りません。このプリセットはページの動きを見せるもので、どの手法が優れているかは示しません。比較には workshop プリセットを使ってください。',
  'the configuration of the study, 2 update steps per rollout':
    '調査で使った構成、ロールアウトあたり 2 更新ステップ',
  'Our study of this preset (5 seeds, 50 iterations, wasm): both methods gain about 10 points of held-out greedy accuracy (38.6% to NFT 48.4 ± 2.5%, RFT 49.3 ± 2.6%); the difference is inside the seed-to-seed spread, so on this tiny model NFT does not beat RFT. NFT lowers its entropy more (-0.103 against -0.089 nats per token), the opposite of what the paper reports at 7B. Your run is one seed: see whether it agrees (docs/study.md has all eight configurations).':
    'このプリセットでの私たちの調査（5 シード、50 イテレーション、wasm）：どちらの手法も評価用（ホールドアウト）の貪欲正解率を約 10 ポイント伸ばしました（38.6% から NFT 48.4 ± 2.5%、RFT 49.3 ± 2.6%）。差はシード間のばらつきの範囲内で、この小さなモデルでは NFT は RFT を上回りません。NFT のほうがエントロピーを大きく下げます（トークンあたり -0.103 対 -0.089 nats）。論文が 7B で報告した結果とは逆です。あなたの実行は 1 シードだけです。一致するか確かめてください（8 つの構成すべては docs/study.md にあります）。',
  'the workshop preset with 20% of the verifier marks wrong (seeded, same answer same mistake)':
    'workshop プリセットで、検証器の判定の 20% を誤りにしたもの（シード固定、同じ回答には同じ誤り）',
  "Our study of this preset (50 iterations, wasm): NFT ends ahead of RFT by 6.2 ± 5.0 points of held-out greedy accuracy over seeds 1-5 and by 4.5 ± 4.3 over seeds 6-10, ahead on 9 of the 10 seeds. Both do worse than with exact marks: RFT falls below the base model (38.6% to 33.7 ± 3.5% on seeds 1-5) while NFT first gains (42.6% at iteration 20) and ends at 39.9 ± 3.2%. RFT loses the right answers the verifier wrongly rejects and trains on the wrong ones it wrongly accepts; NFT still pushes away from the many truly wrong answers. RFT's entropy barely moves here (-0.007 against -0.049 nats per token). Your run is one seed: see whether it agrees.":
    'このプリセットでの私たちの調査（50 イテレーション、wasm）：評価用（ホールドアウト）の貪欲正解率で、NFT は最終的に RFT をシード 1〜5 では 6.2 ± 5.0 ポイント、シード 6〜10 では 4.5 ± 4.3 ポイント上回り、10 シード中 9 シードでリードしました。どちらも正確な判定のときより悪くなります：RFT はベースモデルを下回り（シード 1〜5 で 38.6% から 33.7 ± 3.5%）、NFT は最初は伸びて（イテレーション 20 で 42.6%）最後は 39.9 ± 3.2% になります。RFT は検証器が誤って不正解とした正解の回答を失い、誤って正解とした不正解の回答で学習します。NFT は多数の本当に不正解な回答から離れる方向へ押し続けます。ここでは RFT のエントロピーはほとんど動きません（トークンあたり -0.007 対 -0.049 nats）。あなたの実行は 1 シードだけです。一致するか確かめてください。',
};
