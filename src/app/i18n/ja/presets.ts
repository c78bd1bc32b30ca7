/**
 * Japanese for the presets' descriptions and findings (engine/train/presets.ts keeps them in English:
 * the engine is shared with the CLI), by preset name; PresetNote shows them.
 */
import type { DataEn } from '../en/data';
import type { Translation } from '../types';

export const PRESET: Translation<DataEn['preset']> = {
  tiny: '数秒（テストと最初のお試し用）',
  workshop: '調査で使った構成、ロールアウトあたり 2 更新ステップ',
  noisy: 'workshop プリセットで、検証器の判定の 20% を誤りにしたもの（シード固定、同じ回答には同じ誤り）',
};

export const FINDING: Translation<DataEn['finding']> = {
  tiny: '少ない問題で数イテレーションでは、手法の違いを見分けるにはまったく足りません。このプリセットはページの動きを見せるもので、どの手法が優れているかは示しません。比較には workshop プリセットを使ってください。',
  workshop:
    '事前登録した調査（docs/studies/findings.json：事前に決めた 20 シード、50 イテレーション、wasm）の結論です。正確な判定では NFT と RFT は互角でした。評価用（ホールドアウト）の貪欲正解率の NFT − RFT は -0.6 ポイント、95% 区間は -1.6〜+0.5 で、NFT がリードしたのは 20 シード中 6 シード、RFT は 13 シード、引き分けは 1 シードでした。NFT は 20 シード中 20 シードで RFT よりエントロピーを大きく下げました（NFT − RFT はトークンあたり -0.015 nats、95% 区間 -0.019〜-0.010）。論文が 7B で報告した結果とは逆です。あなたの実行は 1 シードだけです。',
  noisy:
    'パイロットで、結論ではありません（50 イテレーション、wasm）：評価用（ホールドアウト）の貪欲正解率の NFT − RFT は、シード 1〜5 で +6.2 ± 5.0 ポイント（NFT が 5 シード中 4 シードでリード）、シード 6〜10 で +4.5 ± 4.3（5 シード中 5 シードでリード）でした。別の 5 シードでの独立した再現では +2.3 ± 3.2（5 シード中 4 シードでリード）、サンプリング正解率では NFT が 5 シードすべてでリードしました（36.2 ± 1.0% 対 31.2 ± 1.4%）。± は 5 シードのばらつき（標準偏差）で、区間ではありません。向きは毎回同じでしたが、大きさは縮みました。最初の推定ではよくあることです。6 ポイントではなく数ポイントのリードを見込んでください。どちらも正確な判定のときより悪くなります。RFT はシード 1〜5 の平均ではベースモデルを下回りました（38.6% から 33.7%）が、再現では 5 シード中 3 シードだけでした。RFT は検証器が誤って不正解とした正解の回答を失い、誤って正解とした不正解の回答で学習します。NFT は多数の本当に不正解な回答から離れる方向へ押し続けます。事前登録した調査（20 シード、docs/studies/findings.json）が区間を出します。まだ実行されていません。あなたの実行は 1 シードだけです。',
};
