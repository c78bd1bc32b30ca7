/**
 * An attendee's page in a class run (a link with ?room=): joins the room under an id made on this device,
 * takes the seed the room gives it (the run restarts on it, with the room's settings), and at every
 * evaluation sends the room its arms' figures (attendeeReport.ts) through an outbox that retries while offline.
 * It reads the run from the run store and never drives the run itself.
 */
import { formatHash, parseHash } from '../../formats/settings/hash';
import type { Settings } from '../../formats/settings/table';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { useViewStore } from '../view/viewStore';
import { resultsOf } from './attendeeReport';
import { useClassRunStore } from './classRunStore';
import { attendeeId, savedOutbox, saveOutbox } from './deviceStore';
import { Outbox, type SendOutcome } from './outbox';
import { joinRoom, postResults, RoomCallError } from './roomCalls';

const JOIN_RETRY_MS = 3000;

/** A failed call: retried when the server may answer later (offline, busy, its own fault). */
function outcomeOf(e: unknown): Extract<SendOutcome, { ok: false }> {
  const status = e instanceof RoomCallError ? e.status : 0;
  const retry = status === 0 || status === 429 || status >= 500;
  return { ok: false, retry, message: e instanceof Error ? e.message : String(e) };
}

const sameRun = (a: Settings, b: Settings) => formatHash(a) === formatHash(b);

function setAttendee(
  patch: Partial<NonNullable<ReturnType<typeof useClassRunStore.getState>['attendee']>>,
): void {
  useClassRunStore.setState((s) => (s.attendee ? { attendee: { ...s.attendee, ...patch } } : {}));
}

/**
 * Puts the room's settings (this page's seed in them) in force: in the link, which the page's settings
 * sync reads when it starts (it may not have yet), and in the settings store, whose change the sync
 * (once started) turns into a new run. No hashchange event: the run restarts once, not twice.
 */
function takeRoomSettings(settings: Settings): void {
  const hash = formatHash(settings, useViewStore.getState().view);
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  useSettingsStore.setState({ settings });
}

/** Starts reporting for room `code`; returns the function that stops it. */
export function startAttendee(code: string): () => void {
  const id = attendeeId(code);
  let stopped = false;
  let joinTimer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe = () => {};
  const outbox = new Outbox(
    {
      send: async (results) => {
        const { seed } = useClassRunStore.getState().attendee ?? {};
        if (!seed) return { ok: false, retry: true, message: 'not joined yet' };
        try {
          await postResults(code, id, seed, results);
          return { ok: true };
        } catch (e) {
          return outcomeOf(e);
        }
      },
      save: (results) => saveOutbox(code, results),
      onChange: (outboxState) => setAttendee({ outbox: outboxState }),
    },
    savedOutbox(code),
  );
  useClassRunStore.setState({
    attendee: {
      code,
      id,
      name: '',
      seed: null,
      joinProblem: null,
      settingsDiffer: false,
      outbox: outbox.state(),
    },
  });

  /**
   * From the join on: the page keeps the room's settings on its seed (whatever else sets them: the link
   * read when the page's settings sync starts, a form edit), and every new evaluation of a run on them
   * goes to the outbox.
   */
  function report(roomSettings: Settings, fromRunId: number): void {
    let gate = fromRunId;
    const check = () => {
      const run = useRunStore.getState();
      const differ = !sameRun(useSettingsStore.getState().settings, roomSettings);
      if (useClassRunStore.getState().attendee?.settingsDiffer !== differ)
        setAttendee({ settingsDiffer: differ });
      // A run seen under other settings is not the room's: only a later one is reported.
      if (differ) gate = Math.max(gate, run.runId + 1);
      else if (run.runId >= gate) outbox.add(resultsOf(run.arms));
      if (differ) takeRoomSettings(roomSettings);
    };
    unsubscribe();
    const offRun = useRunStore.subscribe((s, prev) => {
      if (s.arms !== prev.arms) check();
    });
    const offSettings = useSettingsStore.subscribe(check);
    unsubscribe = () => {
      offRun();
      offSettings();
    };
    check();
    outbox.retryNow();
  }

  async function join(name: string): Promise<void> {
    try {
      const r = await joinRoom(code, id, name);
      if (stopped) return;
      const roomSettings: Settings = { ...parseHash(r.settings).settings, seed: r.seed };
      setAttendee({ seed: r.seed, name, joinProblem: null });
      report(roomSettings, useRunStore.getState().runId);
    } catch (e) {
      if (stopped) return;
      const o = outcomeOf(e);
      setAttendee({ joinProblem: o.message });
      if (o.retry) joinTimer = setTimeout(() => void join(name), JOIN_RETRY_MS);
    }
  }

  const online = () => outbox.retryNow();
  window.addEventListener('online', online);
  void join('');

  return () => {
    stopped = true;
    clearTimeout(joinTimer);
    unsubscribe();
    outbox.stop();
    window.removeEventListener('online', online);
    useClassRunStore.setState({ attendee: null });
  };
}

/** Sends the attendee's display name (shown as text in the class view); the seed stays the same. */
export async function sendName(name: string): Promise<string | null> {
  const a = useClassRunStore.getState().attendee;
  if (!a) return null;
  try {
    await joinRoom(a.code, a.id, name);
    setAttendee({ name });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
