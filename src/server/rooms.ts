/**
 * The class rooms' state, in memory, as a fold of journal entries: every change is an entry, written to
 * the room's journal before it is applied, and replaying a journal rebuilds the room exactly (journal.ts).
 * Plain TypeScript (no HTTP, no files): the caps and checks are tested here directly.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type AttendeeView,
  type ClassResult,
  type CreateRequest,
  type JoinRequest,
  LIMITS,
  type ResultsRequest,
  ROOM_ALPHABET,
  ROOM_CODE_LENGTH,
  ROOM_KEY,
  type RoomView,
} from '../formats/classRoom/roomMessages.ts';

/** A refusal with its HTTP status. */
export class RoomError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export type JournalEntry =
  | { t: 'room'; code: string; keyHash: string; settings: string; at: string }
  | { t: 'join'; attendee: string; name: string; seed: number; at: string }
  | { t: 'results'; attendee: string; seed: number; results: ClassResult[] }
  | { t: 'drop'; attendee: string; at: string };

interface Attendee {
  id: string;
  name: string;
  seed: number;
  joined: string;
  /** By iteration: one result per iteration (the first one posted; a repeat is a duplicate). */
  results: Map<number, ClassResult>;
}

export interface Room {
  code: string;
  keyHash: string;
  settings: string;
  created: string;
  attendees: Map<string, Attendee>;
  dropped: Set<string>;
  /** Seeds handed out so far (never reused, even after a drop). */
  seedsGiven: number;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A random room code: rejection sampling over the alphabet, so every code is equally likely. */
export function newRoomCode(): string {
  let out = '';
  while (out.length < ROOM_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      // 248 = 8 × 31: bytes at or above it would favour the first letters.
      if (byte < 248 && out.length < ROOM_CODE_LENGTH) out += ROOM_ALPHABET[byte % 31];
    }
  }
  return out;
}

/** Token buckets per attendee: LIMITS.postsPerMinute, refilled evenly over the minute. */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private perMinute: number,
    private now: () => number = Date.now,
  ) {}

  /** Takes one token for `id`; throws 429 (with the seconds to wait) when there is none. */
  take(id: string): void {
    const t = this.now();
    const b = this.buckets.get(id) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + ((t - b.at) * this.perMinute) / 60_000);
    b.at = t;
    this.buckets.set(id, b);
    if (b.tokens < 1) {
      const wait = Math.ceil(((1 - b.tokens) * 60) / this.perMinute);
      throw new RoomError(
        429,
        `too many requests from this attendee: at most ${this.perMinute} a minute`,
        wait,
      );
    }
    b.tokens -= 1;
  }
}

export class Rooms {
  readonly rooms = new Map<string, Room>();
  /** Results held in all rooms (dropped attendees' excluded). */
  resultsHeld = 0;
  readonly limiter: RateLimiter;

  constructor(private now: () => number = Date.now) {
    this.limiter = new RateLimiter(LIMITS.postsPerMinute, now);
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  get(code: string): Room {
    const room = this.rooms.get(code);
    if (!room) throw new RoomError(404, 'no such room');
    return room;
  }

  /** Checks the presenter's key; 403 if it is not the room's. */
  authorise(room: Room, key: string | undefined): void {
    const ok =
      typeof key === 'string' &&
      ROOM_KEY.test(key) &&
      timingSafeEqual(Buffer.from(hashKey(key), 'hex'), Buffer.from(room.keyHash, 'hex'));
    if (!ok) throw new RoomError(403, "not this room's presenter key");
  }

  /** A new room's entry and its presenter key (shown once, to the presenter). */
  create(req: CreateRequest): { entry: JournalEntry; key: string } {
    if (this.rooms.size >= LIMITS.rooms)
      throw new RoomError(503, `this server holds its maximum of ${LIMITS.rooms} rooms`);
    let code = newRoomCode();
    while (this.rooms.has(code)) code = newRoomCode();
    const key = randomBytes(16).toString('hex');
    return { entry: { t: 'room', code, keyHash: hashKey(key), settings: req.settings, at: this.iso() }, key };
  }

  /** An attendee's seed: the one already given to this id, or the next one (null entry when known). */
  join(room: Room, req: JoinRequest): { seed: number; entry: JournalEntry | null } {
    if (room.dropped.has(req.attendee)) throw new RoomError(410, 'the presenter removed this attendee');
    const known = room.attendees.get(req.attendee);
    // Checked before a token is taken: ids refused here leave no bucket behind (memory stays bounded).
    if (!known && room.attendees.size >= LIMITS.attendeesPerRoom)
      throw new RoomError(409, `the room is full (${LIMITS.attendeesPerRoom} attendees)`);
    this.limiter.take(`${room.code}/${req.attendee}`);
    // A rejoin keeps the seed; a new (non-empty) name replaces the old one.
    if (known) {
      const rename = req.name !== '' && req.name !== known.name;
      const entry: JournalEntry | null = rename
        ? { t: 'join', attendee: known.id, name: req.name, seed: known.seed, at: this.iso() }
        : null;
      return { seed: known.seed, entry };
    }
    const seed = room.seedsGiven + 1;
    return { seed, entry: { t: 'join', attendee: req.attendee, name: req.name, seed, at: this.iso() } };
  }

  /** The entry holding the results not yet stored (null when all are duplicates). */
  post(room: Room, req: ResultsRequest): { stored: number; duplicates: number; entry: JournalEntry | null } {
    if (room.dropped.has(req.attendee)) throw new RoomError(410, 'the presenter removed this attendee');
    const a = room.attendees.get(req.attendee);
    if (!a) throw new RoomError(404, 'this attendee has not joined the room');
    this.limiter.take(`${room.code}/${req.attendee}`);
    if (req.seed !== a.seed) throw new RoomError(409, `this attendee's seed is ${a.seed}, not ${req.seed}`);
    const fresh = new Map<number, ClassResult>();
    for (const r of req.results) if (!a.results.has(r.iteration)) fresh.set(r.iteration, r);
    if (a.results.size + fresh.size > LIMITS.resultsPerAttendee)
      throw new RoomError(409, `at most ${LIMITS.resultsPerAttendee} results per attendee`);
    if (this.resultsHeld + fresh.size > LIMITS.resultsTotal)
      throw new RoomError(507, `this server holds its maximum of ${LIMITS.resultsTotal} results`);
    const results = [...fresh.values()];
    const entry: JournalEntry | null = results.length
      ? { t: 'results', attendee: a.id, seed: a.seed, results }
      : null;
    return { stored: results.length, duplicates: req.results.length - results.length, entry };
  }

  drop(room: Room, attendee: string): JournalEntry {
    if (!room.attendees.has(attendee) && !room.dropped.has(attendee))
      throw new RoomError(404, 'no such attendee in this room');
    return { t: 'drop', attendee, at: this.iso() };
  }

  /** Applies an entry (live, after it is written, or when a journal is replayed). */
  apply(code: string, e: JournalEntry): void {
    if (e.t === 'room') {
      this.rooms.set(code, {
        code,
        keyHash: e.keyHash,
        settings: e.settings,
        created: e.at,
        attendees: new Map(),
        dropped: new Set(),
        seedsGiven: 0,
      });
      return;
    }
    const room = this.get(code);
    if (e.t === 'join') {
      const known = room.attendees.get(e.attendee);
      if (known) {
        known.name = e.name;
        return;
      }
      room.attendees.set(e.attendee, {
        id: e.attendee,
        name: e.name,
        seed: e.seed,
        joined: e.at,
        results: new Map(),
      });
      room.seedsGiven = Math.max(room.seedsGiven, e.seed);
    } else if (e.t === 'results') {
      const a = room.attendees.get(e.attendee);
      if (!a || a.seed !== e.seed) return;
      for (const r of e.results)
        if (!a.results.has(r.iteration)) {
          a.results.set(r.iteration, r);
          this.resultsHeld++;
        }
    } else {
      this.resultsHeld -= room.attendees.get(e.attendee)?.results.size ?? 0;
      room.attendees.delete(e.attendee);
      room.dropped.add(e.attendee);
    }
  }

  /** What the presenter sees: every attendee with every result, in join order, results by iteration. */
  view(room: Room): RoomView {
    const attendees: AttendeeView[] = [...room.attendees.values()].map((a) => ({
      id: a.id,
      name: a.name,
      seed: a.seed,
      joined: a.joined,
      results: [...a.results.values()].sort((x, y) => x.iteration - y.iteration),
    }));
    return { code: room.code, created: room.created, settings: room.settings, attendees };
  }
}
