/** The page's view in force (formats/view/viewTable.ts): kept in the link, never restarts a run (zustand). */
import { create } from 'zustand';
import { defaultView, type View } from '../../formats/view/viewTable';

export const useViewStore = create<{ view: View }>()(() => ({ view: defaultView() }));

export function setView(patch: Partial<View>): void {
  useViewStore.setState((s) => ({ view: { ...s.view, ...patch } }));
}

/** Leaves a lesson: every control and panel shows again; the language stays. */
export function leaveLesson(): void {
  setView({ lesson: 'none', hide: [], explain: 'none' });
}
