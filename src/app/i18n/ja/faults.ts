/**
 * Japanese of the page's answers to hostile files, tabs and faults, by the ids of en/faults.ts (the
 * compiler checks that none is missing).
 */
import type { FAULTS as EN_FAULTS } from '../en/faults';
import type { Translation } from '../types';

export const FAULTS: Translation<typeof EN_FAULTS> = {
  partPage: 'ページのこの部分でエラーが起きました（{error}）。ほかの部分は動いています。',
  tryAgain: 'もう一度試す',
  andNMore: 'ほか {n} 件',
  savingFailing:
    '保存に失敗しています：保存が成功するまで、最新の変更はブラウザに残りません（このタブは毎秒やり直します）。',
  armStopped:
    '{arm} はイテレーション {n} で止まりました：損失か勾配が NaN または無限大になり、重みが失われました。ほかの手法は続けます。',
};
