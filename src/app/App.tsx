import { useMemo } from 'react';
import { AnswerPanel } from './components/AnswerPanel';
import { BackendPanel } from './components/BackendPanel';
import { ErrorBanner } from './components/ErrorBanner';
import { StatusLine } from './components/StatusLine';
import { TrainCheckPanel } from './components/TrainCheckPanel';
import { type PageOptions, parsePageOptions } from './query';
import { useDemoRun } from './useDemoRun';

export function App() {
  const parsed = useMemo(() => parsePageOptions(window.location.search), []);
  return (
    <main>
      <h1>NFT Playground</h1>
      {parsed.ok ? <Demo options={parsed.options} /> : <ErrorBanner message={parsed.error} />}
    </main>
  );
}

function Demo({ options }: { options: PageOptions }) {
  const state = useDemoRun(options);
  return (
    <>
      <StatusLine phase={state.phase} />
      {state.error && <ErrorBanner message={state.error} />}
      <BackendPanel init={state.init} />
      {state.answer && <AnswerPanel answer={state.answer} />}
      {state.trainCheck && <TrainCheckPanel result={state.trainCheck} />}
    </>
  );
}
