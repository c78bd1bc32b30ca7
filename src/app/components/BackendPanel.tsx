import type { InitResult } from '../../worker/protocol';
import { INSECURE_CONTEXT } from '../../worker/webgpuCheck';
import { type T, useT } from '../i18n/t';
import { BackendChoiceView } from './BackendChoice';
import { withNodes } from './withNodes';

/** The worker's usual reasons, in the page's language; any other (a failure's own message) as it came. */
export function reasonText(t: T, reason: string): { text: string; translated: boolean } {
  const forced = /^not tried: backend forced to (\w+)$/.exec(reason);
  const first = /^not tried: (\w+) started first$/.exec(reason);
  if (reason === 'running') return { text: t('running'), translated: true };
  if (reason === INSECURE_CONTEXT)
    return {
      text: t(
        'not a secure context: browsers give WebGPU only to https pages and to localhost on this computer',
      ),
      translated: true,
    };
  if (forced)
    return { text: t('not tried: backend forced to {backend}', { backend: forced[1] }), translated: true };
  if (first)
    return { text: t('not tried: {backend} started first', { backend: first[1] }), translated: true };
  if (reason === 'not chosen: slower in the race') return { text: t(reason), translated: true };
  if (reason === 'not chosen: a software renderer') return { text: t(reason), translated: true };
  if (reason === 'not tried: chosen by an earlier measurement') return { text: t(reason), translated: true };
  return { text: reason, translated: false };
}

/** Which tfjs backend runs, and why each other one does not (the worker's reasons, in English). */
export function BackendPanel({ init }: { init: InitResult | null }) {
  const t = useT();
  return (
    <section aria-labelledby="backend-title">
      <h2 id="backend-title" tabIndex={-1}>
        {t('Backend')}
      </h2>
      <p>
        {withNodes(t('Running on {backend}'), {
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
            ? t('WebAssembly runs on {n} threads.', { n: init.wasm.threads })
            : withNodes(t('WebAssembly runs on one thread: {why}'), {
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
