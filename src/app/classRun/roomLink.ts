/**
 * Where a class room lives in a link: `?room=<code>` in the query (before the hash, which holds the
 * settings). Pure, so the tests check it without a page.
 */
import { ROOM_CODE } from '../../formats/classRoom/roomMessages';

/** The room code in `href`, or null when there is none or it is not a room code. */
export function roomInLink(href: string): string | null {
  const code = new URL(href).searchParams.get('room');
  return code !== null && ROOM_CODE.test(code) ? code : null;
}

/** `href` with `code` as its room (or without any room, for null). */
export function withRoom(href: string, code: string | null): string {
  const url = new URL(href);
  if (code) url.searchParams.set('room', code);
  else url.searchParams.delete('room');
  return url.toString();
}
