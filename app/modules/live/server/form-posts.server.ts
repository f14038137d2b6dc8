// The live page's forms posted without JavaScript (with JavaScript the same forms go over the
// socket): each is counted against the person's budget, sent through handleLiveEvent like the
// socket event it stands for, and answered with where to go next or the refusal to show beside
// the form's fields. Also the banner the page shows once a post is done.
import type { Actor } from "../../auth/actor.server.ts";
import { idSchema } from "../../auth/permissions.server.ts";
import { hitRateLimit } from "../../auth/rate-limit.server.ts";
import { handleLiveEvent } from "./events.server.ts";
import type { LiveFormReply } from "../ui/live-form.tsx";
import { visibleErrors } from "../ui/live-form.tsx";
import { dueDateProblem, eventFor, fieldErrorsOf, type LiveIntent, type PostedFields } from "../client/form-events.ts";
import { newId } from "../client/live-ids.ts";
import { ACK_ERRORS, type AckError } from "../client/protocol.ts";
import type { WordAnswer } from "../ui/take-part.tsx";

/** What the page says after a form posted without JavaScript is done (post, redirect, get). */
const banners: Record<string, string> = {
  note: "Your note is added.",
  correction: "Your correction is saved.",
  kept: "Their version is kept. Your correction was not saved.",
  hand: "You have asked to speak.",
  "hand-down": "Your hand is down.",
  confused: "We have told the chair.",
  message: "Your message is sent to the chair.",
  break: "The chair has been asked for a break.",
  started: "The meeting is live.",
  moved: "Everyone following the meeting now sees this item.",
  "break-started": "The break has started.",
  "break-ended": "The break is over.",
  ended: "The meeting has ended.",
  "note-takers": "The note-takers are updated.",
  called: "Their hand is down: they can speak now.",
  seen: "Marked as seen.",
  settings: "Your settings for this page are saved.",
};

const doneKeys: Record<LiveIntent, string> = {
  "add-note": "note",
  "correct-note": "correction",
  "raise-hand": "hand",
  "lower-hand": "hand-down",
  confused: "confused",
  message: "message",
  "ask-for-break": "break",
  start: "started",
  "set-item": "moved",
  "start-break": "break-started",
  "end-break": "break-ended",
  end: "ended",
  "note-taker": "note-takers",
  "call-hand": "called",
  "mark-seen": "seen",
};

/** Where on the page to come back to after each form, so the reading position is kept. */
const anchors: Partial<Record<LiveIntent, string>> = {
  "add-note": "composer-heading",
  "raise-hand": "speak-heading",
  "lower-hand": "speak-heading",
  confused: "confused-heading",
  message: "message-heading",
  "ask-for-break": "break-heading",
  "set-item": "agenda-heading",
  "note-taker": "note-takers-heading",
  "call-hand": "queue-heading",
  "mark-seen": "queue-heading",
};

const statusFor: Record<AckError, number> = {
  [ACK_ERRORS.invalid]: 400,
  [ACK_ERRORS.notFound]: 404,
  [ACK_ERRORS.forbidden]: 403,
  [ACK_ERRORS.notLive]: 400,
  [ACK_ERRORS.conflict]: 409,
  [ACK_ERRORS.rateLimited]: 429,
  [ACK_ERRORS.serverError]: 500,
};

/** The banner for `?done=` after a post, redirect and get. */
export function bannerAfter(done: string): string | null {
  return banners[done] ?? null;
}

/** "I don't understand" on a word, posted without JavaScript: its explanation when the glossary has it. */
export function answerFor(word: string, glossary: { term: string; explanation: string }[]): WordAnswer {
  const clean = word.replace(/\s+/g, " ").trim().slice(0, 60);
  const term = clean ? glossary.find((t) => t.term.toLowerCase() === clean.toLowerCase()) : undefined;
  return { word: term?.term ?? clean, explanation: term?.explanation ?? null, suggested: Boolean(clean) && !term };
}

/** The form a refusal belongs to, so its message shows beside the right fields. */
function formIdFor(intent: LiveIntent, fields: PostedFields): string {
  const id = (value: string | undefined) => (idSchema.safeParse(value).success ? value : null);
  switch (intent) {
    case "add-note":
      return "composer";
    case "correct-note":
      return id(fields.noteId) ? `correct-${fields.noteId}` : "page";
    case "raise-hand":
      return "hand";
    case "ask-for-break":
      return "break";
    case "set-item":
      return id(fields.entryId) ? `set-item-${fields.entryId}` : "page";
    case "call-hand":
      return id(fields.handId) ? `call-${fields.handId}` : "page";
    case "mark-seen":
      return id(fields.queueId) ? `seen-${fields.queueId}` : "page";
    case "note-taker":
      return fields.noteTaker === "false" && id(fields.personId) ? `note-taker-${fields.personId}` : "note-taker";
    default:
      return intent;
  }
}

/** Far above what a person sends by hand, far below a script. */
const LIVE_POSTS_PER_MINUTE = 60;

export type LiveFormAnswer = { ok: true; next: string } | { ok: false; reply: LiveFormReply; status: number };

/**
 * One live form, posted without JavaScript. The socket has its own per-connection budget; form
 * posts count per person, across processes. Done: `next` is the query and anchor to go back to.
 */
export async function handleLiveFormPost(actor: Actor, meetingId: string, intent: LiveIntent, fields: PostedFields): Promise<LiveFormAnswer> {
  const formId = formIdFor(intent, fields);
  const budget = await hitRateLimit(`live-post:${actor.personId}`, LIVE_POSTS_PER_MINUTE, 60_000);
  if (!budget.allowed) {
    const message = `You have sent a lot in the last minute. Wait ${budget.retryAfterSeconds} seconds, then send it again: what you wrote is still here.`;
    return { ok: false, reply: { formId, intent, message, fieldErrors: {}, values: fields }, status: statusFor[ACK_ERRORS.rateLimited] };
  }
  const { event, payload } = eventFor(intent, fields, meetingId, newId);
  const result = await handleLiveEvent(actor, event, payload);
  if (result.ok) {
    const word = intent === "confused" && fields.word?.trim() ? `&word=${encodeURIComponent(fields.word.trim())}` : "";
    const anchor = intent === "correct-note" ? `note-${fields.noteId}` : anchors[intent];
    return { ok: true, next: `?done=${doneKeys[intent]}${word}${anchor ? `#${anchor}` : ""}` };
  }
  const dueDate = dueDateProblem(intent, fields);
  const fieldErrors = visibleErrors(intent, { ...fieldErrorsOf(result.fields), ...(dueDate ? { dueOn: dueDate } : {}) });
  const { form: formMessage, ...onFields } = fieldErrors;
  const current = result.error === ACK_ERRORS.conflict ? result.current : undefined;
  return { ok: false, reply: { formId, intent, message: formMessage ?? result.message, fieldErrors: onFields, values: fields, current }, status: statusFor[result.error] ?? 400 };
}
