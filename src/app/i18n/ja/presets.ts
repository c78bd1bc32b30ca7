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
    '事前登録した調査（docs/studies/findings.json：事前に決めた 20 シード、50 イテレーション、wasm）の結論です。' +
    '判定の 20% が誤りのとき、NFT は RFT を上回って終わります。評価用（ホールドアウト）の貪欲正解率の NFT − RFT は ' +
    '+4.1 ポイント、95% 区間は +2.3〜+5.9 で、NFT がリードしたのは 20 シード中 18 シード、RFT は 2 シードでした。' +
    'サンプリング正解率では +5.9 ポイント、95% 区間 +4.6〜+7.2 で、NFT が 20 シード中 20 シードでリードしました。' +
    '最初の 5 シードのパイロットは +6.2 でした。リードは本物ですが、最初の推定でよくあるように、それより小さいものでした。' +
    'どちらも正確な判定のときより悪くなります（貪欲正解率の平均は 40.9% と 36.8%、正確な判定では 48.9% と 49.4%）。' +
    'RFT は 20 シード中 14 シードでベースモデルの 38.6% を下回って終わり、NFT は 1 シードでした。' +
    'RFT は検証器が誤って不正解とした正解の回答を失い、誤って正解とした不正解の回答で学習します。' +
    'NFT は多数の本当に不正解な回答から離れる方向へ押し続けます。あなたの実行は 1 シードだけです。',
};
