/**
 * The keyboard help (the key ? or the Keys button): every key of the page, the labelling panel and the
 * presenter view, read from the same tables their handlers use. A modal <dialog>; Esc or ? closes it.
 */
import { useRef } from 'react';
import { useModal } from '../components/useModal';
import type { MsgId } from '../i18n/t';
import { useT } from '../i18n/t';
import { LABEL_KEYS, PAGE_KEYS_IN_PANEL } from '../labelling/labelKeys';
import { PRESENTER_KEYS } from '../present/presenterKeys';
import { ActionButton } from './ActionButton';
import { ACTIONS } from './actions';
import { closeKeysHelp, KEYS_ACTIONS, keysAction, useKeysHelp } from './keysHelpAction';
import { useShortcuts } from './useShortcuts';

interface Row {
  keyLabel: string;
  help: MsgId;
}

export const KEY_SECTIONS: { title: MsgId; rows: readonly Row[] }[] = [
  { title: 'controls.anywhere', rows: PAGE_KEYS_IN_PANEL },
  {
    title: 'labels.outsideLabelling',
    rows: ACTIONS,
  },
  {
    title: 'controls.labelling',
    rows: LABEL_KEYS.map((k) => ({ keyLabel: k.keyLabel, help: k.label })),
  },
  {
    title: 'controls.presenterView',
    rows: [
      ...PRESENTER_KEYS.map((k) => ({ keyLabel: k.keyLabel, help: k.label })),
      { keyLabel: 'Esc / P', help: 'controls.leavePresenter' },
    ],
  },
];

function Help() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useModal(dialog);
  return (
    <dialog
      ref={dialog}
      className="keys-help"
      aria-labelledby="keys-title"
      data-testid="keys-help"
      onCancel={(e) => {
        e.preventDefault();
        closeKeysHelp();
      }}
      onClose={() => {
        if (!dialog.current?.open) closeKeysHelp();
      }}
    >
      <h2 id="keys-title">{t('controls.keys')}</h2>
      {KEY_SECTIONS.map((s) => (
        <table key={s.title} className="keys-table">
          <caption>{t(s.title)}</caption>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.keyLabel}>
                <th scope="row">
                  <kbd>{r.keyLabel}</kbd>
                </th>
                <td>{t(r.help)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <button type="button" onClick={closeKeysHelp} data-testid="keys-close">
        {t('charts.close')} <kbd>Esc</kbd>
      </button>
    </dialog>
  );
}

/** The Keys button (also the key ?), and the help while it is open. Mounted once (Controls). */
export function KeysButton() {
  useShortcuts(KEYS_ACTIONS);
  const open = useKeysHelp((s) => s.open);
  return (
    <>
      <ActionButton action={keysAction} phase="idle" opensDialog />
      {open && <Help />}
    </>
  );
}
