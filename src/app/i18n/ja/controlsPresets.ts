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
  'A pilot on 5 seeds, not a finding (50 iterations, wasm): both methods gained about 10 points of held-out greedy accuracy (38.6% to about 49%), and NFT − RFT was -0.9 ± 4.3 points (mean ± sd over seeds 1-5), NFT ahead on 1 of 5; an independent replication on five other seeds was a tie again (-0.4 points on average). NFT lowered its entropy more (-0.103 against -0.089 nats per token on seeds 1-5), the opposite of what the paper reports at 7B. The pre-registered study on 20 seeds (docs/studies/findings.json) will say whether these hold; it has not been run yet. Your run is one seed.':
    '5 シードのパイロットで、結論ではありません（50 イテレーション、wasm）：どちらの手法も評価用（ホールドアウト）の貪欲正解率を約 10 ポイント伸ばし（38.6% から約 49%）、NFT − RFT は -0.9 ± 4.3 ポイント（シード 1〜5 の平均 ± 標準偏差）、NFT がリードしたのは 5 シード中 1 シードでした。別の 5 シードでの独立した再現でも差はありませんでした（平均 -0.4 ポイント）。NFT のほうがエントロピーを大きく下げました（シード 1〜5 でトークンあたり -0.103 対 -0.089 nats）。論文が 7B で報告した結果とは逆です。これらが成り立つかは、事前登録した 20 シードの調査（docs/studies/findings.json）が示します。まだ実行されていません。あなたの実行は 1 シードだけです。',
  'the workshop preset with 20% of the verifier marks wrong (seeded, same answer same mistake)':
    'workshop プリセットで、検証器の判定の 20% を誤りにしたもの（シード固定、同じ回答には同じ誤り）',
  "Pilots, not a finding (50 iterations, wasm): NFT − RFT in held-out greedy accuracy was +6.2 ± 5.0 points on seeds 1-5 (NFT ahead on 4 of 5) and +4.5 ± 4.3 on seeds 6-10 (ahead on 5 of 5); an independent replication on five other seeds gave +2.3 ± 3.2 (ahead on 4 of 5), and in sampled accuracy NFT was ahead on all 5 (36.2 ± 1.0% against 31.2 ± 1.4%); ± is the spread (sd) over the five seeds, not an interval. The direction held each time; the size shrank, as a first estimate usually does: expect a lead of a few points, not 6. Both do worse than with exact marks; RFT fell below the base model on average on seeds 1-5 (38.6% to 33.7%) but on only 3 of the replication's 5 seeds. RFT loses the right answers the verifier wrongly rejects and trains on the wrong ones it wrongly accepts; NFT still pushes away from the many truly wrong answers. The pre-registered study (20 seeds, docs/studies/findings.json) will give the interval; it has not been run yet. Your run is one seed.":
    'パイロットで、結論ではありません（50 イテレーション、wasm）：評価用（ホールドアウト）の貪欲正解率の NFT − RFT は、シード 1〜5 で +6.2 ± 5.0 ポイント（NFT が 5 シード中 4 シードでリード）、シード 6〜10 で +4.5 ± 4.3（5 シード中 5 シードでリード）でした。別の 5 シードでの独立した再現では +2.3 ± 3.2（5 シード中 4 シードでリード）、サンプリング正解率では NFT が 5 シードすべてでリードしました（36.2 ± 1.0% 対 31.2 ± 1.4%）。± は 5 シードのばらつき（標準偏差）で、区間ではありません。向きは毎回同じでしたが、大きさは縮みました。最初の推定ではよくあることです。6 ポイントではなく数ポイントのリードを見込んでください。どちらも正確な判定のときより悪くなります。RFT はシード 1〜5 の平均ではベースモデルを下回りました（38.6% から 33.7%）が、再現では 5 シード中 3 シードだけでした。RFT は検証器が誤って不正解とした正解の回答を失い、誤って正解とした不正解の回答で学習します。NFT は多数の本当に不正解な回答から離れる方向へ押し続けます。事前登録した調査（20 シード、docs/studies/findings.json）が区間を出します。まだ実行されていません。あなたの実行は 1 シードだけです。',
};
