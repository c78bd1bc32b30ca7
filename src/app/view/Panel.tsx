import type { ReactNode } from 'react';
import { isHidden, type PanelId } from '../../formats/view/viewTable';
import { Guard } from '../components/Guard';
import { useViewStore } from './viewStore';

/** A panel of the page that a lesson can hide (view.hide lists its id); a failure stays inside it. */
export function Panel({ id, children }: { id: PanelId; children: ReactNode }) {
  const hidden = useViewStore((s) => isHidden(s.view, id));
  return hidden ? null : <Guard name={id}>{children}</Guard>;
}
