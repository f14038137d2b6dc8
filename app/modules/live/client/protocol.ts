// The live meeting protocol (docs/decisions/010-live-notes-protocol.md): event names, the zod
// schemas every client event is parsed with on the server, and the shapes the server sends.
// Shared by the browser and the server, so it holds no server code.
import { z } from "zod";

export const NOTE_KINDS = ["POINT", "DECISION", "ACTION", "QUESTION"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const noteKindLabels: Record<NoteKind, string> = {
  POINT: "Point",
  DECISION: "Decision",
  ACTION: "Action",
  QUESTION: "Question to come back to",
};

export const ANNOUNCEMENT_CHOICES = ["ALL", "IMPORTANT", "NONE"] as const;
export type AnnouncementChoice = (typeof ANNOUNCEMENT_CHOICES)[number];

export const announcementLabels: Record<AnnouncementChoice, string> = {
  ALL: "Tell me about every new note (summarised)",
  IMPORTANT: "Only decisions and when the item changes",
  NONE: "Nothing: I will read at my own pace",
};

const MAX_NOTE_LENGTH = 2000;
const MAX_MESSAGE_LENGTH = 1000;
const MAX_WORD_LENGTH = 60;

/** Client → server events. Every one is acknowledged: `(payload, ack) => ack(result)`. */
export const CLIENT_EVENTS = {
  join: "live:join",
  addNote: "note:add",
  correctNote: "note:correct",
  typing: "note:typing",
  raiseHand: "hand:raise",
  lowerHand: "hand:lower",
  confused: "confusion:add",
  message: "message:add",
  // Chair (and organisers where said): moving the meeting on.
  start: "chair:start",
  setItem: "chair:set-item",
  startBreak: "chair:break-start",
  endBreak: "chair:break-end",
  end: "chair:end",
  nameNoteTaker: "chair:note-taker",
  callHand: "chair:lower-hand",
  markSeen: "chair:seen",
} as const;

/** Server → client events. */
export const SERVER_EVENTS = {
  /** The meeting's state changed (item, break, started, ended, note-takers): replace yours. */
  state: "live:state",
  /** A note was added or corrected: upsert by id, keep the higher version. */
  note: "note:saved",
  /** Someone started or stopped writing (to note-takers only). */
  typing: "note:typing",
  /** The organisers' queue changed (hands, "I don't understand", comments, break requests). */
  queue: "live:queue",
  /** Your own hand, for the hand-up button and your place in the queue. */
  myHand: "live:my-hand",
  /** You sent too many events; the named one was not stored. Try again shortly. */
  slowDown: "live:slow-down",
  /** You are no longer in this panel: the page stops following the meeting. */
  removed: "live:removed",
  /** What you may do changed (named note-taker, role): join again for a fresh snapshot. */
  resync: "live:resync",
} as const;

const id = z.uuid();
const meetingId = z.object({ meetingId: id });
const trimmed = (max: number, label: string) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `${label} must be ${max} characters or fewer`));
const recommendation = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^R\d{1,2}\.\d{1,2}$/, "Recommendations look like R6.4");
const dueOn = z.iso.date({ message: "Enter the date as year-month-day, for example 2026-12-31" });

const noteFieldsSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  text: trimmed(MAX_NOTE_LENGTH, "A note").pipe(z.string().min(1, "Write the note")),
  agreedBy: trimmed(200, "Who agreed").optional().default(""),
  ownerId: id.nullish(),
  ownerName: trimmed(120, "The owner's name").optional().default(""),
  dueOn: dueOn.nullish(),
  recommendations: z.array(recommendation).max(20).optional().default([]),
});
export type NoteFields = z.infer<typeof noteFieldsSchema>;

export const clientSchemas = {
  join: meetingId,
  addNote: meetingId.extend({ id, itemId: id.nullable(), ...noteFieldsSchema.shape }),
  correctNote: meetingId.extend({ noteId: id, editId: id, baseVersion: z.int().min(1), ...noteFieldsSchema.shape }),
  typing: meetingId.extend({
    itemId: id.nullable(),
    kind: z.enum(NOTE_KINDS).optional().default("POINT"),
    // The private draft: saved for the writer only; empty when they stop.
    text: z.string().max(MAX_NOTE_LENGTH),
  }),
  raiseHand: meetingId.extend({ id, aboutAccess: z.boolean().optional().default(false) }),
  lowerHand: meetingId,
  confused: meetingId.extend({
    id,
    itemId: id.nullable(),
    word: trimmed(MAX_WORD_LENGTH, "The word").optional().default(""),
    anonymous: z.boolean().optional().default(false),
  }),
  message: meetingId.extend({
    id,
    kind: z.enum(["COMMENT", "BREAK"]),
    text: trimmed(MAX_MESSAGE_LENGTH, "Your message").optional().default(""),
    anonymous: z.boolean().optional().default(false),
  }),
  start: meetingId,
  setItem: meetingId.extend({ entryId: id }),
  startBreak: meetingId,
  endBreak: meetingId,
  end: meetingId,
  nameNoteTaker: meetingId.extend({ personId: id, noteTaker: z.boolean() }),
  callHand: meetingId.extend({ handId: id }),
  markSeen: meetingId.extend({ kind: z.enum(["confusion", "message"]), id }),
} satisfies Record<keyof typeof CLIENT_EVENTS, z.ZodType>;

// ----- What the server sends -----

export type LiveNote = {
  id: string;
  meetingId: string;
  seq: number;
  itemId: string | null;
  kind: NoteKind;
  text: string;
  agreedBy: string;
  ownerId: string | null;
  ownerName: string;
  /** yyyy-mm-dd */
  dueOn: string | null;
  recommendations: string[];
  version: number;
  authorId: string;
  authorName: string;
  /** ISO times */
  createdAt: string;
  updatedAt: string;
  /** Who saved this version: the author, or whoever corrected it last. */
  editedById: string;
  editedByName: string;
};

export type LiveEntry = {
  entryId: string;
  kind: "ITEM" | "BREAK";
  /** 1, 2, 3 … for items; null for breaks. */
  number: number | null;
  itemId: string | null;
  title: string;
  about: string;
  presenter: string;
  minutesPlanned: number;
  /** Whole minutes this entry has been current so far. */
  minutesUsed: number;
  paperLink: string;
  relatedRecommendations: string[];
};

export type LiveState = {
  meetingId: string;
  panelId: string;
  title: string;
  startsAt: string;
  liveStartedAt: string | null;
  liveEndedAt: string | null;
  currentEntryId: string | null;
  onBreakSince: string | null;
  /** When the current entry (or break) began, for "time used" on the chair's screen. */
  currentSince: string | null;
  entries: LiveEntry[];
  noteTakers: { personId: string; name: string }[];
};

type QueueHand = { id: string; personId: string; name: string; aboutAccess: boolean; raisedAt: string };
export type QueueConfusion = { id: string; itemId: string | null; word: string; name: string | null; createdAt: string };
type QueueMessage = { id: string; kind: "COMMENT" | "BREAK"; text: string; name: string | null; createdAt: string };

/** Only organisers receive this. Anonymous entries never carry a name. */
export type LiveQueue = {
  meetingId: string;
  hands: QueueHand[];
  confusions: QueueConfusion[];
  messages: QueueMessage[];
};

export type MyHand = { id: string; aboutAccess: boolean; /** 1 = next to speak */ place: number };
/** Sent to the person's own connections when their hand changes (null: no hand up). */
export type MyHandEvent = { meetingId: string; hand: MyHand | null };

type LiveMe = {
  personId: string;
  name: string;
  canTakeNotes: boolean;
  /** Chair controls: current item, breaks, start and end. */
  canChair: boolean;
  /** Sees the queue (hands, "I don't understand", comments, break requests). */
  canSeeQueue: boolean;
  hand: MyHand | null;
  draft: { itemId: string | null; kind: NoteKind; text: string } | null;
  announcements: AnnouncementChoice;
  easyView: boolean;
};

export type LiveSnapshot = {
  state: LiveState;
  notes: LiveNote[];
  me: LiveMe;
  queue: LiveQueue | null;
  glossary: { term: string; explanation: string }[];
  /** Who can own an action or be named to take notes (the panel's active members, chair and officers): for note-takers only, empty for everyone else. */
  people: { personId: string; name: string }[];
};

export type TypingEvent = { meetingId: string; personId: string; name: string; itemId: string | null; active: boolean };

export const ACK_ERRORS = {
  invalid: "invalid",
  notFound: "not-found",
  forbidden: "forbidden",
  notLive: "not-live",
  conflict: "conflict",
  rateLimited: "rate-limited",
  serverError: "server-error",
} as const;
export type AckError = (typeof ACK_ERRORS)[keyof typeof ACK_ERRORS];

export type Ack<T = Record<string, never>> =
  | ({ ok: true } & T)
  | { ok: false; error: AckError; message: string; fields?: Record<string, string[]>; current?: LiveNote };

export type JoinAck = Ack<{ snapshot: LiveSnapshot }>;

/** The socket.io room names, so process A's broadcast reaches process B's clients. */
export const liveRooms = {
  meeting: (meetingId: string) => `meeting:${meetingId}`,
  organisers: (meetingId: string) => `meeting:${meetingId}:organisers`,
  noteTakers: (meetingId: string) => `meeting:${meetingId}:note-takers`,
};
