import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { roleLabels } from "~/components/page.tsx";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import { getPanelPage } from "~/modules/panels/panels.server.ts";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { GlossaryList, GlossaryText } from "~/modules/glossary/glossary-text.tsx";
import { termsOfReferenceLines } from "~/modules/panels/terms-of-reference-schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.panel.name ?? "Panel"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const { panelId, roles } = access;
  const [panel, glossary] = await Promise.all([getPanelPage(panelId), loadGlossaryForText(panelId)]);
  if (!panel) throw notFound();
  return { panel, yourRoles: roles, isStaff: access.can("worksForPanel"), mayOrganise: access.can("organisesMeetings"), glossary, mayInvite: access.can("managesJoinLinks") };
}

export default function PanelPage() {
  const { panel, yourRoles, isStaff, mayOrganise, glossary, mayInvite } = useLoaderData<typeof loader>();
  const people = new Map<string, { name: string; roles: string[] }>();
  for (const m of panel.memberships) {
    const entry = people.get(m.person.id) ?? { name: m.person.name, roles: [] };
    entry.roles.push(roleLabels[m.role]);
    people.set(m.person.id, entry);
  }
  return (
    <>
      <span className="govuk-caption-l">{panel.council?.name ?? "Panel"}</span>
      <h1 className="govuk-heading-l">{panel.name}</h1>
      {yourRoles.length ? <p className="govuk-body">Your role: {yourRoles.map((r) => roleLabels[r]).join(", ")}</p> : null}
      <nav aria-labelledby="panel-sections">
        <h2 className="govuk-heading-m" id="panel-sections">
          In this panel
        </h2>
        <ul className="govuk-list govuk-list--spaced">
          <li>
            <Link className="govuk-link" to={`/panels/${panel.id}/meetings`}>
              Meetings
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/panels/${panel.id}/agenda-items`}>
              Agenda items: suggest one, see what others suggested
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/panels/${panel.id}/glossary`}>
              Glossary: what words mean
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/panels/${panel.id}/terms-of-reference`}>
              Terms of reference and their history
            </Link>
          </li>
          {mayInvite ? (
            <li>
              <Link className="govuk-link" to={`/panels/${panel.id}/invitations`}>
                Invitation links: invite people to join
              </Link>
            </li>
          ) : null}
          {isStaff ? (
            <li>
              <Link className="govuk-link" to={`/panels/${panel.id}/needs`}>
                Communication needs to arrange for
              </Link>
            </li>
          ) : null}
          {mayOrganise ? (
            <li>
              <Link className="govuk-link" to={`/panels/${panel.id}/contact-tasks`}>
                Contact tasks: letters, calls and texts to send
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <h2 className="govuk-heading-m">What the panel is for</h2>
      {panel.purpose ? <GlossaryText text={panel.purpose} terms={glossary} /> : <p className="govuk-body">Not written yet.</p>}
      <h2 className="govuk-heading-m">Terms of reference</h2>
      {panel.termsOfReference ? (
        <GlossaryList lines={termsOfReferenceLines(panel.termsOfReference)} terms={glossary} />
      ) : (
        <p className="govuk-body">Not written yet.</p>
      )}
      {panel.financeOrganisation ? (
        <p className="govuk-body">Pay and expenses are managed by {panel.financeOrganisation.name}, a user led organisation.</p>
      ) : null}
      {panel.hub ? (
        <p className="govuk-body">
          This is a spoke group of{" "}
          <Link className="govuk-link" to={`/panels/${panel.hub.id}`}>
            {panel.hub.name}
          </Link>
          .
        </p>
      ) : null}
      {panel.spokes.length ? (
        <>
          <h2 className="govuk-heading-m">Spoke groups</h2>
          <ul className="govuk-list govuk-list--bullet">
            {panel.spokes.map((spoke) => (
              <li key={spoke.id}>{spoke.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">People on the panel</h2>
      <Table
        caption="People on the panel and their roles"
        captionHidden
        head={[{ label: "Name" }, { label: "Role" }]}
        rows={[...people.entries()].map(([id, person]) => ({
          key: id,
          cells: [
            person.name,
            person.roles.join(", "),
          ],
        }))}
      />
    </>
  );
}
