/**
 * Japanese of the backend choice by measurement (components/BackendChoice.tsx, BackendPanel.tsx) and the
 * progress inside an iteration (components/progressText.ts), by the ids of en/backend.ts (the compiler
 * checks that none is missing).
 */
import type { BACKEND as EN_BACKEND, PROGRESS as EN_PROGRESS } from '../en/backend';
import type { Translation } from '../types';

export const BACKEND: Translation<typeof EN_BACKEND> = {
  notChosenSlower: '選ばれず：計測で遅かった',
  notChosenSoftware: '選ばれず：ソフトウェアレンダラー',
  notTriedEarlier: '試していません：以前の計測で選択済み',
  secondsS: '{seconds} 秒',
  stoppedAfter: '{seconds} 秒で打ち切り（上限 {limit} 秒：最速より遅い）',
  failedError: '失敗：{error}',
  notTimed: '計測していません（「もう一度計測する」で計測します）',
  software: '（ソフトウェアレンダラー：{name}）',
  chosenEarlier: 'このブラウザでの以前の計測（{date}）で選択：{backend}。',
  nothingRace: '比較するものがありません：起動したバックエンドは {backend} だけです。',
  chosenMeasurement: '計測で選択：{backend} が最速でした（計測にかかった時間 {seconds} 秒）。',
  oneSampling: 'ウォームアップの後、この実行のサンプリング 1 ラウンドと更新 1 ステップにかかった時間：',
  backendRuns: '{backend} はソフトウェアレンダラー（{name}）で動いています。GPU は使われていません。',
  measureAgain: 'もう一度計測する',
  webAssembly: 'WebAssembly は {n} スレッドで動いています。',
  webAssemblyRuns: 'WebAssembly は 1 スレッドで動いています：{why}',
  forceBackend: 'バックエンドを固定するには backend 設定を使います（例：リンクに backend=webgpu）。',
};

export const PROGRESS: Translation<typeof EN_PROGRESS> = {
  pausing: '一時停止中…',
  stepping: '1 ステップ実行中…',
  pausingButton: '一時停止中…',
  steppingButton: '実行中…',
  pausingWorker:
    '一時停止中：ワーカーは次のサンプリングラウンド、更新ステップ、または評価の区切りで止まります',
  oneIteration: 'すべてのアームを 1 イテレーション',
  baseModel: 'ベースモデル',
  armAfter: '{arm}（イテレーション {n} の後）',
  armIteration: '{arm}、イテレーション {n}',
  sampling: 'サンプリング ラウンド {round}（最大 {max}）',
  updateStep: '更新ステップ {step} / {steps}',
  evaluating: '評価中 {done} / {total}',
  seconds: '{s} 秒',
  mMinSS: '{m} 分 {s} 秒',
  hHMMin: '{h} 時間 {m} 分',
  aboutTime: '実行終了まで約 {time}',
};
