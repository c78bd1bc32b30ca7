/**
 * Names shared by the gradient study's producers (worker, CLI) and the page. No imports: the page
 * loads this module, and must never pull tfjs or engine model code onto the main thread.
 */

/** The reference arm's name: RFT with weighting 'one' (w = 1), in the CLI's `method:weighting` spelling. */
export const RFT_W1 = 'rft:one';

/** Most rollouts per study the app allows (its setting `gradRollouts`; 0 there means no study). */
export const STUDY_ROLLOUTS_MAX = 16;
