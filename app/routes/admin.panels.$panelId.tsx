import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, Select } from "~/components/fields.tsx";
import { ConsentCheckbox } from "~/modules/invitations/consent-checkbox.tsx";
import { Breadcrumbs, roleLabels, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import {
  addMembership,
  getPanelForAdmin,
  listPanelLinkChoices,
  listPeopleToAdd,
  removeMembership,
  updatePanelDetails,
} from "~/modules/panels/panel-admin.server.ts";
import { PanelDetailsFields } from "~/modules/panels/panel-details-fields.tsx";
import { addMembershipSchema, PANEL_PAGE_INTENTS, PANEL_ROLES, panelDetailsSchema, panelPageSchema, roleHints, type PanelPageIntent } from "~/modules/panels/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.panel.name ?? "Panel"}: administration – Panel` }];

/** What a refused form gets back: which of the page's forms it was, and Conform's reply. */
type PanelPageReply = { intent: PanelPageIntent; result: SubmissionResult<string[]> };

function refused(intent: PanelPageIntent, result: SubmissionResult<string[]>) {
  return Response.json({ intent, result } satisfies PanelPageReply, { status: 400 });
}

/** `?added=` names the role just given, rather than being 1. */
function panelBanner(panel: NonNullable<Awaited<ReturnType<typeof getPanelForAdmin>>>, search: URLSearchParams): string | null {
  const added = panel.memberships.find((m) => m.id === search.get("added"));
  return (
    bannerFrom(search, {
      created: `${panel.name} has been added. Now add people to it.`,
      saved: "The panel's details are saved.",
      removed: "The role has been removed.",
    }) ?? (added ? `${added.person.name} is now a ${roleLabels[added.role]} on this panel.` : null)
  );
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, panelId } = await requireCapability(request, "administersPanel", params.panelId);
  const mayChangeLinks = session.person.isSiteAdmin;
  const [panel, people, linkChoices] = await Promise.all([
    getPanelForAdmin(panelId),
    listPeopleToAdd(),
    mayChangeLinks ? listPanelLinkChoices(panelId) : null,
  ]);
  if (!panel) throw notFound();
  return { panel, people, linkChoices, isSiteAdmin: session.person.isSiteAdmin, banner: panelBanner(panel, new URL(request.url).searchParams) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, panelId } = await requireCapability(request, "administersPanel", params.panelId);
  const actor = { actorId: session.person.id, isSiteAdmin: session.person.isSiteAdmin, requestId: context.requestId };
  const formData = await request.formData();
  const intent = PANEL_PAGE_INTENTS.find((known) => known === formData.get("intent"));
  if (!intent) throw new Response("This form is not one we know about. Go back and try again.", { status: 400 });
  const submission = parseWithZod(formData, { schema: panelPageSchema });
  if (submission.status !== "success") return refused(intent, submission.reply());
  const form = submission.value;
  switch (form.intent) {
    case "save-details": {
      const outcome = await updatePanelDetails(panelId, form, actor);
      if (!outcome) throw notFound();
      if (!outcome.ok) return refused(intent, submission.reply({ fieldErrors: outcome.errors }));
      return redirect(`/admin/panels/${panelId}?saved=1`);
    }
    case "add-membership": {
      const outcome = await addMembership(panelId, form, actor);
      if (!outcome.ok) return refused(intent, submission.reply({ fieldErrors: outcome.errors }));
      return redirect(`/admin/panels/${panelId}?added=${outcome.membershipId}`);
    }
    case "remove-membership": {
      const outcome = await removeMembership(panelId, form.membershipId, actor);
      if (!outcome) throw notFound();
      if (!outcome.ok) return refused(intent, submission.reply({ fieldErrors: outcome.errors }));
      return redirect(`/admin/panels/${panelId}?removed=1`);
    }
  }
}

export default function PanelAdmin() {
  const { panel, people, linkChoices, isSiteAdmin, banner } = useLoaderData<typeof loader>();
  const reply = useActionData<PanelPageReply>();
  const resultFor = (intent: PanelPageIntent) => (reply?.intent === intent ? reply.result : undefined);
  const location = useLocation();

  const [detailsForm, detailsFields] = useZodForm({
    id: "panel-details",
    schema: panelDetailsSchema,
    lastResult: resultFor("save-details"),
    defaultValue: {
      name: panel.name,
      purpose: panel.purpose,
      termsOfReference: panel.termsOfReference,
      timeZone: panel.timeZone,
      councilId: panel.councilId ?? "",
      financeOrganisationId: panel.financeOrganisationId ?? "",
      hubId: panel.hubId ?? "",
    },
  });
  const [addForm, addFields] = useZodForm({
    id: "add-membership",
    schema: addMembershipSchema,
    lastResult: resultFor("add-membership"),
  });
  const removalError = resultFor("remove-membership")?.error?.membershipId?.[0];
  const errors = [
    ...formErrors(detailsForm.id, detailsForm.allErrors),
    ...formErrors(addForm.id, addForm.allErrors),
    ...(removalError ? [{ fieldId: "people-and-roles", message: removalError }] : []),
  ];

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", text: "Administration" },
          { href: "/admin/panels", text: "Panels" },
        ]}
      />
      <ErrorSummary errors={errors} />
      <SuccessBanner text={errors.length ? null : banner} />
      <span className="govuk-caption-l">Panel administration</span>
      <h1 className="govuk-heading-l">{panel.name}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/panels/${panel.id}`}>
          See the panel's page as its members do
        </Link>
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Details</h2>
          <Form method="post" {...getFormProps(detailsForm)}>
            <input type="hidden" name="intent" value="save-details" />
            <PanelDetailsFields
              fields={detailsFields}
              linkChoices={linkChoices}
              linkNames={{ council: panel.council?.name ?? null, financeOrganisation: panel.financeOrganisation?.name ?? null, hub: panel.hub?.name ?? null }}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save panel details
            </button>
          </Form>

          <h2 className="govuk-heading-m">Spoke groups</h2>
          {panel.spokes.length ? (
            <ul className="govuk-list govuk-list--bullet">
              {panel.spokes.map((spoke) => (
                <li key={spoke.id}>
                  {isSiteAdmin ? (
                    <Link className="govuk-link" to={`/admin/panels/${spoke.id}`}>
                      {spoke.name}
                    </Link>
                  ) : (
                    spoke.name
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">{panel.hub ? `This panel is a spoke group of ${panel.hub.name}.` : "This panel has no spoke groups."}</p>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-m" id="people-and-roles" tabIndex={-1}>
        People and roles
      </h2>
      {panel.memberships.length ? (
        <Table
          caption="People on this panel and their roles"
          captionHidden
          head={[{ label: "Name" }, { label: "Email" }, { label: "Role" }, { label: "Action", visuallyHidden: true }]}
          rows={panel.memberships.map((membership) => ({
            key: membership.id,
            cells: [
              <>
                {membership.person.name}
                {membership.person.active ? null : (
                  <>
                    {" "}
                    <Tag colour="grey">Deactivated</Tag>
                  </>
                )}
              </>,
              membership.person.email,
              roleLabels[membership.role],
              <>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-membership" />
                  <input type="hidden" name="membershipId" value={membership.id} />
                  <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
                    Remove<span className="govuk-visually-hidden"> {roleLabels[membership.role]} role from {membership.person.name}</span>
                  </button>
                </Form>
              </>,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">Nobody has a role on this panel yet.</p>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Add a person to this panel</h2>
          {/* A fresh form after each added role, ready for the next person. */}
          <Form method="post" {...getFormProps(addForm)} key={location.key}>
            <input type="hidden" name="intent" value="add-membership" />
            <Select
              field={addFields.personId}
              label="Person"
              hint="Someone not listed needs adding as a person first"
              options={[{ value: "", label: "Choose a person" }, ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))]}
            />
            <Radios
              field={addFields.role}
              legend="Role"
              legendSize="s"
              hint="A person can hold more than one role, for example Member and Chair"
              options={PANEL_ROLES.map((role) => ({ value: role, label: roleLabels[role], hint: roleHints[role] }))}
            />
            <ConsentCheckbox field={addFields.consent} people={people} personField={addFields.personId} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Add person
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
