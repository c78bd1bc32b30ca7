/** Japanese for the backend choice by measurement (components/BackendChoice.tsx, BackendPanel.tsx). */
export const BACKEND: Record<string, string> = {
  '{seconds} s': '{seconds} 秒',
  'stopped after {seconds} s (limit {limit} s: slower than the fastest)':
    '{seconds} 秒で打ち切り（上限 {limit} 秒：最速より遅い）',
  'failed: {error}': '失敗：{error}',
  '(software renderer: {name})': '（ソフトウェアレンダラー：{name}）',
  'Chosen by an earlier measurement in this browser ({date}): {backend}.':
    'このブラウザでの以前の計測（{date}）で選択：{backend}。',
  'Nothing to race: {backend} is the only backend that started.':
    '比較するものがありません：起動したバックエンドは {backend} だけです。',
  'Chosen by measurement: {backend} was the fastest; the race took {seconds} s.':
    '計測で選択：{backend} が最速でした（計測にかかった時間 {seconds} 秒）。',
  'One sampling round and one update step of this run, after a warm-up:':
    'ウォームアップの後、この実行のサンプリング 1 ラウンドと更新 1 ステップにかかった時間：',
  '{backend} runs on a software renderer ({name}): no GPU does its work.':
    '{backend} はソフトウェアレンダラー（{name}）で動いています。GPU は使われていません。',
  'Measure again': 'もう一度計測する',
  'Force a backend with the backend setting (e.g. backend=webgpu in the link).':
    'バックエンドを固定するには backend 設定を使います（例：リンクに backend=webgpu）。',
  'not chosen: slower in the race': '選ばれず：計測で遅かった',
  'not tried: chosen by an earlier measurement': '試していません：以前の計測で選択済み',
};
