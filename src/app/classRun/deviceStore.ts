/**
 * What a class run keeps in this browser's storage: the attendee's id per room (made here, 128 random
 * bits), its results waiting to be sent, and the presenter's room. Storage may be unavailable (private
 * modes): then nothing is kept and the page works on for this visit.
 */
import {
  ATTENDEE_ID,
  type ClassResult,
  checkResult,
  ROOM_CODE,
  ROOM_KEY,
} from '../../formats/classRoom/roomMessages';
import type { PresenterRoom } from './classRunStore';

const PREFIX = 'nft.classRun.';

function read(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage full or off: kept in memory only.
  }
}

/** 32 hex digits from the browser's random source (crypto.getRandomValues works over plain http too). */
export function newAttendeeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function attendeeId(code: string): string {
  const kept = read(`id.${code}`);
  if (kept && ATTENDEE_ID.test(kept)) return kept;
  const id = newAttendeeId();
  write(`id.${code}`, id);
  return id;
}

export function savedOutbox(code: string): ClassResult[] {
  try {
    const v = JSON.parse(read(`outbox.${code}`) ?? '[]') as unknown;
    if (!Array.isArray(v)) return [];
    // Checked as the server would: a damaged entry is left out rather than sent.
    return v.flatMap((r) => {
      try {
        return [checkResult(r)];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export function saveOutbox(code: string, results: ClassResult[]): void {
  write(`outbox.${code}`, results.length ? JSON.stringify(results) : null);
}

export function savedPresenterRoom(): PresenterRoom | null {
  try {
    const v = JSON.parse(read('presenter') ?? 'null') as PresenterRoom | null;
    return v && ROOM_CODE.test(v.code) && ROOM_KEY.test(v.key) ? { code: v.code, key: v.key } : null;
  } catch {
    return null;
  }
}

export function savePresenterRoom(room: PresenterRoom | null): void {
  write('presenter', room ? JSON.stringify(room) : null);
}
