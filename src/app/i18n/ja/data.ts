/**
 * Japanese of the tables the page shares with the CLI and the session file (en/data.ts): the settings'
 * messages, the session file's checks, the charts' titles and lines, the presets' notes, the saved session's
 * and the offline line's notices, each by its key in its English table.
 */
import type { DataEn } from '../en/data';
import type { Translation } from '../types';

export const FIELD: Translation<DataEn['field']> = {
  wholeNumber: '{min}..{max} の整数にしてください（指定値 {raw}）',
  number: '{range} の数にしてください（指定値 {raw}）',
  oneOf: '{options} のいずれかにしてください（指定値 {raw}）',
  unknownKnown: '不明な{what}：{items}（使えるもの：{known}）',
  unknown: '不明な{what}：{items}',
  twice: '{item} が 2 回挙げられています',
  atLeast: '{what}が {n} 個以上必要です（指定は {count} 個）',
  whatMethod: '手法',
  whatLevel: 'レベル',
  whatPanel: '操作またはパネル',
};

export const CHECK: Translation<DataEn['check']> = {
  at: '{path}：{problem}',
  theFile: 'ファイル',
  string: '{n} 文字以下の文字列が必要です',
  bool: 'true か false が必要です',
  whole: '{min}..{max} の整数が必要です',
  wholeOrNull: '{min}..{max} の整数か null が必要です',
  finite: '{min}..{max} の有限の数が必要です',
  finiteOrNull: '{min}..{max} の有限の数か null が必要です',
  oneOf: '{options} のいずれかが必要です',
  array: '配列が必要です',
  items: '要素は {n} 個までですが、{count} 個ありました',
  object: 'オブジェクトが必要です',
  forbidden: '禁止されたキーです',
  unknownKey: '不明なキーです',
  missing: 'ありません',
  keys: 'キーは {n} 個までですが、{count} 個ありました',
};

export const FORMAT: Translation<DataEn['format']> = {
  size: 'ファイルは {size} です。セッションファイルは最大 {max} までです',
  notJson: 'JSON ファイルではありません（{error}）',
  notObject: 'セッションファイルではありません：JSON オブジェクトが必要です',
  format: 'format：{expected} が必要ですが、{got} でした',
  version:
    'version：このページが読めるのは {format} のバージョン {version} ですが、ファイルはバージョン {got} です',
  notHash: '{path}：# で始まるリンクのハッシュが必要です',
  settings: '{path}：{problems}',
  more: 'ほか {n} 件',
};

export const SCHEMA: Translation<DataEn['schema']> = {
  twice: '手法 {name} が 2 回出てきます',
  armName: 'アーム名が必要です：メソッド名（{methods}）、続けてページが書くとおりの -labels と #2..',
  safeId: '英数字と : _ . # - からなる ID（{n} 文字まで、組み込みの名前は不可）が必要です',
  fewest: '{n}（手法のイテレーション数の最小値）が必要です',
};

export const HASH: Translation<DataEn['hash']> = {
  badValue: '{key}：{error}。{value} を使います',
  badValueEmpty: '{key}：{error}。既定値（空）を使います',
  repeated: '{key} が複数回指定されています。最初の値を使います',
  unknownKey: '不明な設定 {key} を無視しました',
};

export const PERSIST: Translation<DataEn['persist']> = {
  reopenedSettings: '保存された設定とラベルを開き直しました。',
  reopenedImported:
    '読み込んだセッションを開き直しました：グラフのみです（重みはありません。リセットで再び学習します）。',
  reopenedPaused:
    '保存されたセッションを中断した所から開き直しました。イテレーション {n} で一時停止中です。再生で続きから進みます。',
  linkWins:
    'このリンクの設定は保存されたセッションと異なります。リンクから新しい実行を始め、保存された実行を置き換えます（保存されたラベルは残ります）。',
  notRestored: '保存された実行を復元できませんでした（{problem}）。新しい実行を始めました。',
  keepsNothing: 'このブラウザはセッションを何も保存しません（{error}）。再読み込みすると最初からになります。',
  partLeftOut: '保存されたセッションの一部を読み取れなかったため、除外しました：{problems}。',
  savingFailed: '保存に失敗しました：{error}',
  takingOverFailed: '引き継ぎに失敗しました：{error}',
  tookOver: '別のタブが保存されたセッションを引き継ぎました。このタブはもう保存しません。',
  nowSaves: 'このタブがセッションを保存するようになりました。',
  otherClosed: 'セッションを保存していたタブが閉じられました：これからはこのタブが保存します。',
  marksMerged: 'もう一方のタブが保存した {n} 件の判定をこのタブのラベルに加えました。',
  marksDiffered: '{n} 件の解答は二つのタブで判定が異なりました：このタブの判定を残しました。',
  runReplaced:
    '保存されていた実行（イテレーション {saved}）をこのタブの実行（イテレーション {mine}）で置き換えました。ラベルはすべて残っています。',
  freshAll: '最初からやり直しました：保存された実行とラベルを消去しました。',
  freshRun: '最初からやり直しました：保存された実行を消去しました。ラベルは残しています。',
};

export const EXCHANGE: Translation<DataEn['exchange']> = {
  unread: 'ファイルを読み取れませんでした（{error}）',
  imported: '{file} を読み込みました：設定、{batches}（{answers}）、{run}。',
  batch: 'ラベルバッチ {n} 件',
  batches: 'ラベルバッチ {n} 件',
  answer: '回答 {n} 件',
  answers: '回答 {n} 件',
  iteration: '{n} イテレーション',
  iterations: '{n} イテレーション',
  run: '実行のグラフ（{iterations}。重みはありません：リセットで再び学習します）',
  noRun: '実行なし',
};

export const OFFLINE: Translation<DataEn['offline']> = {
  off: 'オフラインでの利用はオフです：{reason}。',
  preparing: 'オフラインで使うためにアプリとベースモデルを保存しています…',
  ready: 'オフラインで使えます：アプリとベースモデルはこのブラウザに保存されています（{n} 個のファイル）。',
  failed: 'オフラインでは使えません：{reason}',
  devServer: '開発サーバーです',
  noServiceWorkers: 'このブラウザにはサービスワーカーがありません（またはページが https ではありません）',
  installFailed: 'ファイルの保存に失敗しました。ページを再読み込みしてもう一度試してください。',
  partlySaved: '{expected} 個中 {cached} 個のファイルが保存されています。',
  browserError: '{error}',
};

export const CHART: Translation<DataEn['chart']> = {
  accuracy: '評価用（ホールドアウト）正解率',
  loss: '損失',
  entropy: 'トークンの平均エントロピー（nats）',
  answers: 'ロールアウトごとの正解 / 不正解の回答の割合',
  errors: 'ロールアウトごとの誤りの種類別の割合（判定によらず検証器による）',
  drift: '各更新が方策からどれだけ離れていたか（回答トークンでの |log R| の平均）',
};

export const LINE: Translation<DataEn['line']> = {
  greedy: '貪欲',
  sampled: 'サンプリング',
  loss: '損失',
  entropy: 'エントロピー',
  right: '正解',
  wrong: '不正解',
  wrong_final: '最終結果の誤り',
  wrong_step: 'ステップの誤り',
  truncated: '打ち切り',
  unparsable: '読み取り不能',
  last: '最後のステップ',
  mean: 'ステップの平均',
};
