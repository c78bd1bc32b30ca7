/**
 * English of the workshop's first minute: the status line, the first explanation, folded notes, by id
 * (i18n/tables.ts: t('area.key')).
 */
export const WORKSHOP = {
  phaseIteration: '{phase}, iteration {n} of {total}',
  tinyTransformer:
    'A tiny transformer learns arithmetic in your browser: one copy per method, the same start, the same questions.',
  eachIteration:
    'Each iteration it answers questions several times and a verifier marks each answer right or wrong. RFT trains only on the right answers; NFT also learns from the wrong ones, pushing the model away from them. The curves show, per method, accuracy on questions it never trains on, the loss and how varied its answers stay (entropy).',
  startHere: 'Start here: {lesson}',
  runNIterations: 'This run: {n} iterations of {m} questions x {k} answers.',
  more: 'more',
};
