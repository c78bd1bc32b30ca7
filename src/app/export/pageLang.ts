/**
 * The page's translator outside React (t.ts's useT is a hook): the language in force when called. The
 * PNG of a chart row is drawn on a click, in the language the page shows then.
 */
import { type T, translate } from '../i18n/t';
import { useViewStore } from '../view/viewStore';

export const pageT: T = (en, vars) => translate(useViewStore.getState().view.lang, en, vars);
