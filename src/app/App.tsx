import { ChartGrid } from './charts/ChartGrid';
import { ChartOptions } from './charts/ChartOptions';
import { LatestValues } from './charts/LatestValues';
import { BackendPanel } from './components/BackendPanel';
import { Controls } from './components/Controls';
import { ErrorBanner } from './components/ErrorBanner';
import { LinkProblems } from './components/LinkProblems';
import { PresetNote } from './components/PresetNote';
import { SettingsForm } from './components/SettingsForm';
import { TrainCheckPanel } from './components/TrainCheckPanel';
import { EntropyAccuracy } from './gradients/EntropyAccuracy';
import { GradientView } from './gradients/GradientView';
import { PerfPanel } from './perf/PerfPanel';
import { FaultPanel } from './recovery/FaultPanel';
import { RecoveryPanel } from './recovery/RecoveryPanel';
import { RolloutView } from './rollout/RolloutView';
import { useRunStore } from './run/runStore';

export function App({ optionsError, faults }: { optionsError: string | null; faults: boolean }) {
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
      <RecoveryPanel />
      <Controls />
      <PresetNote />
      <ChartOptions />
      <ChartGrid />
      <LatestValues />
      <EntropyAccuracy />
      <GradientView />
      <RolloutView />
      <SettingsForm />
      <BackendPanel init={init} />
      <PerfPanel />
      {trainCheck && <TrainCheckPanel result={trainCheck} />}
      {faults && <FaultPanel />}
    </main>
  );
}
