import type { InitResult } from '../../worker/protocol';

export function BackendPanel({ init }: { init: InitResult | null }) {
  return (
    <section aria-labelledby="backend-title">
      <h2 id="backend-title">Backend</h2>
      <p>
        Running on <strong data-testid="backend">{init ? init.backend : '…'}</strong>
      </p>
      {init && (
        <ul data-testid="backend-attempts">
          {init.attempts.map((a) => (
            <li key={a.name} data-testid={`backend-attempt-${a.name}`} className={a.ok ? 'ok' : 'not-ok'}>
              <code>{a.name}</code>: {a.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
