import { type RefObject, useEffect } from 'react';

/**
 * Shows the <dialog> as a modal while the component is mounted (the page behind is inert), and gives the
 * focus back to whatever had it before, on unmount.
 */
export function useModal(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) d.showModal();
    return () => {
      if (d.open) d.close();
      opener?.focus();
    };
  }, [ref]);
}
