// The minutes pages' forms: one schema each, used by the browser (Conform) and the server.
// Browser-safe: no server code here.
import { z } from "zod";
import { checkDateInput, checkTimeInput, dateInputFields } from "../../dates.ts";

const MINUTES_MAX_LENGTH = 100_000;
const COMMENT_MAX_LENGTH = 2000;

export const MINUTES_STATUSES = ["DRAFT", "SHARED", "APPROVED"] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const minutesStatusLabels: Record<MinutesStatus, string> = {
  DRAFT: "Draft",
  SHARED: "Shared for comments",
  APPROVED: "Approved",
};

const ACTION_STATUSES = ["OPEN", "DONE", "DROPPED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const baseVersion = z.coerce.number({ error: "Reload the page and try again" }).int().min(1, "Reload the page and try again");

export const editMinutesSchema = z.object({
  intent: z.literal("edit"),
  baseVersion,
  text: z
    .string({ error: "Write the minutes" })
    .trim()
    .min(1, "Write the minutes")
    .max(MINUTES_MAX_LENGTH, "The minutes must be 100,000 characters or fewer"),
});

export const commentSchema = z.object({
  intent: z.literal("comment"),
  comment: z
    .string({ error: "Write your comment" })
    .trim()
    .min(1, "Write your comment")
    .max(COMMENT_MAX_LENGTH, `Your comment must be ${COMMENT_MAX_LENGTH.toLocaleString("en-GB")} characters or fewer`),
});

export const approveSchema = z.object({
  intent: z.literal("approve"),
  atMeetingId: z.uuid({ error: "Choose the meeting at which the panel approved the minutes" }),
});

export const publishSchema = z.object({
  intent: z.literal("publish"),
  // A checkbox: sent as "on" when ticked, absent otherwise.
  public: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});

/** Every form on the minutes page, told apart by the button's hidden `intent`. */
export const minutesPageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("build") }),
  z.object({ intent: z.literal("rebuild"), baseVersion }),
  editMinutesSchema,
  z.object({ intent: z.literal("share") }),
  commentSchema,
  approveSchema,
  publishSchema,
]);

export type MinutesIntent = z.infer<typeof minutesPageSchema>["intent"];

/** "Mark as done" (and back to open, or dropped) for one action. */
export const actionStatusSchema = z.object({
  status: z.enum(ACTION_STATUSES, { error: "Choose what has happened to the action" }),
  returnTo: z.string().optional(),
});

/** A page to go back to after a change: only a path on this site, never another site. */
export function safeReturnTo(value: string | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}

/**
 * "Notes as they were at": a date (a GOV.UK date input: date-day, date-month, date-year) and a
 * time typed as "3:15pm" or "15:15", in the panel's time zone.
 */
export const notesAsAtSchema = z
  .object({ ...dateInputFields("date"), time: z.string().trim().default("") })
  .transform((raw, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const date = checkDateInput(raw, "date", "Date", problem, { required: "Enter the date" });
    const time = checkTimeInput(raw, "time", "Time", problem, { required: "Enter the time" });
    if (date.kind !== "date" || !time) return z.NEVER;
    return { date: date.date, time };
  });
