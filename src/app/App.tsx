import { ChartGrid } from './charts/ChartGrid';
import { ChartOptions } from './charts/ChartOptions';
import { LatestValues } from './charts/LatestValues';
import { BackendPanel } from './components/BackendPanel';
import { Controls } from './components/Controls';
import { ErrorBanner } from './components/ErrorBanner';
import { LinkProblems } from './components/LinkProblems';
import { SettingsForm } from './components/SettingsForm';
import { TrainCheckPanel } from './components/TrainCheckPanel';
import { useRunStore } from './run/runStore';

export function App({ optionsError }: { optionsError: string | null }) {
  const init = useRunStore((s) => s.init);
  const error = useRunStore((s) => s.error);
  const trainCheck = useRunStore((s) => s.trainCheck);
  return (
    <main>
      <h1>NFT Playground</h1>
      <p className="help">
        Methods train side by side from the same base model, on the same questions with the same seeds.
      </p>
      {optionsError && <ErrorBanner message={optionsError} />}
      <LinkProblems />
      {error && <ErrorBanner message={error} />}
      <Controls />
      <ChartOptions />
      <ChartGrid />
      <LatestValues />
      <SettingsForm />
      <BackendPanel init={init} />
      {trainCheck && <TrainCheckPanel result={trainCheck} />}
    </main>
  );
}
