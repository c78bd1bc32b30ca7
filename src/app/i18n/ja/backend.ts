/** Japanese for the backend choice by measurement (components/BackendChoice.tsx, BackendPanel.tsx). */
export const BACKEND: Record<string, string> = {
  '{seconds} s': '{seconds} 秒',
  'stopped after {seconds} s (limit {limit} s: slower than the fastest)':
    '{seconds} 秒で打ち切り（上限 {limit} 秒：最速より遅い）',
  'failed: {error}': '失敗：{error}',
  'not timed (Measure again times it)': '計測していません（「もう一度計測する」で計測します）',
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
  'WebAssembly runs on {n} threads.': 'WebAssembly は {n} スレッドで動いています。',
  'WebAssembly runs on one thread: {why}': 'WebAssembly は 1 スレッドで動いています：{why}',
  'Force a backend with the backend setting (e.g. backend=webgpu in the link).':
    'バックエンドを固定するには backend 設定を使います（例：リンクに backend=webgpu）。',
  'not chosen: slower in the race': '選ばれず：計測で遅かった',
  'not chosen: a software renderer': '選ばれず：ソフトウェアレンダラー',
  'not tried: chosen by an earlier measurement': '試していません：以前の計測で選択済み',
};

/** Japanese for the controls' pending states and the progress inside an iteration (components/progressText.ts). */
export const PROGRESS: Record<string, string> = {
  'pausing…': '一時停止中…',
  'stepping…': '1 ステップ実行中…',
  'Pausing…': '一時停止中…',
  'Stepping…': '実行中…',
  'Pausing: the worker stops at its next sampling round, update step or evaluation chunk':
    '一時停止中：ワーカーは次のサンプリングラウンド、更新ステップ、または評価の区切りで止まります',
  'One iteration of every arm': 'すべてのアームを 1 イテレーション',
  'base model': 'ベースモデル',
  '{arm} after iteration {n}': '{arm}（イテレーション {n} の後）',
  '{arm}, iteration {n}': '{arm}、イテレーション {n}',
  'sampling round {round} of up to {max}': 'サンプリング ラウンド {round}（最大 {max}）',
  'update step {step} of {steps}': '更新ステップ {step} / {steps}',
  'evaluating {done} of {total}': '評価中 {done} / {total}',
  '{s} s': '{s} 秒',
  '{m} min {s} s': '{m} 分 {s} 秒',
  '{h} h {m} min': '{h} 時間 {m} 分',
  'about {time} to the end of the run': '実行終了まで約 {time}',
};
