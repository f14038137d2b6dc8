// A site admin records supporters for a member who cannot use the site themselves, with the
// member's agreement; the member sees "recorded by <admin>". The admin can also stop a supporter
// when the member asks.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { Table } from "~/components/table.tsx";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPersonForAdmin } from "~/modules/people/people.server.ts";
import { canNameSupporters, listSupporters, nameSupporter, withdrawSupporter } from "~/modules/supporters/consents.server.ts";
import { adminSupportersSchema } from "~/modules/supporters/schema.ts";
import { relationshipLabel, scopeLabels } from "~/modules/supporters/scopes.ts";
import { AgreeCheckbox, SupporterFields } from "~/modules/supporters/supporter-fields.tsx";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Supporters of ${data?.person.name ?? "a person"} – Panel` }];

const banners: Record<string, string> = {
  named: "The supporter has been recorded. We have emailed them to tell them how to sign in.",
  updated: "This supporter was already recorded, so what they can do has been changed.",
  withdrawn: "The supporter can no longer do anything for them.",
};

async function loadPerson(request: Request, personIdParam: string | undefined) {
  const { session } = await requireCapability(request, "administersSite");
  const person = await getPersonForAdmin(requireId(personIdParam));
  if (!person) throw notFound();
  return { session, person };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { person } = await loadPerson(request, params.personId);
  const [{ current, past }, mayName] = await Promise.all([listSupporters(person.id), canNameSupporters(person.id)]);
  const row = (s: (typeof current)[number]) => ({
    id: s.id,
    name: s.supporterName,
    relationship: relationshipLabel(s.relationship),
    scopes: s.scopes.map((scope) => scopeLabels[scope]),
    since: formatLongDate(s.consentedAt),
    recordedBy: s.recordedBy,
    until: s.withdrawnAt ? formatLongDate(s.withdrawnAt) : null,
  });
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners);
  return {
    person: { id: person.id, name: person.name },
    mayName: mayName && person.active,
    current: current.map(row),
    past: past.map(row),
    banner,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, person } = await loadPerson(request, params.personId);
  const actor = { personId: session.person.id, requestId: context.requestId };
  const submission = parseWithZod(await request.formData(), { schema: adminSupportersSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  if (submission.value.intent === "withdraw") {
    const outcome = await withdrawSupporter(person.id, submission.value.consentId, actor);
    if (!outcome) throw notFound();
    return redirect(`/admin/people/${person.id}/supporters?withdrawn=1`);
  }
  const { intent: _intent, agree: _agree, ...form } = submission.value;
  const outcome = await nameSupporter(person.id, form, actor, { baseUrl: baseUrlFor(request) });
  if (!outcome) return Response.json(submission.reply({ formErrors: [`${person.name} is deactivated, so cannot have supporters`] }), { status: 400 });
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/admin/people/${person.id}/supporters?${outcome.created ? "named" : "updated"}=1`);
}

export default function PersonSupporters() {
  const { person, mayName, current, past, banner } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "supporter",
    schema: adminSupportersSchema,
    lastResult,
  });
  const summary = [...(form.errors ?? []).map((message) => ({ fieldId: `${form.id}-name`, message })), ...formErrors(form.id, form.allErrors)];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/admin", text: "Administration" },
            { href: "/admin/people", text: "People" },
            { href: `/admin/people/${person.id}`, text: person.name },
          ]}
        />
        <ErrorSummary errors={summary} />
        <SuccessBanner text={banner} />
        <span className="govuk-caption-l">{person.name}</span>
        <h1 className="govuk-heading-l">Supporters</h1>
        <p className="govuk-body">
          Supporters sign in with their own account and do what {person.name} has chosen for them. {person.name} sees who recorded each
          one, and everything their supporters do.
        </p>
        <h2 className="govuk-heading-m">Supporters now</h2>
        {current.length === 0 ? (
          <p className="govuk-body">{person.name} has no supporters.</p>
        ) : (
          <Table
            caption="Supporters now"
            captionHidden
            head={[{ label: "Supporter" }, { label: "What they can do" }, { label: "Since" }, { label: "Action", visuallyHidden: true }]}
            rows={current.map((s) => ({
              key: s.id,
              cells: [
                <>
                  {s.name}
                  <br />
                  <span className="govuk-body-s">{s.relationship}</span>
                </>,
                <>
                  <ul className="govuk-list govuk-body-s">
                    {s.scopes.map((scope) => (
                      <li key={scope}>{scope}</li>
                    ))}
                  </ul>
                </>,
                <>
                  {s.since}
                  {s.recordedBy ? <span className="govuk-body-s"> (recorded by {s.recordedBy})</span> : null}
                </>,
                <>
                  <Form method="post">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="consentId" value={s.id} />
                    <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">
                      Stop<span className="govuk-visually-hidden"> {s.name} acting for {person.name}</span>
                    </button>
                  </Form>
                </>,
              ],
            }))}
          />
        )}
        {past.length ? (
          <>
            <h2 className="govuk-heading-m">Past supporters</h2>
            <ul className="govuk-list">
              {past.map((s) => (
                <li key={s.id}>
                  {s.name} ({s.relationship.toLowerCase()}), from {s.since} to {s.until}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m">Record a supporter for {person.name}</h2>
        {mayName ? (
          <>
            <p className="govuk-body">
              Only do this when {person.name} has told you who they want and what that person may do. To change what a supporter can do,
              record them again with the new choices.
            </p>
            <Form method="post" {...getFormProps(form)}>
              <input type="hidden" name="intent" value="name" />
              <SupporterFields fields={fields} who={person.name} />
              <AgreeCheckbox
                field={fields.agree}
                label={`${person.name} has agreed that this person can do these things for them, and knows they can change or stop this at any time.`}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Record supporter
              </button>
            </Form>
          </>
        ) : (
          <p className="govuk-inset-text">Only active members and chairs of a panel can have supporters.</p>
        )}
      </div>
    </div>
  );
}
