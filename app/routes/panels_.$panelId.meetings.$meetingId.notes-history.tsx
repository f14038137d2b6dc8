// "Notes as they were at" a chosen time (issue 5, History: "the notes of an item can be shown as
// they were at any time (for disputes)"). For everyone in the panel, who could read the notes as
// they were written. The date and time are in the panel's time zone; the form is a GET, so the
// address can be shared ("this is what the notes said at 3.15pm").
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DateInput } from "~/components/date-input.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { TextInput } from "~/components/fields.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { dateInputValue, formatClockTime, formatLongDate, TIME_HINT, timeInputValue, utcToZonedDateTime, zonedDateTimeToUtc } from "~/dates.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
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

type ShownNote = ReturnType<typeof useLoaderData<typeof loader>>["notes"]["outside"][number];

function NoteList({ notes }: { notes: ShownNote[] }) {
  if (!notes.length) return <p className="govuk-body">No notes had been written here by then.</p>;
  return (
    <ul className="govuk-list">
      {notes.map((note) => (
        <li key={note.id} className="app-panel-card">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{note.kind}:</strong> {note.text}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Version {note.version}, saved by {note.savedBy} at {note.savedAt}. Written by {note.writtenBy}.{" "}
            {note.correctedLater ? <Tag colour="yellow">Corrected later</Tag> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function NotesHistory() {
  const { panel, meeting, lastResult, defaults, shownAt, notes } = useLoaderData<typeof loader>();
  const [form, fields] = useZodForm({
    id: "notes-at",
    schema: notesAsAtSchema,
    constraint: false,
    lastResult,
    defaultValue: defaults,
  });
  const meetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: meetingUrl, text: meeting.title },
        ]}
      />
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Notes as they were at a time</h1>
      <p className="govuk-body">
        Every note and every correction is kept with who saved it and when. Choose a time to see the notes exactly as they were
        then: notes written later are left out, and notes corrected later show what they said at the time.
      </p>
      <Form method="get" {...getFormProps(form)}>
        <DateInput fields={fields} name="date" legend="Date" />
        <TextInput field={fields.time} label="Time" hint={TIME_HINT} width="5" />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Show the notes
        </button>
      </Form>

      <h2 className="govuk-heading-m">{shownAt ? `The notes as they were at ${shownAt}` : "The notes as they are now"}</h2>
      {notes.total === 0 ? <p className="govuk-body">No notes were taken in this meeting.</p> : null}
      {notes.total > 0
        ? notes.items.map((item) => (
            <section key={item.id} aria-labelledby={`item-${item.id}`}>
              <h3 className="govuk-heading-s" id={`item-${item.id}`}>
                {item.heading}
              </h3>
              <NoteList notes={item.notes} />
            </section>
          ))
        : null}
      {notes.total > 0 && notes.outside.length ? (
        <section aria-labelledby="outside-heading">
          <h3 className="govuk-heading-s" id="outside-heading">
            Notes outside the agenda
          </h3>
          <NoteList notes={notes.outside} />
        </section>
      ) : null}
    </>
  );
}
