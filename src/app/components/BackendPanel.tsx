import type { InitResult } from '../../worker/protocol';
import { INSECURE_CONTEXT } from '../../worker/webgpuCheck';
import { type MsgId, type T, useT } from '../i18n/t';
import { BackendChoiceView } from './BackendChoice';
import { withNodes } from './withNodes';

/** The worker's fixed reasons (worker/backends.ts), as it words them, and their ids on the page. */
const WORKER_REASONS: Record<string, MsgId> = {
  'not chosen: slower in the race': 'backend.notChosenSlower',
  'not chosen: a software renderer': 'backend.notChosenSoftware',
  'not tried: chosen by an earlier measurement': 'backend.notTriedEarlier',
};

/** The worker's usual reasons, in the page's language; any other (a failure's own message) as it came. */
export function reasonText(t: T, reason: string): { text: string; translated: boolean } {
  const forced = /^not tried: backend forced to (\w+)$/.exec(reason);
  const first = /^not tried: (\w+) started first$/.exec(reason);
  if (reason === 'running') return { text: t('controls.running'), translated: true };
  if (reason === INSECURE_CONTEXT)
    return {
      text: t('controls.notSecure'),
      translated: true,
    };
  if (forced) return { text: t('controls.notTried', { backend: forced[1] }), translated: true };
  if (first) return { text: t('controls.notTriedBackend', { backend: first[1] }), translated: true };
  const known = Object.hasOwn(WORKER_REASONS, reason) ? WORKER_REASONS[reason] : undefined;
  return known ? { text: t(known), translated: true } : { text: reason, translated: false };
}

/** Which tfjs backend runs, and why each other one does not (the worker's reasons, in English). */
export function BackendPanel({ init }: { init: InitResult | null }) {
  const t = useT();
  return (
    <section aria-labelledby="backend-title">
      <h2 id="backend-title" tabIndex={-1}>
        {t('controls.backendTitle')}
      </h2>
      <p>
        {withNodes(t('controls.runningBackend'), {
          backend: <strong data-testid="backend">{init ? init.backend : '…'}</strong>,
        })}
      </p>
      {init && (
        <ul data-testid="backend-attempts">
          {init.attempts.map((a) => {
            const reason = reasonText(t, a.reason);
            return (
              <li key={a.name} data-testid={`backend-attempt-${a.name}`} className={a.ok ? 'ok' : 'not-ok'}>
                <code>{a.name}</code>:{' '}
                {reason.translated ? (
                  reason.text
                ) : (
                  <span translate="no" lang="en">
                    {reason.text}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {init?.wasm && (
        <p data-testid="wasm-threads">
          {init.wasm.threads > 1
            ? t('backend.webAssembly', { n: init.wasm.threads })
            : withNodes(t('backend.webAssemblyRuns'), {
                why: (
                  <span translate="no" lang="en">
                    {init.wasm.single ?? ''}
                  </span>
                ),
              })}
        </p>
      )}
      {init?.choice && <BackendChoiceView choice={init.choice} backend={init.backend} />}
    </section>
  );
}
