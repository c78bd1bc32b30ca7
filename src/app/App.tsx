import { ChartGrid } from './charts/ChartGrid';
import { ChartOptions } from './charts/ChartOptions';
import { LatestValues } from './charts/LatestValues';
import { AttendeeNotice } from './classRun/AttendeeNotice';
import { BackendPanel } from './components/BackendPanel';
import { Controls } from './components/Controls';
import { ErrorBanner } from './components/ErrorBanner';
import { Guard } from './components/Guard';
import { Intro } from './components/Intro';
import { LinkProblems } from './components/LinkProblems';
import { PageNav } from './components/PageNav';
import { PresetNote } from './components/PresetNote';
import { SettingsForm } from './components/SettingsForm';
import { TrainCheckPanel } from './components/TrainCheckPanel';
import { Explainers } from './explain/Explainers';
import { EntropyAccuracy } from './gradients/EntropyAccuracy';
import { GradientView } from './gradients/GradientView';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { useT } from './i18n/t';
import { LabelPanel } from './labelling/LabelPanel';
import { LessonLinks } from './lesson/LessonLinks';
import { LessonPanel } from './lesson/LessonPanel';
import { OfflineStatus } from './offline/OfflineStatus';
import { PerfPanel } from './perf/PerfPanel';
import { SessionPanel } from './persist/SessionPanel';
import { SessionTools } from './persist/SessionTools';
import { PresenterView } from './present/PresenterView';
import { FaultPanel } from './recovery/FaultPanel';
import { RecoveryPanel } from './recovery/RecoveryPanel';
import { StoppedArms } from './recovery/StoppedArms';
import { RolloutView } from './rollout/RolloutView';
import { useRunStore } from './run/runStore';
import { VerlExport } from './verl/VerlExport';
import { Panel } from './view/Panel';

export function App({ optionsError, faults }: { optionsError: string | null; faults: boolean }) {
  const init = useRunStore((s) => s.init);
  const error = useRunStore((s) => s.error);
  const trainCheck = useRunStore((s) => s.trainCheck);
  const t = useT();
  return (
    <main>
      <header className="page-header">
        <h1>{t('page.title')}</h1>
        <LanguageSwitch />
      </header>
      <Intro />
      {optionsError && <ErrorBanner message={optionsError} />}
      <Guard name="link-problems">
        <LinkProblems />
      </Guard>
      <Guard name="attendee-notice">
        <AttendeeNotice />
      </Guard>
      {error && <ErrorBanner message={error} />}
      <Guard name="recovery">
        <RecoveryPanel />
        <StoppedArms />
      </Guard>
      <Guard name="lesson">
        <LessonPanel />
      </Guard>
      <Guard name="controls">
        <Controls />
      </Guard>
      <PageNav />
      <Guard name="session-status">
        <SessionPanel />
      </Guard>
      <Panel id="presetNote">
        <PresetNote />
      </Panel>
      <Panel id="chartOptions">
        <ChartOptions />
      </Panel>
      <Guard name="charts">
        <ChartGrid />
      </Guard>
      <Panel id="latest">
        <LatestValues />
      </Panel>
      <Panel id="entropy">
        <EntropyAccuracy />
      </Panel>
      <Panel id="gradients">
        <GradientView />
      </Panel>
      <Panel id="explainers">
        <Explainers />
      </Panel>
      <Panel id="rollout">
        <RolloutView />
      </Panel>
      <Panel id="labelling">
        <LabelPanel />
        <VerlExport />
      </Panel>
      <Panel id="session">
        <SessionTools />
      </Panel>
      <Panel id="settings">
        <SettingsForm />
      </Panel>
      <Panel id="engine">
        <BackendPanel init={init} />
      </Panel>
      <Panel id="perf">
        <PerfPanel />
      </Panel>
      <Guard name="lesson-links">
        <LessonLinks />
      </Guard>
      {trainCheck && <TrainCheckPanel result={trainCheck} />}
      {faults && <FaultPanel />}
      <Guard name="offline">
        <OfflineStatus />
      </Guard>
      <Guard name="presenter">
        <PresenterView />
      </Guard>
    </main>
  );
}
