// The forms on the agenda builder, told apart by their `intent`: one schema used by the browser
// (Conform) and the server (issue 4, "Chair and lead officer build the agenda"). Browser-safe: no
// server imports. Checks that need the clock or the database are made in agenda-builder.server.ts.
import { z } from "zod";
import { checkDateInput, checkTimeInput, datePartsFrom, dateInputFields, readDateParts, readTime } from "../../dates.ts";

const ENTRY_MINUTES_MIN = 5;
const ENTRY_MINUTES_MAX = 180;
const BREAK_MINUTES_MIN = 5;
export const BREAK_MINUTES_MAX = 60;
const PRESENTER_MAX_LENGTH = 200;
const BREAK_TITLE_MAX_LENGTH = 60;
const PAPER_LINK_MAX_LENGTH = 500;
export const DEFAULT_BREAK_MINUTES = 15;

/** The messages for minutes, shared with the server's own checks. */
const ENTRY_MINUTES_MESSAGE = `Enter the time in minutes, between ${ENTRY_MINUTES_MIN} and ${ENTRY_MINUTES_MAX}`;
export const BREAK_MINUTES_MESSAGE = `Enter how long the break is in minutes, between ${BREAK_MINUTES_MIN} and ${BREAK_MINUTES_MAX}`;

const minutes = (min: number, max: number, message: string) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });

/** An id posted in a hidden field. Whether it is this meeting's is the server's question. */
const postedId = z.string({ error: "Reload the page and try again" }).trim().min(1, "Reload the page and try again");

export const timingSchema = z.object({
  entryId: postedId,
  minutes: minutes(ENTRY_MINUTES_MIN, ENTRY_MINUTES_MAX, ENTRY_MINUTES_MESSAGE),
  presenter: z.string().trim().max(PRESENTER_MAX_LENGTH, `Who presents must be ${PRESENTER_MAX_LENGTH} characters or fewer`).optional(),
});

export const breakSchema = z.object({
  title: z.string().trim().max(BREAK_TITLE_MAX_LENGTH, `The name of the break must be ${BREAK_TITLE_MAX_LENGTH} characters or fewer`).optional(),
  minutes: minutes(BREAK_MINUTES_MIN, BREAK_MINUTES_MAX, BREAK_MINUTES_MESSAGE),
});

/** A link to the paper: web addresses only, so a link can never run script ("javascript:"). */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

// The date is a GOV.UK date input (paperDate-day, -month, -year); the time is typed as 2pm or 14:00.
export const paperSchema = z
  .object({
    entryId: postedId,
    ...dateInputFields("paperDate"),
    paperTime: z.string().trim().optional(),
    paperLink: z.string().trim().max(PAPER_LINK_MAX_LENGTH, `The link must be ${PAPER_LINK_MAX_LENGTH} characters or fewer`).optional(),
  })
  .superRefine((value, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const date = checkDateInput(value, "paperDate", "Date the paper arrived", problem);
    checkTimeInput(value, "paperTime", "Time the paper arrived", problem);
    if (value.paperTime && date.kind === "empty") problem("paperDate-day", "Enter the date the paper arrived, or leave both empty for now");
    if (date.kind !== "empty" && !value.paperTime) problem("paperTime", "Enter the time the paper arrived, like 2pm or 14:00");
    if (value.paperLink && !isWebAddress(value.paperLink)) problem("paperLink", "Enter a web address starting with https:// or http://");
  });

/** When a checked paper form says the paper arrived ("2027-03-03", "14:30"), or null for "just now". */
export function paperArrival(value: z.infer<typeof paperSchema>): { date: string; time: string } | null {
  const date = readDateParts(datePartsFrom(value, "paperDate"));
  const time = readTime(value.paperTime ?? "");
  return date.kind === "date" && time.kind === "time" ? { date: date.date, time: time.time } : null;
}

const entryAction = <const Intent extends string>(intent: Intent) => z.object({ intent: z.literal(intent), entryId: postedId });

export const BUILDER_INTENTS = ["add-item", "move-up", "move-down", "remove", "carry", "timing", "paper", "add-break", "remove-break"] as const;
export type BuilderIntent = (typeof BUILDER_INTENTS)[number];

/** Every form on the builder page. */
export const builderSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add-item"), itemId: postedId }),
  entryAction("move-up"),
  entryAction("move-down"),
  entryAction("remove"),
  entryAction("carry"),
  entryAction("remove-break"),
  timingSchema.extend({ intent: z.literal("timing") }),
  paperSchema.extend({ intent: z.literal("paper") }),
  breakSchema.extend({ intent: z.literal("add-break") }),
]);
