// Scheduling a meeting: the meeting's fields (meeting-fields.tsx), the papers deadline at the
// panel's usual time unless the organiser types another.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { timeInputValue } from "~/dates.ts";
import { MeetingFields } from "./meeting-fields.tsx";
import type { MeetingPanel } from "./meetings.server.ts";
import { DEFAULT_PAPERS_TIME, meetingSchema } from "./schema.ts";

export function ScheduleMeetingPage({ panel, lastResult }: { panel: MeetingPanel; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useZodForm({
    id: "meeting",
    schema: meetingSchema,
    constraint: false,
    lastResult,
    defaultValue: { papersDeadlineTime: timeInputValue(DEFAULT_PAPERS_TIME) },
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
          <span className="govuk-caption-l">{panel.name}</span>
          <h1 className="govuk-heading-l">Schedule a meeting</h1>
          <Form method="post" {...getFormProps(form)}>
            <MeetingFields fields={fields} timeZone={panel.timeZone} papersDeadlineDays={panel.papersDeadlineDays} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Schedule meeting
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
