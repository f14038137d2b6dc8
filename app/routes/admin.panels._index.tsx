import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
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
        <Table
          caption="Panels"
          captionHidden
          head={[{ label: "Name" }, { label: "Council" }, { label: "User led organisation (ULO)" }, { label: "Hub (for a spoke group)" }, { label: "Members", numeric: true }]}
          rows={panels.map((panel) => ({
            key: panel.id,
            cells: [
              <>
                <Link className="govuk-link" to={`/admin/panels/${panel.id}`}>
                  {panel.name}
                </Link>
              </>,
              panel.council?.name ?? "None",
              panel.financeOrganisation?.name ?? "None",
              panel.hub?.name ?? "Not a spoke",
              panel.memberCount,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">There are no panels yet.</p>
      )}
    </>
  );
}
