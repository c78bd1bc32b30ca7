/**
 * The page's calls to the workshop server's class rooms (src/server/api.ts), on the page's own origin.
 * Each answers the parsed JSON or throws a RoomCallError with the server's message and status (0: no
 * answer at all, e.g. offline).
 */
import type {
  ClassResult,
  CreateResponse,
  JoinResponse,
  ResultsResponse,
  RoomView,
} from '../../formats/classRoom/roomMessages';

export class RoomCallError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(
  path: string,
  init: { method?: string; body?: unknown; key?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.key) headers['x-room-key'] = init.key;
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new RoomCallError(0, (e as Error).message);
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!res.ok || body === null) throw new RoomCallError(res.status, body?.error ?? `HTTP ${res.status}`);
  return body;
}

/** Whether this page's server has class rooms (the workshop server does; a static host does not). */
export async function classRoomsHere(): Promise<boolean> {
  try {
    const r = await call<{ classRooms?: number }>('/api/class');
    return r.classRooms === 1;
  } catch {
    return false;
  }
}

export const createRoom = (settings: string) => call<CreateResponse>('/api/rooms', { body: { settings } });

export const readRoom = (code: string, key: string) => call<RoomView>(`/api/rooms/${code}`, { key });

export const joinRoom = (code: string, attendee: string, name: string) =>
  call<JoinResponse>(`/api/rooms/${code}/join`, { body: { attendee, name } });

export const postResults = (code: string, attendee: string, seed: number, results: ClassResult[]) =>
  call<ResultsResponse>(`/api/rooms/${code}/results`, { body: { attendee, seed, results } });

export const dropAttendee = (code: string, key: string, attendee: string) =>
  call<{ dropped: string }>(`/api/rooms/${code}/attendees/${attendee}`, { method: 'DELETE', key });
