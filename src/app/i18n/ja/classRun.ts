/**
 * Japanese of the class run (src/app/classRun): the presenter's class view and the attendee's notice, by
 * the ids of en/classRun.ts (the compiler checks that none is missing).
 */
import type { CLASS_RUN as EN_CLASS_RUN } from '../en/classRun';
import type { Translation } from '../types';

export const CLASS_RUN: Translation<typeof EN_CLASS_RUN> = {
  startClass: 'クラス実行を始める',
  classRuns: 'クラス実行にはワークショップ用サーバー（npm run workshop）が必要です。',
  classRun: 'クラス実行',
  classRunRoom: 'クラス実行 · ルーム {code}',
  newRoom: '新しいルーム',
  exportRoom: 'ルームを書き出し（JSON）',
  metric: '指標',
  iteration: 'イテレーション',
  eachAttendees: '各参加者の最新',
  greedyAccuracy: '貪欲正解率',
  sampledAccuracy: 'サンプリング正解率',
  readingRoom: 'ルームを読み込み中…',
  noAttendee: 'NFT と RFT の両方の結果がある参加者はまだいません。',
  nftMinusRft: '{what}の NFT − RFT：{n} シードで {mean} ポイント',
  n95Interval: '95% 区間 {low} 〜 {high}',
  noInterval: 'シードが 2 つ未満のため区間なし',
  nftAhead: '{n} 中 NFT が上回ったのは {a}、RFT は {b}、同点 {ties}',
  eachDotOne: '点：参加者ごとの NFT − RFT（ポイント）。実線と帯：その平均と 95% 区間。破線：差なし。',
  attendees: '参加者（各自 1 シード）',
  nftMinusRftPoints: 'NFT − RFT（ポイント）',
  seed: 'シード',
  name: '名前',
  evaluations: '評価数',
  iterationTitle: 'イテレーション',
  drop: '除外',
  dropSeed: 'シード {seed} の結果を除外',
  classRunRoomCode: 'クラス実行、ルーム {code}。',
  everyEvaluation:
    '評価のたびに、このページは {origin} へイテレーション番号と、各アームの貪欲・サンプリング正解率とエントロピーを、この端末で作った ID（と、入力した場合は下の名前）とともに送ります。それ以外は何もこの端末から出ません（解答もラベルも送りません）。',
  joiningRoom: 'ルームに参加中…',
  yourSeed: 'あなたのシード：{seed}。送信済み：{sent} 評価、待機中：{waiting}。',
  notJoined: 'まだ参加できていません：{problem}',
  notSentYet: 'まだ送信できていません（{problem}）。再試行します。',
  pagesSettings: 'このページの設定がルームの設定と異なります。一致するまで何も送信しません。',
  displayName: '表示名（任意、発表者にテキストとして表示）',
  sendName: '名前を送信',
};
