// The live page's forms, told apart by a hidden `intent`, turned into protocol events. One mapping
// for both ways a form is sent: posted without JavaScript (the route's action), or sent over the
// socket by the page's script. The protocol's zod schemas then check the payload the same way on
// the server either way (app/modules/live/client/protocol.ts). Browser-safe and pure.
import { DATE_PARTS, datePartsFrom, readDateParts } from "../../../dates.ts";
import type { CLIENT_EVENTS, NoteKind } from "./protocol.ts";

export const LIVE_INTENTS = {
  "add-note": "addNote",
  "correct-note": "correctNote",
  "raise-hand": "raiseHand",
  "lower-hand": "lowerHand",
  confused: "confused",
  message: "message",
  "ask-for-break": "message",
  start: "start",
  "set-item": "setItem",
  "start-break": "startBreak",
  "end-break": "endBreak",
  end: "end",
  "note-taker": "nameNoteTaker",
  "call-hand": "callHand",
  "mark-seen": "markSeen",
} as const satisfies Record<string, keyof typeof CLIENT_EVENTS>;

export type LiveIntent = keyof typeof LIVE_INTENTS;

export function isLiveIntent(value: unknown): value is LiveIntent {
  return typeof value === "string" && Object.hasOwn(LIVE_INTENTS, value);
}

/** The fields each form posts, as strings (a checkbox posts "on" when ticked). */
export type PostedFields = Record<string, string>;

export function postedFields(form: FormData): PostedFields {
  const fields: PostedFields = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  return fields;
}

const ticked = (value: string | undefined) => value === "on" || value === "true";
const orNull = (value: string | undefined) => (value ? value : null);

/** "R6.4, r7.1 R8.2" → ["R6.4", "r7.1", "R8.2"]: the protocol checks and tidies each one. */
export function splitRecommendations(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[\s,;]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/**
 * "By when" is a GOV.UK date input (dueOn-day, dueOn-month, dueOn-year): the date it says, null
 * when blank, or what was typed when it is not a date, for the protocol to refuse.
 */
function dueOnOf(fields: PostedFields): string | null {
  const read = readDateParts(datePartsFrom(fields, "dueOn"));
  if (read.kind === "date") return read.date;
  if (read.kind === "empty") return null;
  return DATE_PARTS.map((part) => fields[`dueOn-${part}`] ?? "").join("/");
}

/** What is wrong with an action's "By when", naming the box, before the protocol's own checks. */
export function dueDateProblem(intent: string, fields: PostedFields): string | null {
  if ((intent !== "add-note" && intent !== "correct-note") || fields.kind !== "ACTION") return null;
  const read = readDateParts(datePartsFrom(fields, "dueOn"));
  return read.kind === "problem" ? `The due date ${read.problem}` : null;
}

/** A note's fields; those for another kind of note (left filled in after changing kind) are dropped. */
function noteFields(fields: PostedFields) {
  const kind = (fields.kind ?? "") as NoteKind;
  const isAction = kind === "ACTION";
  return {
    kind,
    text: fields.text ?? "",
    agreedBy: kind === "DECISION" ? (fields.agreedBy ?? "") : "",
    ownerId: isAction ? orNull(fields.ownerId) : null,
    ownerName: isAction ? (fields.ownerName ?? "") : "",
    dueOn: isAction ? dueOnOf(fields) : null,
    recommendations: isAction ? splitRecommendations(fields.recommendations) : [],
  };
}

/**
 * The event and payload for a posted form. Ids a form did not carry are made by `newId` (the
 * server makes them for forms posted without JavaScript; the page's script for its own sends).
 */
export function eventFor(
  intent: LiveIntent,
  fields: PostedFields,
  meetingId: string,
  newId: () => string,
): { event: (typeof LIVE_INTENTS)[LiveIntent]; payload: Record<string, unknown> } {
  const event = LIVE_INTENTS[intent];
  const id = fields.id || newId();
  const base = { meetingId };
  switch (intent) {
    case "add-note":
      return { event, payload: { ...base, id, itemId: orNull(fields.itemId), ...noteFields(fields) } };
    case "correct-note":
      return {
        event,
        payload: { ...base, noteId: fields.noteId ?? "", editId: fields.editId || newId(), baseVersion: Number(fields.baseVersion), ...noteFields(fields) },
      };
    case "raise-hand":
      return { event, payload: { ...base, id, aboutAccess: ticked(fields.aboutAccess) } };
    case "confused":
      return { event, payload: { ...base, id, itemId: orNull(fields.itemId), word: fields.word ?? "", anonymous: ticked(fields.anonymous) } };
    case "message":
      return { event, payload: { ...base, id, kind: "COMMENT", text: fields.text ?? "", anonymous: ticked(fields.anonymous) } };
    case "ask-for-break":
      return { event, payload: { ...base, id, kind: "BREAK", text: "", anonymous: ticked(fields.anonymous) } };
    case "set-item":
      return { event, payload: { ...base, entryId: fields.entryId ?? "" } };
    case "note-taker":
      return { event, payload: { ...base, personId: fields.personId ?? "", noteTaker: fields.noteTaker === "true" } };
    case "call-hand":
      return { event, payload: { ...base, handId: fields.handId ?? "" } };
    case "mark-seen":
      return { event, payload: { ...base, kind: fields.kind ?? "", id: fields.queueId ?? "" } };
    case "lower-hand":
    case "start":
    case "start-break":
    case "end-break":
    case "end":
      return { event, payload: base };
  }
}

/**
 * The page's script makes a new id for every send, so it drops the ones the server rendered into
 * the form for a post without JavaScript (those stay the same until the page reloads).
 */
export function withoutRenderedIds(fields: PostedFields): PostedFields {
  const { id: _id, editId: _editId, ...rest } = fields;
  return rest;
}

/** The fields a refusal names, keyed as the form's inputs are ("recommendations.0" → "recommendations"). */
export function fieldErrorsOf(fields: Record<string, string[]> | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields ?? {})) {
    const name = path.split(".")[0] ?? "";
    if (messages[0] && !errors[name]) errors[name] = messages[0];
  }
  return errors;
}

/** The inputs each form shows, so an error on anything else (a hidden id) is the form's own. */
export const VISIBLE_FIELDS: Partial<Record<LiveIntent, readonly string[]>> = {
  "add-note": ["kind", "text", "agreedBy", "ownerId", "ownerName", "dueOn", "recommendations", "itemId"],
  "correct-note": ["kind", "text", "agreedBy", "ownerId", "ownerName", "dueOn", "recommendations"],
  "raise-hand": ["aboutAccess"],
  confused: ["word", "anonymous"],
  message: ["text", "anonymous"],
  "ask-for-break": ["anonymous"],
};
