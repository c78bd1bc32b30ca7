/** The class run as the page shows it: the presenter's room and its view, or this attendee's reporting. */
import { create } from 'zustand';
import type { RoomView } from '../../formats/classRoom/roomMessages';
import type { OutboxState } from './outbox';

export interface PresenterRoom {
  code: string;
  key: string;
}

export interface AttendeeStatus {
  code: string;
  id: string;
  name: string;
  /** The seed the room gave this page (null until it has joined). */
  seed: number | null;
  /** Why the page has not joined (yet), or null. */
  joinProblem: string | null;
  /** True while the page's settings are not the room's (nothing is sent then). */
  settingsDiffer: boolean;
  outbox: OutboxState;
}

export interface ClassRunState {
  /** Whether this server has class rooms (null: not asked yet). */
  available: boolean | null;
  room: PresenterRoom | null;
  viewOpen: boolean;
  view: RoomView | null;
  /** The last problem reaching the room, shown in the class view. */
  problem: string | null;
  attendee: AttendeeStatus | null;
}

export const useClassRunStore = create<ClassRunState>()(() => ({
  available: null,
  room: null,
  viewOpen: false,
  view: null,
  problem: null,
  attendee: null,
}));
