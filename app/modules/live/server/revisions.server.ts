// A counter per meeting, raised whenever a change to what its pages show is sent to them (notes,
// the meeting's state, hands). A snapshot read at revision r is still complete for a page joining
// while the counter is r: anything stored since then is sent after the page joined its rooms.
// Kept on globalThis: the Remix bundle (no-JavaScript posts) has its own copy of every module,
// and its changes must count for the server's sockets too.
const key = Symbol.for("panel.liveRevisions");
type Holder = { [key]?: Map<string, number> };

function revisions(): Map<string, number> {
  const holder = globalThis as Holder;
  holder[key] ??= new Map();
  return holder[key];
}

export function meetingRevision(meetingId: string): number {
  return revisions().get(meetingId) ?? 0;
}

/** Call after the change is stored and before it is sent. */
export function raiseMeetingRevision(meetingId: string): void {
  const all = revisions();
  all.set(meetingId, (all.get(meetingId) ?? 0) + 1);
}
