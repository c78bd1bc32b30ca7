import { useRef, useState } from 'react';
import { type Msg, msgText } from '../../formats/msg';
import { msgT, useT } from '../i18n/t';
import { runGeneration, stillShown, useRunGeneration } from '../notices/runGeneration';
import { exportSession, importSessionFile } from './exchange';

/** Export session / Import session: a shareable file of labels, settings and run histories (no weights). */
export function SessionFileButtons() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<Msg | null>(null);
  /** What the import did, and the run it made (the note goes when that run is replaced). */
  const [done, setDone] = useState<{ summary: Msg; generation: number } | null>(null);
  const generation = useRunGeneration((s) => s.generation);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await importSessionFile(file);
      if (r.ok) setDone({ summary: r.summary, generation: runGeneration() });
      else setError(r.error);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = ''; // the same file can be chosen again
    }
  };

  return (
    <div className="session-file">
      <button type="button" data-testid="session-export" onClick={exportSession}>
        {t('session.exportSession')}
      </button>{' '}
      <button
        type="button"
        data-testid="session-import"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t('session.importSession')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('session.sessionFile')}
        data-testid="session-import-file"
        hidden
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <p className="help">{t('session.sessionFileHolds')}</p>
      {error && (
        <p role="alert" className="warning" data-testid="session-import-error">
          {t('session.fileWasNot', { error: msgText(error, msgT(t)) })}
        </p>
      )}
      {done && stillShown(done.generation, generation) && (
        <p role="status" data-testid="session-import-done">
          {msgText(done.summary, msgT(t))}
        </p>
      )}
    </div>
  );
}
