import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Checkbox, Radios } from "~/components/fields.tsx";
import { NotificationBanner } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { readPreferences, savePreferences } from "~/modules/preferences/preferences.server.ts";
import { displayPreferencesSchema, TEXT_SIZES, textSizeLabels } from "~/modules/preferences/schema.ts";

export const meta: MetaFunction = () => [{ title: "Display settings – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getCurrentSession(request);
  const preferences = await readPreferences(request, session?.person.id);
  return { preferences, saved: new URL(request.url).searchParams.get("saved") === "1", signedIn: Boolean(session) };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  const submission = parseWithZod(await request.formData(), { schema: displayPreferencesSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const cookie = await savePreferences(session?.person.id, submission.value);
  return redirect("/settings/display?saved=1", { headers: { "Set-Cookie": cookie } });
}

export default function DisplaySettings() {
  const { preferences, saved, signedIn } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
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
