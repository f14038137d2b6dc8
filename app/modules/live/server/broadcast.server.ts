// Sending live changes to the rooms. Through the socket.io adapter, a broadcast from one server
// process reaches clients of every process (PostgreSQL adapter when DATABASE_URL is set).
import { getServices } from "../../../services.server.ts";
import { personRoom } from "../../auth/session.server.ts";
import { liveMeetingIdsOfPanel } from "../../meetings/meetings.server.ts";
import { isInPanel } from "../../panels/panels.server.ts";
import { readLiveState } from "./meeting-state.server.ts";
import { handOf, openHands, readQueue } from "./queue.server.ts";
import { liveRooms, SERVER_EVENTS, type LiveNote, type MyHandEvent, type TypingEvent } from "../client/protocol.ts";
import { raiseMeetingRevision } from "./revisions.server.ts";

function io() {
  return getServices().io;
}

export function broadcastNote(note: LiveNote): void {
  raiseMeetingRevision(note.meetingId);
  io()?.to(liveRooms.meeting(note.meetingId)).emit(SERVER_EVENTS.note, note);
}

export async function broadcastState(meetingId: string): Promise<void> {
  raiseMeetingRevision(meetingId);
  const server = io();
  if (!server) return;
  const state = await readLiveState(meetingId);
  if (state) server.to(liveRooms.meeting(meetingId)).emit(SERVER_EVENTS.state, state);
}

/** The organisers' queue, and each person with a hand up their place in it. */
export async function broadcastQueue(meetingId: string, alsoTell: string[] = []): Promise<void> {
  raiseMeetingRevision(meetingId);
  const server = io();
  if (!server) return;
  server.to(liveRooms.organisers(meetingId)).emit(SERVER_EVENTS.queue, await readQueue(meetingId));
  // One read of the hands for everyone's place, not one per person.
  const hands = await openHands(meetingId);
  const people = new Set([...hands.map((h) => h.personId), ...alsoTell]);
  for (const personId of people) {
    const event: MyHandEvent = { meetingId, hand: handOf(hands, personId) };
    server.to(personRoom(personId)).emit(SERVER_EVENTS.myHand, event);
  }
}

export function broadcastTyping(event: TypingEvent, exceptSocketId?: string): void {
  const server = io();
  if (!server) return;
  const room = server.to(liveRooms.noteTakers(event.meetingId));
  (exceptSocketId ? room.except(exceptSocketId) : room).emit(SERVER_EVENTS.typing, event);
}

/** Tell a person's open pages to join again: what they may do has changed. */
export function askToResync(personId: string, meetingId: string): void {
  io()?.to(personRoom(personId)).emit(SERVER_EVENTS.resync, { meetingId });
}

/**
 * A person removed from a panel stops following its meetings at once: their connections leave
 * the rooms of every meeting of the panel that is running, and are told why.
 */
async function cutOffFromPanel(personId: string, panelId: string): Promise<void> {
  const server = io();
  if (!server) return;
  const meetingIds = await liveMeetingIdsOfPanel(panelId);
  if (meetingIds.length === 0) return;
  const rooms = meetingIds.flatMap((id) => [liveRooms.meeting(id), liveRooms.organisers(id), liveRooms.noteTakers(id)]);
  server.in(personRoom(personId)).socketsLeave(rooms);
  for (const meetingId of meetingIds) server.to(personRoom(personId)).emit(SERVER_EVENTS.removed, { meetingId });
}

/** After someone's roles in a panel change: cut off if none are left, otherwise refresh what they may do. */
export async function afterRolesChanged(personId: string, panelId: string): Promise<void> {
  if (!(await isInPanel(personId, panelId))) return cutOffFromPanel(personId, panelId);
  for (const meetingId of await liveMeetingIdsOfPanel(panelId, { stillRunning: true })) askToResync(personId, meetingId);
}
