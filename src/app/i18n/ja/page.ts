/** Japanese for the page frame and the lessons (keys: the English text exactly, placeholders included). */
export const PAGE: Record<string, string> = {
  // Page
  'NFT Playground': 'NFT プレイグラウンド',
  'Methods train side by side from the same base model, on the same questions with the same seeds.':
    '複数の手法が同じベースモデルから、同じ問題・同じシードで並んで学習します。',
  Language: '言語',
  // Lessons
  Lessons: 'レッスン',
  'Each lesson is a link: the settings, the controls it hides and the explainer it opens. Copy one and hand it out.':
    'レッスンはリンクです。設定、隠す操作、開く解説がリンクに入っています。コピーして配布できます。',
  'Lesson: {title}': 'レッスン：{title}',
  'What to look for.': '注目する点：',
  'Leave the lesson (show every control)': 'レッスンを終える（すべての操作を表示）',
};
