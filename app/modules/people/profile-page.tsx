// Your profile: your details, the organisations you belong to, and links to your needs, your
// supporters, your records and asking for removal.
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea, TextInput } from "~/components/fields.tsx";
import { NotificationBanner } from "~/components/page.tsx";
import { CheckboxGroup } from "~/components/checkbox-group.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { SPEAKING_GROUPS, speakingGroupLabels } from "~/modules/people/profile.ts";
import { OrganisationCheckboxes } from "~/modules/people/organisations-form.tsx";
import type { SubmissionResult } from "@conform-to/react";
import { profileFormSchema } from "./profile-form.ts";

export type ProfilePageProps = {
  profile: { name: string; email: string; preferredName: string; pronouns: string; phone: string; postalAddress: string; groups: string[] };
  organisations: { id: string; name: string }[];
  organisationChoices: { id: string; name: string; kind: string }[];
  needsReminder: "tell" | "check" | null;
  mayNameSupporters: boolean;
  saved: boolean;
};

export function ProfilePage({ profile, organisations, organisationChoices, needsReminder, saved, mayNameSupporters }: ProfilePageProps) {
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useZodForm({
    id: "profile",
    schema: profileFormSchema,
    lastResult,
    defaultValue: {
      preferredName: profile.preferredName,
      pronouns: profile.pronouns,
      phone: profile.phone,
      postalAddress: profile.postalAddress,
      groups: profile.groups,
      organisationIds: organisations.map((o) => o.id),
    },
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        {saved ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Your profile is saved.</p>
          </NotificationBanner>
        ) : null}
        {needsReminder && !saved ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">
              {needsReminder === "tell" ? "Please tell us your " : "Please check your "}
              <Link className="govuk-notification-banner__link" to="/profile/needs">
                communication needs
              </Link>
              {needsReminder === "tell" ? ", so we can send papers in your format and arrange meetings for you." : " are still right."}
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Your profile</h1>
        <SummaryList
          rows={[
            { key: "Full name", value: profile.name },
            { key: "Email address", value: profile.email },
            { key: "Organisations you belong to", value: organisations.length ? organisations.map((o) => o.name).join(", ") : "None" },
          ]}
        />
        <p className="govuk-body">To change your full name or email address, ask a panel admin.</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/profile/needs">
              Your communication needs
            </Link>
          </li>
          {mayNameSupporters ? (
            <li>
              <Link className="govuk-link" to="/profile/supporters">
                Your supporters
              </Link>{" "}
              (people who can do things for you)
            </li>
          ) : null}
          <li>
            <Link className="govuk-link" to="/profile/download">
              Download everything we hold about you
            </Link>{" "}
            (a JSON file)
          </li>
          <li>
            <Link className="govuk-link" to="/profile/removal">
              Ask for your information to be removed
            </Link>
          </li>
        </ul>
        <h2 className="govuk-heading-m">Your details</h2>
        <Form method="post" {...getFormProps(form)}>
          <TextInput field={fields.preferredName} label="Preferred name (optional)" hint="What you would like people to call you" autoComplete="nickname" />
          <TextInput field={fields.pronouns} label="Pronouns (optional)" hint="For example, she/her, he/him or they/them" width="10" />
          <TextInput field={fields.phone} label="Phone number (optional)" type="tel" autoComplete="tel" width="20" />
          <Textarea field={fields.postalAddress} label="Postal address (optional)" hint="We post papers here if you ask for them by post" rows={4} />
          <CheckboxGroup
            field={fields.groups}
            legend="Which groups do you speak from?"
            hint="The experience you bring to the panel. Choose all that apply, or none."
            options={SPEAKING_GROUPS.map((code) => ({ value: code, label: speakingGroupLabels[code] }))}
          />
          <OrganisationCheckboxes
            field={fields.organisationIds}
            choices={organisationChoices}
            legend="Organisations you belong to"
            hint="For example a user led organisation (ULO) run by disabled people. Choose all that apply, or none."
          />
          <button type="submit" className="govuk-button">
            Save your profile
          </button>
        </Form>
      </div>
    </div>
  );
}
