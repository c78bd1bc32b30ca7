/**
 * Japanese of the page frame and the lessons, by the ids of en/page.ts (the compiler checks that none is
 * missing).
 */
import type { PAGE as EN_PAGE } from '../en/page';
import type { Translation } from '../types';

export const PAGE: Translation<typeof EN_PAGE> = {
  title: 'NFT プレイグラウンド',
  language: '言語',
  lessons: 'レッスン',
  eachLesson:
    'レッスンはリンクです。設定、隠す操作、開く解説がリンクに入っています。コピーして配布できます。',
  lessonTitle: 'レッスン：{title}',
  whatLook: '注目する点：',
  leaveLesson: 'レッスンを終える（すべての操作を表示）',
};
