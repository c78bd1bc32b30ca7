/**
 * Japanese for the saved session, session files (with their refusals), recovery and the offline line:
 * part of the controls area's table (controls.ts); keys are the English text exactly.
 */
export const SESSION_JA: Record<string, string> = {
  // Saved session panel (persist/SessionPanel.tsx, persist/messages.ts)
  'Saved session': '保存されたセッション',
  Session: 'セッション',
  'Opening the saved session…': '保存されたセッションを開いています…',
  'This browser keeps the session (settings, labels and every completed iteration) as it changes.':
    'このブラウザはセッション（設定、ラベル、完了したすべてのイテレーション）を変更のたびに保存します。',
  'This session is open in another tab, which saves it: this tab shows a copy and will not save anything.':
    'このセッションは別のタブで開かれていて、そのタブが保存しています。このタブはコピーを表示するだけで、何も保存しません。',
  'Another tab saves the session now: this tab will not save anything.':
    '現在は別のタブがセッションを保存しています。このタブは何も保存しません。',
  'Nothing of this session is kept by the browser.': 'このセッションはブラウザに何も保存されません。',
  "Save this tab's session instead": '代わりにこのタブのセッションを保存する',
  'Start fresh': '最初からやり直す',
  'also clear the labels': 'ラベルも消去する',
  'Reopened the saved settings and labels.': '保存された設定とラベルを開き直しました。',
  'Reopened the imported session: its charts only (no weights; Reset trains the run again).':
    '読み込んだセッションを開き直しました：グラフのみです（重みはありません。リセットで再び学習します）。',
  'Reopened the saved session where it was, paused at iteration {n}: Play goes on.':
    '保存されたセッションを中断した所から開き直しました。イテレーション {n} で一時停止中です。再生で続きから進みます。',
  "This link's settings differ from the saved session's: a new run started from the link and replaces the saved run (saved labels are kept).":
    'このリンクの設定は保存されたセッションと異なります。リンクから新しい実行を始め、保存された実行を置き換えます（保存されたラベルは残ります）。',
  'The saved run could not be restored ({problem}); a new run started.':
    '保存された実行を復元できませんでした（{problem}）。新しい実行を始めました。',
  'This browser keeps nothing of the session ({error}): a reload starts over.':
    'このブラウザはセッションを何も保存しません（{error}）。再読み込みすると最初からになります。',
  'Part of the saved session could not be read and was left out: {problems}.':
    '保存されたセッションの一部を読み取れなかったため、除外しました：{problems}。',
  'Saving failed: {error}': '保存に失敗しました：{error}',
  'Taking over failed: {error}': '引き継ぎに失敗しました：{error}',
  'Another tab took over the saved session: this tab no longer saves.':
    '別のタブが保存されたセッションを引き継ぎました。このタブはもう保存しません。',
  'This tab now saves the session.': 'このタブがセッションを保存するようになりました。',
  'Started afresh: the saved run and labels were cleared.':
    '最初からやり直しました：保存された実行とラベルを消去しました。',
  'Started afresh: the saved run was cleared; the labels were kept.':
    '最初からやり直しました：保存された実行を消去しました。ラベルは残しています。',
  // Session files (sessionFile/*)
  'Export session': 'セッションを書き出し',
  'Import session…': 'セッションを読み込み…',
  'Session file to import': '読み込むセッションファイル',
  "A session file holds the labels, the settings and every arm's metrics (iterations and evaluations), not the model's weights, the gradient studies or the latest rollouts: it can be shared, and an imported run trains again with Reset.":
    'セッションファイルには、ラベル、設定、各手法の指標（イテレーションと評価）が入ります。モデルの重み、勾配の比較、最新のロールアウトは入りません。共有でき、読み込んだ実行はリセットで再び学習します。',
  'The file was not imported and nothing was changed: {error}':
    'ファイルは読み込まれず、何も変更されていません：{error}',
  'the file could not be read ({error})': 'ファイルを読み取れませんでした（{error}）',
  'Imported {file}: the settings, {batches} ({answers}) and {run}.':
    '{file} を読み込みました：設定、{batches}（{answers}）、{run}。',
  '{n} label batch': 'ラベルバッチ {n} 件',
  '{n} label batches': 'ラベルバッチ {n} 件',
  '{n} answer': '回答 {n} 件',
  '{n} answers': '回答 {n} 件',
  '{n} iteration': '{n} イテレーション',
  '{n} iterations': '{n} イテレーション',
  "the run's charts ({iterations}; no weights: Reset trains it again)":
    '実行のグラフ（{iterations}。重みはありません：リセットで再び学習します）',
  'no run': '実行なし',
  'the file is {size}; a session file may be at most {max}':
    'ファイルは {size} です。セッションファイルは最大 {max} までです',
  'not a JSON file ({error})': 'JSON ファイルではありません（{error}）',
  'not a session file: expected a JSON object':
    'セッションファイルではありません：JSON オブジェクトが必要です',
  'format: expected {expected}, got {got}': 'format：{expected} が必要ですが、{got} でした',
  'version: this page reads version {version} of {format}, the file is version {got}':
    'version：このページが読めるのは {format} のバージョン {version} ですが、ファイルはバージョン {got} です',
  '{path}: expected a link hash starting with #': '{path}：# で始まるリンクのハッシュが必要です',
  '{path}: {problems}': '{path}：{problems}',
  '{path}: {problem}': '{path}：{problem}',
  'the file': 'ファイル',
  'expected a string of at most {n} characters': '{n} 文字以下の文字列が必要です',
  'expected true or false': 'true か false が必要です',
  'expected a whole number in {min}..{max}': '{min}..{max} の整数が必要です',
  'expected a whole number in {min}..{max} or null': '{min}..{max} の整数か null が必要です',
  'expected a finite number in {min}..{max}': '{min}..{max} の有限の数が必要です',
  'expected a finite number in {min}..{max} or null': '{min}..{max} の有限の数か null が必要です',
  'expected one of {options}': '{options} のいずれかが必要です',
  'expected an array': '配列が必要です',
  'expected at most {n} items, got {count}': '要素は {n} 個までですが、{count} 個ありました',
  'expected an object': 'オブジェクトが必要です',
  'forbidden key': '禁止されたキーです',
  'unknown key': '不明なキーです',
  missing: 'ありません',
  'expected at most {n} keys, got {count}': 'キーは {n} 個までですが、{count} 個ありました',
  'arm {name} appears twice': '手法 {name} が 2 回出てきます',
  'expected {n} (the fewest iterations of an arm)': '{n}（手法のイテレーション数の最小値）が必要です',
  // Recovery (recovery/*)
  'Go on': '続ける',
  'Nothing was completed yet: the run starts over on the backend you pick.':
    'まだ何も完了していません。選んだバックエンドで実行を最初からやり直します。',
  'The run can go on from its last completed step (iteration {n}); every plotted point is kept. Numbers after it come from the backend you pick.':
    '実行は最後に完了したステップ（イテレーション {n}）から続けられます。描画済みの点はすべて残ります。それ以降の数値は選んだバックエンドによるものです。',
  'Continue on': '続けるバックエンド',
  'Continue on {backend}': '{backend} で続ける',
  'Continue on {backend} (again)': '{backend} で続ける（再度）',
  'Continue on {backend} (suggested)': '{backend} で続ける（推奨）',
  'Continue on {backend} (again) (suggested)': '{backend} で続ける（再度）（推奨）',
  'Diagnostics: faults': '診断：障害',
  'These break the engine on purpose. The run stops with a message and can go on from its last completed step on another backend.':
    'これらはエンジンをわざと壊します。実行はメッセージを出して止まり、最後に完了したステップから別のバックエンドで続けられます。',
  'Lose the GPU device': 'GPU デバイスを失わせる',
  'Lose the GPU device (needs WebGPU)': 'GPU デバイスを失わせる（WebGPU が必要）',
  'Crash the worker': 'ワーカーをクラッシュさせる',
  // Offline line (offline/*)
  'Offline use is off: {reason}.': 'オフラインでの利用はオフです：{reason}。',
  'Saving the app and the base model for offline use…':
    'オフラインで使うためにアプリとベースモデルを保存しています…',
  'Ready to work offline: the app and the base model are saved in this browser ({n} files).':
    'オフラインで使えます：アプリとベースモデルはこのブラウザに保存されています（{n} 個のファイル）。',
  'Offline use is not available: {reason}': 'オフラインでは使えません：{reason}',
  'this is a development server': '開発サーバーです',
  'this browser has no service workers (or the page is not https)':
    'このブラウザにはサービスワーカーがありません（またはページが https ではありません）',
  'saving the files failed; reload the page to try again.':
    'ファイルの保存に失敗しました。ページを再読み込みしてもう一度試してください。',
  '{cached} of {expected} files are saved.': '{expected} 個中 {cached} 個のファイルが保存されています。',
};
