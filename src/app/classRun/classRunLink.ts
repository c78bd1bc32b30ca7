/** The attendees' link while the presenter has a class room open: the page's link with the room in it. */
import { useClassRunStore } from './classRunStore';
import { withRoom } from './roomLink';

export function classRunLink(href: string): string {
  const room = useClassRunStore.getState().room;
  return room ? withRoom(href, room.code) : href;
}
