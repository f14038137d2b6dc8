// The schedule and edit pages' form: error summary, heading, the meeting's fields and one button.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { MeetingFields } from "./meeting-fields.tsx";
import type { MeetingPanel } from "./meetings.server.ts";
import { meetingSchema } from "./schema.ts";

type MeetingFormProps = {
  panel: MeetingPanel;
  heading: string;
  submit: string;
  /** Posted as `intent` when the action takes more than this form. */
  intent?: string;
  defaultValue: Record<string, string>;
  lastResult: SubmissionResult<string[]> | undefined;
};

export function MeetingForm({ panel, heading, submit, intent, defaultValue, lastResult }: MeetingFormProps) {
  const [form, fields] = useZodForm({ id: "meeting", schema: meetingSchema, constraint: false, lastResult, defaultValue });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <Form method="post" {...getFormProps(form)}>
          {intent ? <input type="hidden" name="intent" value={intent} /> : null}
          <MeetingFields fields={fields} timeZone={panel.timeZone} papersDeadlineDays={panel.papersDeadlineDays} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {submit}
          </button>
        </Form>
      </div>
    </div>
  );
}
