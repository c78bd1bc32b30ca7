/**
 * Japanese of the saved session, session files, recovery and the offline line, by the ids of
 * en/controlsSession.ts (the compiler checks that none is missing).
 */
import type { SESSION as EN_SESSION } from '../en/controlsSession';
import type { Translation } from '../types';

export const SESSION: Translation<typeof EN_SESSION> = {
  savedSession: '保存されたセッション',
  session: 'セッション',
  openingSaved: '保存されたセッションを開いています…',
  browserKeeps:
    'このブラウザはセッション（設定、ラベル、完了したすべてのイテレーション）を変更のたびに保存します。',
  sessionOpen:
    'このセッションは別のタブで開かれていて、そのタブが保存しています。このタブはコピーを表示するだけで、何も保存しません。',
  anotherTab: '現在は別のタブがセッションを保存しています。このタブは何も保存しません。',
  nothingSession: 'このセッションはブラウザに何も保存されません。',
  saveTabs: '代わりにこのタブのセッションを保存する',
  startFresh: '最初からやり直す',
  alsoClear: 'ラベルも消去する',
  exportSession: 'セッションを書き出し',
  importSession: 'セッションを読み込み…',
  sessionFile: '読み込むセッションファイル',
  sessionFileHolds:
    'セッションファイルには、ラベル、設定、各手法の指標（イテレーションと評価）が入ります。モデルの重み、勾配の比較、最新のロールアウトは入りません。共有でき、読み込んだ実行はリセットで再び学習します。',
  fileWasNot: 'ファイルは読み込まれず、何も変更されていません：{error}',
  go: '続ける',
  nothingWas: 'まだ何も完了していません。選んだバックエンドで実行を最初からやり直します。',
  runCanGo:
    '実行は最後に完了したステップ（イテレーション {n}）から続けられます。描画済みの点はすべて残ります。それ以降の数値は選んだバックエンドによるものです。',
  continue: '続けるバックエンド',
  continueBackend: '{backend} で続ける',
  continueBackendAgain: '{backend} で続ける（再度）',
  continueBackendSuggested: '{backend} で続ける（推奨）',
  continueBackendAgainSuggested: '{backend} で続ける（再度）（推奨）',
  diagnostics: '診断：障害',
  theseBreak:
    'これらはエンジンをわざと壊します。実行はメッセージを出して止まり、最後に完了したステップから別のバックエンドで続けられます。',
  loseGPUDevice: 'GPU デバイスを失わせる',
  loseGPUDeviceNeeds: 'GPU デバイスを失わせる（WebGPU が必要）',
  crashWorker: 'ワーカーをクラッシュさせる',
};
