/**
 * "Continue at scale with verl": downloads the labelled answers as labels.parquet and labels.jsonl (one
 * row per answer, in the layout verl reads for its math datasets) and verl-settings.json (the settings as
 * verl config keys, with command lines). Disabled, with the reason, while there are no labels. The
 * README's section "Continue at scale with verl" says what to do with the files.
 */
import { useState } from 'react';
import {
  labelCount,
  VERL_FILES,
  verlJsonlFile,
  verlParquetFile,
  verlSettingsFile,
} from '../../formats/verl/files';
import { downloadBlob, downloadText } from '../export/download';
import { useT } from '../i18n/t';
import { useLabelStore } from '../labelling/labelStore';
import { useSettingsStore } from '../settings/settingsStore';

export function VerlExport() {
  const t = useT();
  const batches = useLabelStore((s) => s.batches);
  const settings = useSettingsStore((s) => s.settings);
  const [problem, setProblem] = useState<string | null>(null);
  const n = labelCount(batches);
  const reason = n === 0 ? t('labels.noLabelled') : null;

  const save = (what: () => void) => () => {
    try {
      what();
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const buttons = [
    {
      id: 'verl-parquet',
      label: t('labels.download', { file: VERL_FILES.parquet }),
      run: () =>
        downloadBlob(
          new Blob([verlParquetFile(batches)], { type: 'application/vnd.apache.parquet' }),
          VERL_FILES.parquet,
        ),
    },
    {
      id: 'verl-jsonl',
      label: t('labels.download', { file: VERL_FILES.jsonl }),
      run: () => downloadText(verlJsonlFile(batches), VERL_FILES.jsonl, 'application/jsonl'),
    },
    {
      id: 'verl-settings',
      label: t('labels.download', { file: VERL_FILES.settings }),
      run: () => downloadText(verlSettingsFile(settings), VERL_FILES.settings, 'application/json'),
    },
  ];
  return (
    <section className="verl-export" data-testid="verl-export" aria-label={t('labels.exportVerl')}>
      <h2>{t('labels.continue')}</h2>
      <p className="help">
        {batches.length === 1
          ? t('labels.labelled', { n, b: batches.length })
          : t('labels.labelledAnswers', { n, b: batches.length })}
      </p>
      <div className="verl-buttons">
        {buttons.map((b) => (
          <button
            key={b.id}
            type="button"
            data-testid={b.id}
            disabled={reason !== null}
            title={reason ?? undefined}
            onClick={save(b.run)}
          >
            {b.label}
          </button>
        ))}
      </div>
      {reason && (
        <p className="help" data-testid="verl-reason">
          {reason}
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          {t('labels.exportFailed', { error: problem })}
        </p>
      )}
    </section>
  );
}
