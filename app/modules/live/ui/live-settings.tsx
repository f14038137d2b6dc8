// Each person's settings for the live page, kept with their account: what the announcements say
// (everything summarised, only decisions and item changes, or nothing), and the easy view.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Checkbox, Radios } from "~/components/fields.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { livePreferencesSchema } from "../client/live-preferences-schema.ts";
import { ANNOUNCEMENT_CHOICES, announcementLabels, type AnnouncementChoice } from "../client/protocol.ts";

export function LiveSettings({
  action,
  announcements,
  easyView,
  lastResult,
}: {
  action: string;
  announcements: AnnouncementChoice;
  easyView: boolean;
  lastResult: SubmissionResult<string[]> | null;
}) {
  const [form, fields] = useZodForm({
    id: "settings",
    schema: livePreferencesSchema,
    lastResult,
    defaultValue: { announcements, easyView: easyView ? "on" : undefined },
  });
  return (
    <details className="govuk-details app-live-settings" id="live-settings" open={Boolean(lastResult)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Settings for this page</span>
      </summary>
      <div className="govuk-details__text">
        <Form method="post" action={action} preventScrollReset {...getFormProps(form)}>
          <input type="hidden" name="intent" value="settings" />
          <Radios
            field={fields.announcements}
            legend="What should your screen reader be told as the meeting goes on?"
            legendSize="s"
            hint="Announcements are short summaries, at most one every few seconds. They never move you from where you are."
            options={ANNOUNCEMENT_CHOICES.map((choice) => ({ value: choice, label: announcementLabels[choice] }))}
          />
          <div className="govuk-form-group">
            <div className="govuk-checkboxes">
              <Checkbox field={fields.easyView} label="Easy view" hint="Just the item now, what has been decided and what happens next, in large type" />
            </div>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Save settings
          </button>
        </Form>
      </div>
    </details>
  );
}
