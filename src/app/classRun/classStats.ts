/**
 * The class view's figures from a room: each attendee's NFT minus RFT (in points of held-out accuracy)
 * at one iteration, pooled into a paired mean with its 95% t interval and "ahead on k of n"
 * (engine/analysis/pairedStats.ts). Pure.
 */
import { type PairedSummary, summariseDifferences } from '../../engine/analysis/pairedStats';
import type { AttendeeView, ClassResult, RoomView } from '../../formats/classRoom/roomMessages';

export type ClassMetric = 'greedy' | 'sampled';
/** 'latest': each attendee's latest iteration with both methods; a number: that iteration only. */
export type ClassIteration = 'latest' | number;

export interface AttendeeDot {
  id: string;
  name: string;
  seed: number;
  iteration: number;
  /** NFT minus RFT, in points (100 × the difference of shares). */
  diff: number;
  nft: number;
  rft: number;
}

export interface ClassFigures {
  dots: AttendeeDot[];
  summary: PairedSummary;
  /** Iterations with at least one attendee's figures, for the iteration choice. */
  iterations: number[];
}

function pair(r: ClassResult, metric: ClassMetric): { nft: number; rft: number } | null {
  const nft = r.arms.find((a) => a.method === 'nft');
  const rft = r.arms.find((a) => a.method === 'rft');
  return nft && rft ? { nft: nft[metric], rft: rft[metric] } : null;
}

function dotOf(a: AttendeeView, metric: ClassMetric, at: ClassIteration): AttendeeDot | null {
  const rows = at === 'latest' ? [...a.results].reverse() : a.results.filter((r) => r.iteration === at);
  for (const r of rows) {
    const p = pair(r, metric);
    if (p) {
      const diff = Math.round((p.nft - p.rft) * 1e6) / 1e4;
      return { id: a.id, name: a.name, seed: a.seed, iteration: r.iteration, diff, ...p };
    }
  }
  return null;
}

export function classFigures(room: RoomView, metric: ClassMetric, at: ClassIteration): ClassFigures {
  const dots = room.attendees.flatMap((a) => dotOf(a, metric, at) ?? []);
  const iterations = [
    ...new Set(
      room.attendees.flatMap((a) => a.results.filter((r) => pair(r, metric)).map((r) => r.iteration)),
    ),
  ].sort((x, y) => x - y);
  // Differences are rounded to 1e-4 points, so equal accuracies are ties exactly.
  return {
    dots,
    summary: summariseDifferences(
      dots.map((d) => d.diff),
      0.95,
      5e-5,
    ),
    iterations,
  };
}

/** A CSV cell: quoted when needed, and a leading = + - @ (a spreadsheet formula) neutralised with a '. */
function cell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every result of the room, one row per attendee, iteration and arm. */
export function roomCsv(room: RoomView): string {
  const rows: (string | number | null)[][] = [
    [
      'room',
      'attendee',
      'name',
      'seed',
      'iteration',
      'arm',
      'method',
      'greedy_accuracy',
      'sampled_accuracy',
      'entropy',
    ],
  ];
  for (const a of room.attendees)
    for (const r of a.results)
      for (const arm of r.arms)
        rows.push([
          room.code,
          a.id,
          a.name,
          a.seed,
          r.iteration,
          arm.name,
          arm.method,
          arm.greedy,
          arm.sampled,
          arm.entropy,
        ]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
