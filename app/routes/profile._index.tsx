import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea, TextInput } from "~/components/fields.tsx";
import { NotificationBanner } from "~/components/page.tsx";
import { CheckboxGroup } from "~/components/checkbox-group.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { needsReminderFor } from "~/modules/needs/needs.server.ts";
import { notFound, requirePerson } from "~/modules/auth/permissions.server.ts";
import { getProfile, saveProfile } from "~/modules/people/profile.server.ts";
import { canNameSupporters } from "~/modules/supporters/consents.server.ts";
import { profileSchema, SPEAKING_GROUPS, speakingGroupLabels } from "~/modules/people/profile.ts";
import { listOrganisationsToJoin, listPersonOrganisations, setPersonOrganisations } from "~/modules/people/organisations.server.ts";
import { OrganisationCheckboxes } from "~/modules/people/organisations-form.tsx";
import { organisationIdsField } from "~/modules/people/organisations.ts";

export const meta: MetaFunction = () => [{ title: "Your profile – Panel" }];

const profileFormSchema = profileSchema.extend({ organisationIds: organisationIdsField });

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const profile = await getProfile(session.person.id);
  if (!profile) throw notFound();
  const [organisations, organisationChoices] = await Promise.all([listPersonOrganisations(profile.id), listOrganisationsToJoin()]);
  return {
    profile,
    organisations,
    organisationChoices,
    needsReminder: await needsReminderFor(profile.id),
    mayNameSupporters: await canNameSupporters(profile.id),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  const submission = parseWithZod(await request.formData(), { schema: profileFormSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { organisationIds, ...profile } = submission.value;
  const actor = { personId: session.person.id, requestId: context.requestId };
  const organisations = await setPersonOrganisations(session.person.id, organisationIds, actor);
  if (!organisations.ok) return Response.json(submission.reply({ fieldErrors: organisations.errors }), { status: 400 });
  await saveProfile(session.person.id, profile, actor);
  return redirect("/profile?saved=1");
}

export default function Profile() {
  const { profile, organisations, organisationChoices, needsReminder, saved, mayNameSupporters } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
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
