/** English of the page frame and the lessons, by id (i18n/tables.ts: t('area.key')). */
export const PAGE = {
  title: 'NFT Playground',
  language: 'Language',
  lessons: 'Lessons',
  eachLesson:
    'Each lesson is a link: the settings, the controls it hides and the explainer it opens. Copy one and hand it out.',
  lessonTitle: 'Lesson: {title}',
  whatLook: 'What to look for.',
  leaveLesson: 'Leave the lesson (show every control)',
};
