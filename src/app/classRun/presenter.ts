/**
 * The presenter's side of a class run: asks once whether this server has rooms, opens a room (or the one
 * this browser opened before, if the server still has it), reads it every few seconds while the class
 * view is open, and drops an attendee's results on request.
 */
import { formatHash } from '../../formats/settings/hash';
import { useSettingsStore } from '../settings/settingsStore';
import { useViewStore } from '../view/viewStore';
import { useClassRunStore } from './classRunStore';
import { savedPresenterRoom, savePresenterRoom } from './deviceStore';
import { classRoomsHere, createRoom, dropAttendee, RoomCallError, readRoom } from './roomCalls';

export const REFRESH_MS = 2000;

let asked: Promise<void> | null = null;

/** Asks the server once per page whether it has class rooms. */
export function checkClassRooms(): Promise<void> {
  asked ??= classRoomsHere().then((available) => useClassRunStore.setState({ available }));
  return asked;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads the room into the store; false when the server no longer has it. */
export async function refreshRoom(): Promise<boolean> {
  const room = useClassRunStore.getState().room;
  if (!room) return false;
  try {
    const view = await readRoom(room.code, room.key);
    if (useClassRunStore.getState().room?.code === room.code)
      useClassRunStore.setState({ view, problem: null });
    return true;
  } catch (e) {
    useClassRunStore.setState({ problem: message(e) });
    return !(e instanceof RoomCallError && (e.status === 404 || e.status === 403));
  }
}

/** Opens the class view on this browser's room, or on a new one with the page's settings. */
export async function startClassRun(fresh = false): Promise<void> {
  const saved = fresh ? null : savedPresenterRoom();
  if (saved) {
    useClassRunStore.setState({ room: saved, view: null, viewOpen: true });
    if (await refreshRoom()) return;
  }
  try {
    const hash = formatHash(useSettingsStore.getState().settings, useViewStore.getState().view);
    const room = await createRoom(hash);
    savePresenterRoom(room);
    useClassRunStore.setState({ room, view: null, viewOpen: true, problem: null });
    await refreshRoom();
  } catch (e) {
    useClassRunStore.setState({ room: null, viewOpen: true, problem: message(e) });
  }
}

export function closeClassView(): void {
  useClassRunStore.setState({ viewOpen: false });
}

export async function dropFromRoom(attendee: string): Promise<void> {
  const room = useClassRunStore.getState().room;
  if (!room) return;
  try {
    await dropAttendee(room.code, room.key, attendee);
  } catch (e) {
    useClassRunStore.setState({ problem: message(e) });
  }
  await refreshRoom();
}
