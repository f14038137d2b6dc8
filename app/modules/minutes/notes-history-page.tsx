// The notes of a meeting as they were at a chosen time (issue 5, History), and the GET form that
// chooses the time.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { DateInput } from "~/components/date-input.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { TextInput } from "~/components/fields.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { TIME_HINT } from "~/dates.ts";
import type { readMeetingNotesAsAt } from "./notes-history.server.ts";
import { notesAsAtSchema } from "./schema.ts";

type Notes = Awaited<ReturnType<typeof readMeetingNotesAsAt>>;
type ShownNote = Notes["outside"][number];

export type NotesHistoryPageProps = {
  panel: { id: string; name: string };
  meeting: { id: string; title: string };
  /** The refused time, when the one asked for was not a real one. */
  lastResult: SubmissionResult<string[]> | null;
  defaults: Record<string, string>;
  shownAt: string | null;
  notes: Notes;
};

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

export function NotesHistoryPage({ panel, meeting, lastResult, defaults, shownAt, notes }: NotesHistoryPageProps) {
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
