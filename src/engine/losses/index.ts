/** Losses of NFT and its baselines (docs/nft-spec.md): options, group statistics, tensors, numbers. */
export { aggregate } from './aggregate';
export {
  type AnswerTokens,
  type LossAndGrad,
  type LossAndGradInput,
  lossAndGrad,
  type PaddedAnswers,
  padAnswers,
  tokenGradWeights,
} from './grad';
export {
  clampRHat,
  drGrpoAdvantages,
  type GroupStats,
  groupRows,
  groupStats,
  grpoAdvantages,
  promptWeight,
  rHatPerRow,
} from './groups';
export { lossTensor } from './loss';
export {
  AGGREGATIONS,
  type Aggregation,
  type AnswerGroupInfo,
  assertLossOptions,
  DEFAULT_LOSS_OPTIONS,
  defaultOptions,
  LOSS_OPTION_KEYS,
  LOSS_OPTION_SPEC,
  type LossOptions,
  METHODS,
  type Method,
  RFT_RULE,
  resolveOptions,
  STDS,
  type StdKind,
  validateLossOptions,
  WEIGHTINGS,
  type Weighting,
} from './options';
export {
  clippedTokenLoss,
  logRatio,
  meanAbsLogRatio,
  nftTokenLoss,
  sftTokenLoss,
  straightThroughMax,
} from './tokens';
