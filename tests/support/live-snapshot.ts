// Live meeting snapshots built in memory, for the pure parts of the live page (announcements,
// catch me up, the page's state): a meeting with three items and a break, and notes to order.
import type { LiveEntry, LiveNote, LiveSnapshot, LiveState } from "../../app/modules/live/client/protocol.ts";

export const liveIds = {
  meeting: "10000000-0000-4000-8000-000000000001",
  panel: "10000000-0000-4000-8000-000000000002",
  entries: [
    "10000000-0000-4000-8000-000000000101",
    "10000000-0000-4000-8000-000000000102",
    "10000000-0000-4000-8000-000000000103",
    "10000000-0000-4000-8000-000000000104",
  ],
  items: ["10000000-0000-4000-8000-000000000201", "10000000-0000-4000-8000-000000000202", "10000000-0000-4000-8000-000000000203"],
  chair: "10000000-0000-4000-8000-000000000301",
  member: "10000000-0000-4000-8000-000000000302",
};

function entry(index: number, details: Partial<LiveEntry>): LiveEntry {
  return {
    entryId: liveIds.entries[index]!,
    kind: "ITEM",
    number: null,
    itemId: null,
    title: "",
    about: "",
    presenter: "",
    minutesPlanned: 15,
    minutesUsed: 0,
    paperLink: "",
    relatedRecommendations: [],
    ...details,
  };
}

export function liveState(changes: Partial<LiveState> = {}): LiveState {
  return {
    meetingId: liveIds.meeting,
    panelId: liveIds.panel,
    title: "Panel meeting",
    startsAt: "2026-11-24T10:00:00.000Z",
    liveStartedAt: "2026-11-24T10:01:00.000Z",
    liveEndedAt: null,
    currentEntryId: null,
    onBreakSince: null,
    currentSince: null,
    entries: [
      entry(0, { number: 1, itemId: liveIds.items[0], title: "Welcome", presenter: "Alex Morgan", minutesPlanned: 10 }),
      entry(1, { number: 2, itemId: liveIds.items[1], title: "Easy read letters", minutesPlanned: 15 }),
      entry(2, { kind: "BREAK", title: "Tea break", minutesPlanned: 15 }),
      entry(3, { number: 3, itemId: liveIds.items[2], title: "Day services", presenter: "Chris Jones", minutesPlanned: 30 }),
    ],
    noteTakers: [],
    ...changes,
  };
}

let seq = 0;

export function liveNote(changes: Partial<LiveNote> = {}): LiveNote {
  seq += 1;
  return {
    id: `20000000-0000-4000-8000-${String(seq).padStart(12, "0")}`,
    meetingId: liveIds.meeting,
    seq,
    itemId: liveIds.items[0]!,
    kind: "POINT",
    text: `Point ${seq}`,
    agreedBy: "",
    ownerId: null,
    ownerName: "",
    dueOn: null,
    recommendations: [],
    version: 1,
    authorId: liveIds.chair,
    authorName: "Alex Morgan",
    createdAt: "2026-11-24T10:05:00.000Z",
    updatedAt: "2026-11-24T10:05:00.000Z",
    editedById: liveIds.chair,
    editedByName: "Alex Morgan",
    ...changes,
  };
}

export function liveSnapshot(changes: Partial<LiveSnapshot> = {}): LiveSnapshot {
  return {
    state: liveState(),
    notes: [],
    me: {
      personId: liveIds.member,
      name: "Priya Shah",
      canTakeNotes: false,
      canChair: false,
      canSeeQueue: false,
      hand: null,
      draft: null,
      announcements: "ALL",
      easyView: false,
    },
    queue: null,
    glossary: [],
    people: [],
    ...changes,
  };
}
