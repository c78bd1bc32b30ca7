import { describe, expect, it } from 'vitest';
import { judgeLongTasks, mainThreadTasks, maxCpuTask, type TraceEvent } from './mainThread';

const task = (tid: number, tsMs: number, wallMs: number, cpuMs: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts: tsMs * 1000,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});

// The page marked 'sync' at performance.now() = 100 ms, which the trace logged at 10,100 ms.
const events: TraceEvent[] = [
  { name: 'sync', ph: 'I', pid: 1, tid: 1, ts: 10_100_000, args: { data: { startTime: 100 } } },
  task(1, 10_200, 80, 12), // starved: 80 ms of wall time, 12 ms of CPU
  task(1, 10_210, 5, 5), // nested in the one above
  task(2, 10_200, 500, 500), // another thread
  task(1, 10_400, 120, 90), // the page's own long work
  task(1, 10_600, 10, 9),
];

describe('main-thread tasks from a trace', () => {
  it('keeps the marked thread, top-level tasks only, on the page clock', () => {
    expect(mainThreadTasks(events, 'sync')).toEqual([
      { startMs: 200, wallMs: 80, cpuMs: 12 },
      { startMs: 400, wallMs: 120, cpuMs: 90 },
      { startMs: 600, wallMs: 10, cpuMs: 9 },
    ]);
    expect(() => mainThreadTasks(events, 'nope')).toThrow(/no performance.mark/);
  });

  it('a long task whose thread ran under 50 ms was starved; one that ran longer was not', () => {
    const tasks = mainThreadTasks(events, 'sync');
    const verdicts = judgeLongTasks(
      [
        { startMs: 200.4, durationMs: 79 },
        { startMs: 400.2, durationMs: 119 },
        { startMs: 5000, durationMs: 60 },
      ],
      tasks,
    );
    expect(verdicts.map((v) => [v.cpuMs, v.starved])).toEqual([
      [12, true],
      [90, false],
      [null, false],
    ]);
  });

  it('the busiest task in a window', () => {
    const tasks = mainThreadTasks(events, 'sync');
    expect(maxCpuTask(tasks, 0, 1000)?.cpuMs).toBe(90);
    expect(maxCpuTask(tasks, 550, 1000)?.cpuMs).toBe(9);
    expect(maxCpuTask(tasks, 2000, 3000)).toBeNull();
  });
});
