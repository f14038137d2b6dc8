import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors, type SummaryError } from "~/components/error-summary.tsx";
import { Breadcrumbs, roleLabels, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { formatUkTime } from "~/modules/audit/audit-log.server.ts";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { checkCanDeactivate, getPersonForAdmin, reactivatePerson, updatePerson } from "~/modules/people/people.server.ts";
import { PersonDetailsFields } from "~/modules/people/person-fields.tsx";
import { personPageSchema } from "~/modules/people/schema.ts";
import { describeHowPersonJoined } from "~/modules/invitations/join.server.ts";
import { listOrganisationsToJoin, listPersonOrganisations, setPersonOrganisations } from "~/modules/people/organisations.server.ts";
import { PersonOrganisationsForm } from "~/modules/people/organisations-form.tsx";
import { personOrganisationsSchema } from "~/modules/people/organisations.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.person.name ?? "Person"} – Panel` }];

const banners = {
  added: "The person has been added.",
  saved: "The changes have been saved.",
  deactivated: "The person has been deactivated and signed out everywhere.",
  reactivated: "The person has been reactivated. They can sign in again.",
  organisations: "Their organisations have been saved.",
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const person = await getPersonForAdmin(requireId(params.personId));
  if (!person) throw notFound();
  const [joining, organisations, organisationChoices] = await Promise.all([
    describeHowPersonJoined(person.id),
    listPersonOrganisations(person.id),
    listOrganisationsToJoin(),
  ]);
  return {
    joining,
    organisations,
    organisationChoices,
    person: { ...person, deactivatedAt: person.deactivatedAt ? formatUkTime(person.deactivatedAt) : null },
    isYou: person.id === session.person.id,
    banner: bannerFrom(new URL(request.url).searchParams, banners),
  };
}

type PersonAction =
  | { intent: "update" | "organisations"; result: SubmissionResult<string[]> }
  | { intent: "deactivate"; error: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const personId = requireId(params.personId);
  if (!(await getPersonForAdmin(personId))) throw notFound();
  const actor = { personId: session.person.id, requestId: context.requestId };
  const formData = await request.formData();
  if (formData.get("intent") === "organisations") {
    const chosen = parseWithZod(formData, { schema: personOrganisationsSchema });
    if (chosen.status !== "success") return Response.json({ intent: "organisations", result: chosen.reply() } satisfies PersonAction, { status: 400 });
    const saved = await setPersonOrganisations(personId, chosen.value.organisationIds, actor);
    if (!saved.ok) {
      return Response.json({ intent: "organisations", result: chosen.reply({ fieldErrors: saved.errors }) } satisfies PersonAction, { status: 400 });
    }
    return redirect(`/admin/people/${personId}?organisations=1`);
  }
  const submission = parseWithZod(formData, { schema: personPageSchema });
  if (submission.status !== "success") {
    return Response.json({ intent: "update", result: submission.reply() } satisfies PersonAction, { status: 400 });
  }
  const { intent } = submission.value;
  if (intent === "deactivate") {
    const check = await checkCanDeactivate(personId, actor);
    if (check.ok) return redirect(`/admin/people/${personId}/deactivate`);
    if (check.reason === "not-found") throw notFound();
    return Response.json({ intent, error: check.message } satisfies PersonAction, { status: 400 });
  }
  if (intent === "reactivate") {
    const result = await reactivatePerson(personId, actor);
    if (!result.ok) throw notFound();
    return redirect(`/admin/people/${personId}?reactivated=1`);
  }
  const { intent: _intent, ...details } = submission.value;
  const result = await updatePerson(personId, details, actor);
  if (!result) throw notFound();
  if (!result.ok) {
    return Response.json({ intent, result: submission.reply({ fieldErrors: result.fieldErrors }) } satisfies PersonAction, { status: 400 });
  }
  return redirect(`/admin/people/${personId}?saved=1`);
}

export default function PersonPage() {
  const { person, isYou, banner, joining, organisations, organisationChoices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as PersonAction | undefined;
  const [form, fields] = useZodForm({
    id: "person-details",
    schema: personPageSchema,
    lastResult: actionData?.intent === "update" ? actionData.result : undefined,
    defaultValue: { name: person.name, email: person.email, isSiteAdmin: person.isSiteAdmin ? "on" : undefined },
  });
  const errors: SummaryError[] = [
    ...formErrors(form.id, form.allErrors),
    ...(actionData?.intent === "deactivate" ? [{ fieldId: "deactivation", message: actionData.error }] : []),
    ...(actionData?.intent === "organisations" && actionData.result.error?.organisationIds?.[0]
      ? [{ fieldId: "person-organisations-organisationIds", message: actionData.result.error.organisationIds[0] }]
      : []),
  ];
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", text: "Administration" },
          { href: "/admin/people", text: "People" },
        ]}
      />
      <ErrorSummary errors={errors} />
      <SuccessBanner text={banner} />
      <span className="govuk-caption-l">Person</span>
      <h1 className="govuk-heading-l">{person.name}</h1>
      <SummaryList
        rows={[
          { key: "Email address", value: person.email },
          {
            key: "Status",
            value: <>
              {person.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>}
              {person.deactivatedAt ? <span className="govuk-body"> since {person.deactivatedAt}</span> : null}
            </>,
          },
          { key: "Site admin", value: person.isSiteAdmin ? "Yes" : "No" },
        ]}
      />

      <h2 className="govuk-heading-m">Roles</h2>
      {person.panels.length === 0 ? (
        <p className="govuk-body">{isYou ? "You have" : "They have"} no roles in any panel.</p>
      ) : (
        <ul className="govuk-list">
          {person.panels.map((panel) => (
            <li key={panel.id}>
              <Link className="govuk-link" to={`/admin/panels/${panel.id}`}>
                {panel.name}
              </Link>
              : {panel.roles.map((role) => roleLabels[role]).join(", ")}
              {joining
                .filter((j) => j.panelId === panel.id)
                .map((j) => (
                  <span className="govuk-body-s govuk-!-display-block" key={j.role}>
                    {roleLabels[j.role]}: {j.how}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body">Roles are given and taken away on each panel's admin page.</p>
      <h2 className="govuk-heading-m">Organisations</h2>
      <p className="govuk-body">
        {organisations.length ? `${person.name} belongs to ${organisations.map((o) => o.name).join(", ")}.` : `${person.name} has not said they belong to any organisation.`}
      </p>
      <PersonOrganisationsForm
        intent="organisations"
        lastResult={actionData?.intent === "organisations" ? actionData.result : undefined}
        chosen={organisations.map((o) => o.id)}
        choices={organisationChoices}
        legend={`Which organisations does ${person.name} belong to?`}
      />
      <h2 className="govuk-heading-m">Communication needs</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/admin/people/${person.id}/needs`}>
          See or change {person.name}'s communication needs
        </Link>
      </p>
      <h2 className="govuk-heading-m">Supporters</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/admin/people/${person.id}/supporters`}>
          See or record {person.name}'s supporters
        </Link>
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Change details</h2>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="update" />
            <PersonDetailsFields fields={fields} />
            <button type="submit" className="govuk-button">
              Save changes
            </button>
          </Form>

          {person.active ? (
            <>
              <h2 className="govuk-heading-m">Deactivate</h2>
              {isYou ? (
                <p className="govuk-inset-text" id="deactivation" tabIndex={-1}>
                  You cannot deactivate yourself. Ask another site admin if your access should end.
                </p>
              ) : (
                <>
                  <p className="govuk-body" id="deactivation" tabIndex={-1}>
                    Deactivating {person.name} signs them out everywhere at once and stops them signing in. Their roles and
                    everything they did are kept, and you can reactivate them later.
                  </p>
                  <Form method="post">
                    <input type="hidden" name="intent" value="deactivate" />
                    <button type="submit" className="govuk-button govuk-button--warning">
                      Deactivate {person.name}
                    </button>
                  </Form>
                </>
              )}
            </>
          ) : (
            <>
              <h2 className="govuk-heading-m">Reactivate</h2>
              <p className="govuk-body">
                Reactivating {person.name} lets them sign in again, with the roles they had.
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="reactivate" />
                <button type="submit" className="govuk-button govuk-button--secondary">
                  Reactivate {person.name}
                </button>
              </Form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
