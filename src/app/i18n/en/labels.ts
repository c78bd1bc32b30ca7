/** English of the labelling area (src/app/labelling), by id (i18n/tables.ts: t('area.key')). */
export const LABELS = {
  labelAnswers: 'label answers',
  labelAnswersYourself: 'Label answers yourself',
  sampleAnswers:
    "Sample answers, then confirm or flip the verifier's mark of each: click an answer, or use the keys.",
  sampleAnswersFrom:
    "Sample answers from the base model (the weights every arm starts from) or from an arm as it is now, then confirm or flip the verifier's mark of each. Keys, with focus in this box: c or 1 = right, x or 0 = wrong, Space = flip, Enter = agree with the verifier, j / ↓ / → = next, k / ↑ / ← = previous, u or Ctrl+Z = undo, t = train on my labels. Marking moves to the next answer. Each answer shows its final result and the mark it trains on: ✓ right, ✗ wrong; dashed, the verifier's; solid, yours. Hover or focus it for its worked steps.",
  answersQ: 'answers to {q}',
  answerNFinal: 'answer {n}, final result {f}: right by the verifier, not marked by you; press to flip',
  answerNFinalResult: 'answer {n}, final result {f}: wrong by the verifier, not marked by you; press to flip',
  answerNFinalResultF: 'answer {n}, final result {f}: you marked it right; press to flip',
  answerNFinalResultFYou: 'answer {n}, final result {f}: you marked it wrong; press to flip',
  flipMark: 'flip the mark of the answer (right to wrong, wrong to right)',
  trainMyLabels: 'train on my labels (a new run)',
  outsideLabelling: 'Outside the labelling panel (on a focused button, Space and Enter press that button)',
  questions: 'questions per batch',
  answersFrom: 'answers from',
  baseModel: 'the base model',
  armNowIteration: '{arm} now (iteration {n})',
  kAnswers: '{k} answers each (K), temperature {temp}, seed {seed}',
  sampling: 'Sampling…',
  sampleNew: 'Sample a new batch',
  sampleBatch: 'Sample a batch',
  couldNot: 'could not sample answers: {error}',
  batchBNAnswers:
    'Batch {b}: {n} answers from the {model} model (seed {seed}, sampled {at}). You marked {k} of {n}.',
  shareAnswers: 'share of the answers marked right',
  trainMyLabelsNew:
    "Train on my labels: a new run of {methods} as now, plus {labelled} trained on exactly these {n} answers with your marks (the verifier's where you gave none), from the same base weights.",
  trainMyLabelsNewRun:
    "Train on my labels: a new run of {methods} as now, plus {labelled} trained on exactly the {n} answers of your {b} batches with your marks (the verifier's where you gave none), from the same base weights.",
  mixedQQuestions:
    '{mixed} of {q} questions have both right and wrong marks and train; the others (all right or all wrong) are dropped, as the dynamic-sampling filter drops them.',
  trainMyLabelsButton: 'Train on my labels',
  answerNQ: 'answer {n} to {q}:',
  stepsS: 'steps {s}, ',
  finalResult: 'final result {f}',
  none: '(none)',
  cutOffNo: ' (cut off: no end of answer)',
  goldSteps: 'gold steps {s}',
  verifier: 'verifier:',
  you: 'you:',
  flipped: ' (flipped)',
  wrongWrong: 'wrong: a wrong step',
  wrongStep: 'wrong: step {n} is wrong',
  wrongWrongFinal: 'wrong: wrong final result',
  wrongTruncated: 'wrong: truncated (no end of answer)',
  notMarked: 'not marked yet',
  rHatRKNRight: 'r_hat {r} ({k} of {n} right)',
  youHaveNot: 'You have not marked any answer yet.',
  youAgree: 'You agree with the verifier on {k} of {n} answer you marked',
  youAgreeVerifier: 'You agree with the verifier on {k} of {n} answers you marked',
  namesTrain:
    "{names} train on your labelled batch, with your marks (the verifier's where you gave none). Answers you marked wrong go to NFT's negative term and are dropped by RFT. The same labelled answers are reused every iteration, so after the first update they are no longer fresh samples from the current model.",
  namesTrainYour:
    "{names} train on your labelled batch, with your marks (the verifier's where you gave none). Answers you marked wrong go to NFT's negative term and are dropped by RFT. The same labelled answers are reused every iteration, so after the first update they are no longer fresh samples from the current model. Of its {drawn} questions, {right} had every answer marked right and {wrong} every answer marked wrong: dropped, as the dynamic-sampling filter drops them ({kept} train).",
  exportVerl: 'export for verl',
  continue: 'Continue at scale with verl',
  labelled:
    "The labelled answers ({n} in {b} batch), one row each, in the Parquet layout verl reads for math datasets (prompt, ground truth, the answer and its mark: yours where you gave one, else the verifier's; both are kept), the same rows as JSON Lines, and the settings as verl configuration keys with ready command lines. The README says how to use them.",
  labelledAnswers:
    "The labelled answers ({n} in {b} batches), one row each, in the Parquet layout verl reads for math datasets (prompt, ground truth, the answer and its mark: yours where you gave one, else the verifier's; both are kept), the same rows as JSON Lines, and the settings as verl configuration keys with ready command lines. The README says how to use them.",
  noLabelled: 'No labelled answers yet: sample a batch in the labelling panel first.',
  download: 'Download {file}',
  exportFailed: 'The export failed: {error}',
};
