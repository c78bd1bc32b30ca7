/**
 * Japanese for the controls area (keys: the English text exactly, placeholders such as {n} included):
 * the run controls, exports, settings form (labels, help, messages), backend, train check and link
 * problems here; the saved session, session files, recovery and offline line in controlsSession.ts; the
 * presets' notes in controlsPresets.ts.
 */
import { PRESETS_JA } from './controlsPresets';
import { SESSION_JA } from './controlsSession';

const RUN: Record<string, string> = {
  // Controls and actions
  'Run controls': '実行の操作',
  Play: '再生',
  Pause: '一時停止',
  Step: '1 ステップ',
  Reset: 'リセット',
  '{phase}, iteration {n}': '状態 {phase}、イテレーション {n}',
  ', on {backend}': '、{backend} で実行',
  'On this page': 'このページ',
  // Keyboard help (actions/KeysHelp.tsx)
  Keys: 'キー',
  'Anywhere on the page': 'ページのどこでも',
  'play or pause the run': '実行を再生・一時停止',
  'one iteration of every arm': '全手法を 1 イテレーション',
  'the same run again from the start (same seed)': '同じ実行を最初から（同じシード）',
  'the presenter view: one chart, every arm, big type': 'プレゼン表示：1 つのグラフに全手法、大きな文字',
  'this list of keys': 'このキー一覧',
  'In the labelling panel (click it or Tab to it first)':
    'ラベル付けパネルの中で（先にクリックするか Tab で移動）',
  'mark the answer right': '回答を正解にする',
  'mark the answer wrong': '回答を不正解にする',
  'agree with the verifier': '検証器に同意する',
  'next answer': '次の回答',
  'previous answer': '前の回答',
  'undo the last mark': '最後の判定を取り消す',
  'In the presenter view': 'プレゼン表示の中で',
  'next metric': '次の指標',
  'previous metric': '前の指標',
  'the link for attendees, or back to the chart': '参加者用リンク、またはグラフに戻る',
  'leave the presenter view': 'プレゼン表示を終える',
  starting: '起動中',
  preparing: '準備中',
  idle: '待機中',
  paused: '一時停止',
  done: '完了',
  error: 'エラー',
  'The worker is starting': 'ワーカーを起動しています',
  'The run is being prepared': '実行を準備しています',
  'Ready, not started yet': '準備完了（まだ開始していません）',
  Training: '学習中',
  Paused: '一時停止中',
  Finished: '終了',
  'Stopped on an error': 'エラーで停止しました',
  'Export CSV': 'CSV を書き出し',
  'Export JSON': 'JSON を書き出し',
  // Backend and training check
  Backend: 'バックエンド',
  'Running on {backend}': '実行中のバックエンド：{backend}',
  running: '実行中',
  'not tried: backend forced to {backend}': '試していません：バックエンドが {backend} に固定されています',
  'not tried: {backend} started first': '試していません：{backend} が先に起動しました',
  'not a secure context: browsers give WebGPU only to https pages and to localhost on this computer':
    '安全なコンテキストではありません：ブラウザーが WebGPU を使わせるのは https のページと、このコンピューターの localhost だけです',
  'Training check on {backend}': '{backend} での学習チェック',
  '{n} gold-answer steps on a copy of the model: {losses} ({trend}), {ms} ms per step, {leak}.':
    'モデルのコピーで正解回答による {n} ステップ：{losses}（{trend}）、1 ステップあたり {ms} ms、{leak}。',
  falling: '減少',
  'not falling': '減少せず',
  'no tensor leaked': 'テンソルのリークなし',
  '{n} tensors leaked': '{n} 個のテンソルがリーク',
  // Settings form
  Settings: '設定',
  "Changing a setting starts a new run. The page's address is a link to these settings.":
    '設定を変えると新しい実行が始まります。ページのアドレスはこの設定へのリンクです。',
  'This lesson hides {n} of them (the link keeps their values).':
    'このレッスンではそのうち {n} 個を隠しています（値はリンクに残ります）。',
  // Settings labels and help (formats/settings/table.ts)
  preset: 'プリセット',
  methods: '手法',
  seed: 'シード',
  iterations: 'イテレーション数',
  'eval every': '評価の間隔',
  'M (questions per rollout)': 'M（ロールアウトあたりの問題数）',
  'K (answers per question)': 'K（問題あたりの回答数）',
  'mu (update steps per rollout)': 'mu（ロールアウトあたりの更新ステップ数）',
  'learning rate': '学習率',
  temperature: '温度',
  'eps (NFT clip floor)': 'eps（NFT のクリップ下限）',
  'weighting w(q)': '重み付け w(q)',
  'negWeight (NFT)': 'negWeight（NFT）',
  aggregation: '集約',
  backend: 'バックエンド',
  'task mix': 'タスクの配合',
  'gradient study (rollouts)': '勾配の比較（ロールアウト数）',
  'label noise (share of marks flipped)': 'ラベルノイズ（反転する判定の割合）',
  verifier: '検証器',
  'sets iterations, evalEvery, M, K, mu, lr, temperature and the label noise':
    'iterations、evalEvery、M、K、mu、lr、temperature とラベルノイズを決めます',
  'two or more arms': '2 つ以上の手法',
  'same seed, same run': '同じシードなら同じ実行',
  'held-out evaluation every N iterations (0: first and last)':
    'N イテレーションごとに評価用（ホールドアウト）の評価（0：最初と最後のみ）',
  'factor on the wrong-answer term; RFT is 0': '不正解の回答の項に掛ける係数。RFT は 0',
  'auto times the backends that start (software renderers named, not raced) and picks the fastest':
    'auto は起動できるバックエンドの速さを測り（ソフトウェア描画のものは名前を示して測りません）、最速のものを選びます',
  'level ids, e.g. add2,mul1': 'レベルの ID（例：add2,mul1）',
  "at every evaluation, compare the methods' updates over N rollouts (0: off; 4 take as long as 1-3 tiny arm-iterations)":
    '評価のたびに、N 個のロールアウトで各手法の更新を比べます（0：オフ。4 個で tiny の手法 1〜3 イテレーション分の時間がかかります）',
  'seeded random flips of the verifier marks rollouts train on; evaluation stays exact':
    'ロールアウトの学習に使う検証器の判定を、シード固定でランダムに反転します。評価は正確なまま',
  'offByOne also accepts a final result one away from the right one':
    'offByOne は、最終結果が正解から 1 ずれた回答も正解と判定します',
  // Settings messages (settings/fields.ts, settings/hash.ts)
  'must be a whole number in {min}..{max}, got {raw}': '{min}..{max} の整数にしてください（指定値 {raw}）',
  'must be a number in {range}, got {raw}': '{range} の数にしてください（指定値 {raw}）',
  'must be one of {options}, got {raw}': '{options} のいずれかにしてください（指定値 {raw}）',
  'unknown {what} {items} (known: {known})': '不明な{what}：{items}（使えるもの：{known}）',
  'unknown {what} {items}': '不明な{what}：{items}',
  '{item} is listed twice': '{item} が 2 回挙げられています',
  'needs at least {n} {what}s, got {count}': '{what}が {n} 個以上必要です（指定は {count} 個）',
  method: '手法',
  level: 'レベル',
  'control or panel': '操作またはパネル',
  '{key}: {error}; using {value}': '{key}：{error}。{value} を使います',
  '{key}: {error}; using ': '{key}：{error}。既定値（空）を使います',
  '{key} is given more than once; the first is used': '{key} が複数回指定されています。最初の値を使います',
  'unknown setting {key} ignored': '不明な設定 {key} を無視しました',
  // Link problems
  'Some settings in the link were not used:': 'リンクの設定の一部は使われませんでした：',
  Dismiss: '閉じる',
  'Preset {name}: {description}.': 'プリセット {name}：{description}。',
};

export const CONTROLS: Record<string, string> = { ...RUN, ...SESSION_JA, ...PRESETS_JA };
