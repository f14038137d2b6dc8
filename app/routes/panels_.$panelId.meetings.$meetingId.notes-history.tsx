// "Notes as they were at" a chosen time (issue 5, History: "the notes of an item can be shown as
// they were at any time (for disputes)"). For everyone in the panel, who could read the notes as
// they were written. The date and time are in the panel's time zone; the form is a GET, so the
// address can be shared ("this is what the notes said at 3.15pm").
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { dateInputValue, formatClockTime, formatLongDate, timeInputValue, utcToZonedDateTime, zonedDateTimeToUtc } from "~/dates.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { NotesHistoryPage } from "~/modules/minutes/notes-history-page.tsx";
import { notesAsAtSchema } from "~/modules/minutes/schema.ts";
import { readMeetingNotesAsAt } from "~/modules/minutes/notes-history.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Notes as they were: ${data?.meeting.title ?? "meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const zone = panel.timeZone;
  const search = new URL(request.url).searchParams;
  const asked = ["date-day", "date-month", "date-year", "time"].some((name) => search.has(name));
  const submission = asked ? parseWithZod(search, { schema: notesAsAtSchema }) : null;
  const valid = submission?.status === "success" ? submission.value : null;
  const now = new Date();
  const at = valid ? zonedDateTimeToUtc(valid.date, valid.time, zone)! : now;
  // To the end of the chosen minute: "at 15:15" includes what was saved at 15:15:40.
  const until = valid ? new Date(at.getTime() + 59_999) : now;
  const notes = await readMeetingNotesAsAt(meeting.id, until, zone);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title },
    lastResult: submission && submission.status !== "success" ? submission.reply() : null,
    // The form starts at the meeting's start, the most useful first guess.
    defaults: formValues(valid ?? utcToZonedDateTime(meeting.startsAt, zone)),
    shownAt: valid ? `${formatClockTime(at, zone)} on ${formatLongDate(at, zone)}` : null,
    notes,
  };
}

function formValues(at: { date: string; time: string }) {
  return { ...dateInputValue("date", at.date), time: timeInputValue(at.time) };
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));

export default function NotesHistory() {
  return <NotesHistoryPage {...useLoaderData<typeof loader>()} />;
}
