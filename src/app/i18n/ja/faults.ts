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
};
