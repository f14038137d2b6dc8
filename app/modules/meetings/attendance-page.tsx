// Recording who came, prefilled from the replies: one row of radios a person.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { ATTENDANCE_CHOICES, attendanceLabels, attendanceSchema, replyModeLabels, type AttendanceChoice, type ReplyMode } from "./schema.ts";

export type AttendancePageProps = {
  panel: { id: string; name: string };
  meeting: { id: string; title: string; when: string };
  closed: string | null;
  people: { id: string; name: string; choice: AttendanceChoice; replied: ReplyMode | null }[];
  lastResult: SubmissionResult<string[]> | undefined;
};

export function AttendancePage({ panel, meeting, closed, people, lastResult }: AttendancePageProps) {
  const [form, fields] = useZodForm({
    id: "attendance",
    schema: attendanceSchema,
    constraint: false,
    lastResult,
    defaultValue: { attendance: Object.fromEntries(people.map((p) => [p.id, p.choice])) },
  });
  const rows = fields.attendance.getFieldset();
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: base, text: meeting.title },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
          <span className="govuk-caption-l">{meeting.title}</span>
          <h1 className="govuk-heading-l" id="attendance-attendance" tabIndex={-1}>
            Record attendance
          </h1>
          <p className="govuk-body">{meeting.when}</p>
          {closed ? (
            <p className="govuk-inset-text">{closed}.</p>
          ) : people.length === 0 ? (
            <p className="govuk-body">The panel has no members to record.</p>
          ) : (
            <Form method="post" {...getFormProps(form)}>
              <p className="govuk-body">We have filled this in from people's replies. Change it to show who actually came.</p>
              {people.map((person) => (
                <Radios
                  key={person.id}
                  field={rows[person.id]!}
                  legend={person.name}
                  legendSize="s"
                  hint={person.replied ? `Replied: ${replyModeLabels[person.replied]}` : "Did not reply"}
                  inline
                  options={ATTENDANCE_CHOICES.map((choice) => ({ value: choice, label: attendanceLabels[choice] }))}
                />
              ))}
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save attendance
              </button>
            </Form>
          )}
        </div>
      </div>
    </>
  );
}
