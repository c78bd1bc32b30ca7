/** Japanese for the page's answers to hostile files, tabs and faults (issue 16). */
export const FAULTS: Record<string, string> = {
  'expected an arm name: a method ({methods}), then -labels and #2.. as the page writes them':
    'アーム名が必要です：メソッド名（{methods}）、続けてページが書くとおりの -labels と #2..',
  'expected an id of letters, digits and : _ . # - (at most {n}), not a built-in name':
    '英数字と : _ . # - からなる ID（{n} 文字まで、組み込みの名前は不可）が必要です',
  'This part of the page failed ({error}); the rest of the page works.':
    'ページのこの部分でエラーが起きました（{error}）。ほかの部分は動いています。',
  'Try again': 'もう一度試す',
  'and {n} more': 'ほか {n} 件',
  'Saving is failing: the browser does not keep the latest changes until a save succeeds (this tab tries again every second).':
    '保存に失敗しています：保存が成功するまで、最新の変更はブラウザに残りません（このタブは毎秒やり直します）。',
  'The tab that saved the session closed: this tab saves it now.':
    'セッションを保存していたタブが閉じられました：これからはこのタブが保存します。',
  "{n} marks saved by the other tab were added to this tab's labels.":
    'もう一方のタブが保存した {n} 件の判定をこのタブのラベルに加えました。',
  "{n} answers were marked differently in the two tabs: this tab's marks were kept.":
    '{n} 件の解答は二つのタブで判定が異なりました：このタブの判定を残しました。',
  "The saved run (iteration {saved}) was replaced by this tab's (iteration {mine}); every label was kept.":
    '保存されていた実行（イテレーション {saved}）をこのタブの実行（イテレーション {mine}）で置き換えました。ラベルはすべて残っています。',
  '{arm} stopped at iteration {n}: its loss or gradient became NaN or infinite, so its weights are lost. The other arms go on.':
    '{arm} はイテレーション {n} で止まりました：損失か勾配が NaN または無限大になり、重みが失われました。ほかの手法は続けます。',
};
