/**
 * English of the study's figures (src/app/study): the noisy-labels lesson's dose-response and the class
 * view's line, by id (i18n/tables.ts: t('area.key')).
 */
export const STUDY = {
  blueBand: "Blue band with a dashed edge: the study's 95% interval at these settings.",
  studyThese: 'The study at these settings: {range}.',
  studyMean: 'study: mean',
  study95Interval: 'study: 95% interval',
  yourRun: 'your run',
  nFTRFTGreedy:
    "NFT − RFT in greedy accuracy. Solid: the study's mean; dashed: its 95% interval; diamond: your run.",
  nFTRFTSampled:
    "NFT − RFT in sampled accuracy. Solid: the study's mean; dashed: its 95% interval; diamond: your run.",
  accuracy: 'Accuracy',
  greedy: 'greedy',
  sampled: 'sampled',
  points: 'points',
  greedyInterval: 'NFT − RFT, greedy: 95% interval (points)',
  sampledInterval: 'NFT − RFT, sampled: 95% interval (points)',
  nftAheadGreedy: 'NFT ahead on (greedy)',
  nftAheadSampled: 'NFT ahead on (sampled)',
  kOfN: '{k} of {n}',
  yourRunWhere: 'Your run ({where}, iteration {i}): NFT − RFT = {greedy} points greedy, {sampled} sampled.',
  yourRunWhereNo:
    'Your run ({where}): no evaluation of both NFT and RFT after training yet (at iteration 0 both are the base model).',
  marks: 'marks',
  studyHas:
    'The study has no point at these settings: it ran the workshop preset (50 iterations) at label noise 0 to 40% and with the offByOne verifier.',
  studysRange: "The study's range at this noise, {metric} accuracy: {range}.",
  doseTitle: 'NFT − RFT against label noise: the study and your run',
  studyHasNot: 'The study has not been run yet: the command is',
  meanPoints: '{mean} points (no interval under two seeds)',
  lowHighPoints: '{low} to {high} points',
  lowToHigh: '{low} to {high}',
  range95Interval: '{range} (95% interval of the mean over {n} seeds; NFT ahead on {k} of {n}, RFT on {b})',
  pointPending:
    'The study has not finished this point: {n} of its {planned} planned seeds have run, so it states no number here yet.',
  rowPending: 'not finished ({n} of {planned} seeds): no number yet',
  labelNoise: 'label noise {pct}%',
  verifier: 'verifier {verifier}',
};
