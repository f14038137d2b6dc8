import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability, forbidden, notFound } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import { describeContact, describePaperFormat, describeSupport } from "~/modules/needs/describe.ts";
import { viewNeedsOfPanel } from "~/modules/needs/needs.server.ts";
import { getPanelPage } from "~/modules/panels/panels.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Communication needs: ${data?.panel.name ?? "panel"} – Panel` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Members are refused: they never see other members' needs (issue 4, Share).
  const { session, panelId, roles } = await requireCapability(request, "seesNeedsSummary", params.panelId);
  const panel = await getPanelPage(panelId);
  if (!panel) throw notFound();
  const view = await viewNeedsOfPanel(panelId, {
    personId: session.person.id,
    isSiteAdmin: session.person.isSiteAdmin,
    roles,
    requestId: context.requestId,
  });
  if (!view) throw forbidden();
  return {
    panel: { id: panel.id, name: panel.name },
    view: {
      ...view,
      people:
        view.people?.map((p) => ({
          personId: p.personId,
          name: p.preferredName && p.preferredName !== p.name ? `${p.name} (${p.preferredName})` : p.name,
          format: describePaperFormat(p.needs),
          contact: describeContact(p.needs),
          support: describeSupport(p.needs),
          dietaryNeeds: p.needs.dietaryNeeds,
          inOwnWords: p.needs.inOwnWords,
        })) ?? null,
    },
  };
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireCapability(request, "seesNeedsSummary", params.panelId));

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export default function PanelNeeds() {
  const { panel, view } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
      <span className="govuk-caption-l">{panel.name}</span>
      <h1 className="govuk-heading-l">Communication needs</h1>
      <p className="govuk-body">
        What to arrange so everyone on the panel can take part: papers in the right format, support at meetings and access
        to the room.
      </p>

      <h2 className="govuk-heading-m">What to arrange</h2>
      <div className="govuk-inset-text">
        {view.summary.length ? (
          <ul className="govuk-list govuk-list--bullet" aria-label="Needs summed up">
            {view.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Nobody has told us of anything to arrange.</p>
        )}
      </div>
      <p className="govuk-body">
        From {plural(view.recorded, "person who has", "people who have")} told us their needs.
        {view.notRecorded ? ` ${plural(view.notRecorded, "person has", "people have")} not told us yet.` : ""}
      </p>

      {view.people ? (
        <>
          <h2 className="govuk-heading-m">People who agreed to share their needs</h2>
          <p className="govuk-body">
            Use these only to arrange things for people. We record each time you look at this page.
            {view.notShared
              ? ` ${plural(view.notShared, "person", "people")} did not agree to share, so they are counted above but not named.`
              : ""}
          </p>
          {view.people.length ? (
            <Table
              caption="People who agreed to share their needs"
              captionHidden
              head={[{ label: "Name" }, { label: "Papers" }, { label: "Contact" }, { label: "Support and access" }, { label: "Food and in their own words" }]}
              firstCellIsHeader
              rows={view.people.map((person) => ({
                key: person.personId,
                cells: [
                  person.name,
                  person.format,
                  person.contact,
                  person.support.length ? person.support.join(", ") : "None",
                  <>
                    {person.dietaryNeeds ? <p className="govuk-body-s">Food: {person.dietaryNeeds}</p> : null}
                    {person.inOwnWords ? <p className="govuk-body-s">{person.inOwnWords}</p> : null}
                  </>,
                ],
              }))}
            />
          ) : (
            <p className="govuk-body">Nobody has agreed to share their needs yet.</p>
          )}
        </>
      ) : (
        <p className="govuk-body">
          Only totals are shown to finance staff. Names stay with the chair, council officers and panel admins, and only for
          people who agreed.
        </p>
      )}
    </>
  );
}
