/**
 * The class room's messages, shared by the workshop server (src/server) and the page (src/app/classRun):
 * their shapes, the limits the server holds them to, and the checks it runs on every field. A room pools
 * the runs of a class, one seed per attendee, so the presenter can show the spread over seeds.
 */
import { METHODS } from '../../engine/losses/options.ts';

/** Room codes: 10 letters and digits without look-alikes (i, l, o, 0, 1): 31^10, about 2^49.5. */
export const ROOM_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const ROOM_CODE_LENGTH = 10;
export const ROOM_CODE = /^[abcdefghjkmnpqrstuvwxyz23456789]{10}$/;
/** The presenter's key (128 random bits, hex) and an attendee's id made on the device (128 bits, hex). */
export const ROOM_KEY = /^[0-9a-f]{32}$/;
export const ATTENDEE_ID = /^[0-9a-f]{32}$/;
const ARM_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

export const LIMITS = {
  /** Largest request body the server reads. */
  bodyBytes: 16 * 1024,
  rooms: 100,
  attendeesPerRoom: 500,
  /** Requests one attendee may make per minute (a page posts once per evaluation, in batches when late). */
  postsPerMinute: 120,
  resultsPerPost: 50,
  armsPerResult: 8,
  /** Evaluations kept per attendee (and seed). */
  resultsPerAttendee: 2000,
  /** Results the whole server keeps (all rooms): bounds its memory, about 250 bytes each. */
  resultsTotal: 500_000,
  iteration: 1_000_000,
  nameChars: 40,
  settingsChars: 2000,
} as const;

export interface ArmFigures {
  name: string;
  method: string;
  /** Held-out accuracy, greedy and sampled, as shares (0..1). */
  greedy: number;
  sampled: number;
  /** The arm's mean token entropy at this iteration (null: none, e.g. the base evaluation at 0). */
  entropy: number | null;
}

export interface ClassResult {
  iteration: number;
  arms: ArmFigures[];
}

export interface CreateRequest {
  /** The presenter's link hash (settings and view), handed to every attendee. */
  settings: string;
}
export interface CreateResponse {
  code: string;
  key: string;
}
export interface JoinRequest {
  attendee: string;
  name: string;
}
export interface JoinResponse {
  seed: number;
  settings: string;
}
export interface ResultsRequest {
  attendee: string;
  seed: number;
  results: ClassResult[];
}
export interface ResultsResponse {
  stored: number;
  duplicates: number;
}

export interface AttendeeView {
  id: string;
  name: string;
  seed: number;
  joined: string;
  results: ClassResult[];
}
export interface RoomView {
  code: string;
  created: string;
  settings: string;
  attendees: AttendeeView[];
}

/** A field that failed its check: the server answers 400 with this text. */
export class FieldError extends Error {}

type Json = Record<string, unknown>;

function object(v: unknown, what: string, keys: readonly string[]): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new FieldError(`${what}: expected an object`);
  const extra = Object.keys(v).filter((k) => !keys.includes(k));
  if (extra.length) throw new FieldError(`${what}: unknown field ${extra[0].slice(0, 40)}`);
  return v as Json;
}

function text(v: unknown, what: string, max: number, pattern?: RegExp): string {
  if (typeof v !== 'string') throw new FieldError(`${what}: expected text`);
  if (v.length > max) throw new FieldError(`${what}: longer than ${max} characters`);
  if (pattern && !pattern.test(v)) throw new FieldError(`${what}: not in the expected form`);
  return v;
}

function integer(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new FieldError(`${what}: expected a whole number from ${min} to ${max}`);
  return v;
}

function share(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
    throw new FieldError(`${what}: expected a number from 0 to 1`);
  return v;
}

function list(v: unknown, what: string, min: number, max: number): unknown[] {
  if (!Array.isArray(v) || v.length < min || v.length > max)
    throw new FieldError(`${what}: expected a list of ${min} to ${max} entries`);
  return v;
}

/** A display name: printable text only (no control or format characters), trimmed. */
export function displayName(v: unknown): string {
  const s = text(v ?? '', 'name', LIMITS.nameChars).trim();
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(s)) throw new FieldError('name: control characters are not allowed');
  return s;
}

export function checkCreate(v: unknown): CreateRequest {
  const o = object(v, 'room', ['settings']);
  // The hash of a link: printable ASCII without spaces, as formatHash writes it.
  return { settings: text(o.settings, 'settings', LIMITS.settingsChars, /^#?[\x21-\x7e]*$/) };
}

export function checkJoin(v: unknown): JoinRequest {
  const o = object(v, 'join', ['attendee', 'name']);
  return { attendee: text(o.attendee, 'attendee', 32, ATTENDEE_ID), name: displayName(o.name) };
}

function checkArm(v: unknown, what: string): ArmFigures {
  const o = object(v, what, ['name', 'method', 'greedy', 'sampled', 'entropy']);
  const method = text(o.method, `${what}.method`, 16);
  if (!(METHODS as readonly string[]).includes(method))
    throw new FieldError(`${what}.method: unknown method`);
  const entropy = o.entropy;
  if (
    entropy !== null &&
    (typeof entropy !== 'number' || !Number.isFinite(entropy) || entropy < 0 || entropy > 100)
  )
    throw new FieldError(`${what}.entropy: expected null or a number from 0 to 100`);
  return {
    name: text(o.name, `${what}.name`, 32, ARM_NAME),
    method,
    greedy: share(o.greedy, `${what}.greedy`),
    sampled: share(o.sampled, `${what}.sampled`),
    entropy: entropy as number | null,
  };
}

export function checkResult(v: unknown, what = 'result'): ClassResult {
  const o = object(v, what, ['iteration', 'arms']);
  const arms = list(o.arms, `${what}.arms`, 1, LIMITS.armsPerResult).map((a, i) =>
    checkArm(a, `${what}.arms[${i}]`),
  );
  if (new Set(arms.map((a) => a.name)).size !== arms.length)
    throw new FieldError(`${what}.arms: an arm appears twice`);
  return { iteration: integer(o.iteration, `${what}.iteration`, 0, LIMITS.iteration), arms };
}

export function checkResults(v: unknown): ResultsRequest {
  const o = object(v, 'results', ['attendee', 'seed', 'results']);
  return {
    attendee: text(o.attendee, 'attendee', 32, ATTENDEE_ID),
    seed: integer(o.seed, 'seed', 0, 0xffffffff),
    results: list(o.results, 'results', 1, LIMITS.resultsPerPost).map((r, i) =>
      checkResult(r, `results[${i}]`),
    ),
  };
}
