import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { listPanelsForAdmin } from "~/modules/panels/panel-admin.server.ts";
import { requireCapability } from "~/modules/auth/permissions.server.ts";

export const meta: MetaFunction = () => [{ title: "Panels – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireCapability(request, "administersAnyPanel");
  return { panels: await listPanelsForAdmin(access), isSiteAdmin: access.isSiteAdmin };
}

export default function AdminPanels() {
  const { panels, isSiteAdmin } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", text: "Administration" }]} />
      <h1 className="govuk-heading-l">Panels</h1>
      <p className="govuk-body">
        {isSiteAdmin ? "Every panel, its hub and spoke groups, and who holds which role." : "The panels you are an admin of."}
      </p>
      {isSiteAdmin ? (
        <Link to="/admin/panels/new" className="govuk-button" role="button" draggable="false" data-module="govuk-button">
          Add a panel
        </Link>
      ) : null}
      {panels.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Panels</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Council</th>
              <th scope="col" className="govuk-table__header">User led organisation (ULO)</th>
              <th scope="col" className="govuk-table__header">Hub (for a spoke group)</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Members</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {panels.map((panel) => (
              <tr className="govuk-table__row" key={panel.id}>
                <td data-label="Name" className="govuk-table__cell">
                  <Link className="govuk-link" to={`/admin/panels/${panel.id}`}>
                    {panel.name}
                  </Link>
                </td>
                <td data-label="Council" className="govuk-table__cell">{panel.council?.name ?? "None"}</td>
                <td data-label="User led organisation (ULO)" className="govuk-table__cell">{panel.financeOrganisation?.name ?? "None"}</td>
                <td data-label="Hub (for a spoke group)" className="govuk-table__cell">{panel.hub?.name ?? "Not a spoke"}</td>
                <td data-label="Members" className="govuk-table__cell govuk-table__cell--numeric">{panel.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">There are no panels yet.</p>
      )}
    </>
  );
}
