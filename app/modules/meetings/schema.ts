// Meeting forms: one schema each, used by the browser (Conform) and the server. Checks that need
// the clock or the database (in the past, overlapping) are made on the server in meetings.server.ts.
// Browser-safe: no server imports.
import { z } from "zod";
import { checkDateInput, checkTimeInput, dateInputFields } from "../../dates.ts";
import { MEETING_SUPPORT, PHYSICAL_ACCESS } from "../needs/codes.ts";

export const REPLY_MODES = ["IN_PERSON", "ONLINE", "APOLOGIES"] as const;
export type ReplyMode = (typeof REPLY_MODES)[number];

export const replyModeLabels: Record<ReplyMode, string> = {
  IN_PERSON: "I will come in person",
  ONLINE: "I will join online",
  APOLOGIES: "I cannot come (apologies)",
};

/** The person's own reply, in words, for lists. */
export const yourReplyLabels: Record<ReplyMode | "NONE", string> = {
  IN_PERSON: "You are coming in person",
  ONLINE: "You are joining online",
  APOLOGIES: "You sent apologies",
  NONE: "You have not replied",
};

export const ATTENDANCE_CHOICES = ["IN_PERSON", "ONLINE", "ABSENT"] as const;
export type AttendanceChoice = (typeof ATTENDANCE_CHOICES)[number];

export const attendanceLabels: Record<AttendanceChoice, string> = {
  IN_PERSON: "Came in person",
  ONLINE: "Joined online",
  ABSENT: "Did not come",
};

/** Up to this many council decisions per meeting; rows left blank are ignored. */
export const DECISION_ROWS = [1, 2, 3] as const;

/** When papers are due on the day, unless the organiser says otherwise. */
export const DEFAULT_PAPERS_TIME = "17:00";

const text = (max: number, message: string) => z.string().trim().max(max, message).default("");

function isJoiningLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && Boolean(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

type DecisionTitle = `decision${1 | 2 | 3}Title`;

const rawText = z.string().trim().default("");

// Every field is read as text first and checked together below, so one mistake never hides
// another: the error summary lists them all at once.
// Dates are GOV.UK date inputs: `date-day`, `date-month` and `date-year`, and so on.
const meetingFields = z.object({
  title: rawText,
  ...dateInputFields("date"),
  startTime: rawText,
  endTime: rawText,
  venueName: rawText,
  venueAddress: rawText,
  venueAccess: rawText,
  onlineLink: rawText,
  ...(Object.fromEntries(DECISION_ROWS.map((n) => [`decision${n}Title`, rawText])) as Record<DecisionTitle, typeof rawText>),
  ...dateInputFields("decision1Date"),
  ...dateInputFields("decision2Date"),
  ...dateInputFields("decision3Date"),
  ...dateInputFields("papersDeadlineDate"),
  papersDeadlineTime: rawText,
});

export type MeetingForm = {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venueName: string;
  venueAddress: string;
  venueAccess: string;
  onlineLink: string;
  decisions: { title: string; date: string }[];
  /** Blank: the panel's usual number of days before the meeting. */
  papersDeadlineDate: string | null;
  papersDeadlineTime: string;
};

const limits: [keyof z.infer<typeof meetingFields>, number, string][] = [
  ["title", 200, "The title must be 200 characters or fewer"],
  ["venueName", 200, "The venue's name must be 200 characters or fewer"],
  ["venueAddress", 1000, "The venue's address must be 1,000 characters or fewer"],
  ["venueAccess", 2000, "The access information must be 2,000 characters or fewer"],
  ["onlineLink", 2000, "The online joining link must be 2,000 characters or fewer"],
  ["decision1Title", 200, "The decision must be 200 characters or fewer"],
  ["decision2Title", 200, "The decision must be 200 characters or fewer"],
  ["decision3Title", 200, "The decision must be 200 characters or fewer"],
];

export const meetingSchema = meetingFields.transform((raw, ctx): MeetingForm => {
  const problem = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
  for (const [field, max, message] of limits) if (raw[field].length > max) problem(field, message);

  if (!raw.title) problem("title", "Enter a title for the meeting");
  const readDate = checkDateInput(raw, "date", "Date of the meeting", problem, { required: "Enter the date of the meeting" });
  const date = readDate.kind === "date" ? readDate.date : null;
  const startTime = checkTimeInput(raw, "startTime", "Start time", problem, { required: "Enter the start time" });
  const endTime = checkTimeInput(raw, "endTime", "End time", problem, { required: "Enter the end time" });
  if (startTime && endTime && endTime <= startTime) problem("endTime", "The end time must be after the start time");

  if (!raw.venueName && !raw.onlineLink) {
    problem("venueName", raw.venueAddress || raw.venueAccess ? "Enter the name of the venue" : "Give a venue, an online joining link, or both");
  } else if (!raw.venueName && raw.venueAddress) {
    problem("venueName", "Enter the name of the venue");
  }
  if (raw.onlineLink && !isJoiningLink(raw.onlineLink)) {
    problem("onlineLink", "Enter the online joining link as a full web address starting with https://");
  }

  const decisions: MeetingForm["decisions"] = [];
  for (const n of DECISION_ROWS) {
    const title = raw[`decision${n}Title`];
    const name = `decision${n}Date`;
    const read = checkDateInput(raw, name, `Date of decision ${n}`, problem);
    const decisionDate = read.kind === "date" ? read.date : null;
    if (title && read.kind === "empty") problem(`${name}-day`, `Enter the date of decision ${n}`);
    else if (decisionDate && date && decisionDate < date) problem(`${name}-day`, `Decision ${n} must be on or after the day of the meeting`);
    if (read.kind !== "empty" && !title) problem(`decision${n}Title`, "Enter what the council will decide");
    if (title && decisionDate) decisions.push({ title, date: decisionDate });
  }

  const readDeadline = checkDateInput(raw, "papersDeadlineDate", "Date papers are due", problem);
  const papersDeadlineDate = readDeadline.kind === "date" ? readDeadline.date : null;
  const papersDeadlineTime = raw.papersDeadlineTime ? checkTimeInput(raw, "papersDeadlineTime", "Time papers are due", problem) : DEFAULT_PAPERS_TIME;
  if (papersDeadlineDate && papersDeadlineTime && date && startTime) {
    if (`${papersDeadlineDate} ${papersDeadlineTime}` >= `${date} ${startTime}`) {
      problem("papersDeadlineDate-day", "The papers deadline must be before the meeting starts");
    }
  }

  if (!date || !startTime || !endTime || !papersDeadlineTime || readDeadline.kind === "problem") return z.NEVER;
  return {
    title: raw.title,
    date,
    startTime,
    endTime,
    venueName: raw.venueName,
    venueAddress: raw.venueAddress,
    venueAccess: raw.venueAccess,
    onlineLink: raw.onlineLink,
    decisions,
    papersDeadlineDate,
    papersDeadlineTime,
  };
});

export const replySchema = z.object({
  mode: z.enum(REPLY_MODES, { error: "Select whether you will come in person, join online, or send apologies" }),
  meetingSupport: z.array(z.enum(MEETING_SUPPORT, { error: "Select support from the list" })).default([]),
  physicalAccess: z.array(z.enum(PHYSICAL_ACCESS, { error: "Select access needs from the list" })).default([]),
  dietaryNeeds: text(500, "Dietary needs must be 500 characters or fewer"),
  otherNeeds: text(2000, "Anything else must be 2,000 characters or fewer"),
  travelNeeded: z.enum(["yes", "no"], { error: "Select yes if you need us to book your travel" }).default("no"),
});

export type ReplyForm = z.infer<typeof replySchema>;

export const attendanceSchema = z.object({
  attendance: z.record(z.uuid({ error: "This form lists someone who is not on the panel" }), z.enum(ATTENDANCE_CHOICES, { error: "Select how they attended" })).default({}),
});

export type AttendanceForm = z.infer<typeof attendanceSchema>;

/** The "Yes, cancel the meeting" form: nothing but its intent. */
export const cancelMeetingSchema = z.object({ intent: z.literal("cancel") });
