// Display settings: text size, contrast, spacing and movement, kept with the account or in this browser.
import { Form, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Checkbox, Radios } from "~/components/fields.tsx";
import { NotificationBanner } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { displayPreferencesSchema, TEXT_SIZES, textSizeLabels } from "~/modules/preferences/schema.ts";
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import type { DisplayPreferences } from "~/modules/preferences/schema.ts";

export type DisplaySettingsPageProps = { preferences: DisplayPreferences; saved: boolean; signedIn: boolean };

export function DisplaySettingsPage({ preferences, saved, signedIn }: DisplaySettingsPageProps) {
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useZodForm({
    id: "display",
    schema: displayPreferencesSchema,
    lastResult,
    defaultValue: {
      textSize: preferences.textSize,
      highContrast: preferences.highContrast ? "on" : undefined,
      moreSpacing: preferences.moreSpacing ? "on" : undefined,
      reducedMotion: preferences.reducedMotion ? "on" : undefined,
    },
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        {saved ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Your display settings are saved.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Display settings</h1>
        <p className="govuk-body">
          Change how Panel looks for you.{" "}
          {signedIn
            ? "We keep these settings with your account, so they apply on every device you sign in on."
            : "We keep these settings in this browser. Sign in to keep them on every device."}
        </p>
        <Form method="post" {...getFormProps(form)}>
          <Radios
            field={fields.textSize}
            legend="Text size"
            options={TEXT_SIZES.map((size) => ({ value: size, label: textSizeLabels[size] }))}
          />
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Colours, spacing and movement</legend>
              <div className="govuk-checkboxes">
                <Checkbox field={fields.highContrast} label="High contrast" hint="Yellow text on a black background" />
                <Checkbox field={fields.moreSpacing} label="More space between lines, words and letters" hint="Some people with dyslexia find this easier to read" />
                <Checkbox field={fields.reducedMotion} label="Reduce movement" hint="Turns off animations" />
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button">
            Save display settings
          </button>
        </Form>
      </div>
    </div>
  );
}
