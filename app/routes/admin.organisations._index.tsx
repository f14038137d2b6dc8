import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import { listOrganisations } from "~/modules/organisations/organisations.server.ts";
import { organisationKindLabels } from "~/modules/organisations/schema.ts";

export const meta: MetaFunction = () => [{ title: "Organisations – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  const organisations = await listOrganisations();
  const search = new URL(request.url).searchParams;
  const added = organisations.find((o) => o.id === search.get("added"));
  const saved = organisations.find((o) => o.id === search.get("saved"));
  return {
    organisations,
    banner: added ? `${added.name} has been added.` : saved ? `Your changes to ${saved.name} are saved.` : null,
  };
}

export default function Organisations() {
  const { organisations, banner } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", text: "Administration" }]} />
      <SuccessBanner text={banner} />
      <h1 className="govuk-heading-l">Organisations</h1>
      <p className="govuk-body">Councils, user led organisations (ULOs) and other organisations that panels work with.</p>
      <Link to="/admin/organisations/new" className="govuk-button" role="button" draggable="false" data-module="govuk-button">
        Add an organisation
      </Link>
      {organisations.length ? (
        <Table
          caption="Organisations"
          captionHidden
          head={[{ label: "Name" }, { label: "Kind" }, { label: "Action", visuallyHidden: true }]}
          rows={organisations.map((organisation) => ({
            key: organisation.id,
            cells: [
              organisation.name,
              organisationKindLabels[organisation.kind],
              <>
                <Link className="govuk-link" to={`/admin/organisations/${organisation.id}`}>
                  Edit<span className="govuk-visually-hidden"> {organisation.name}</span>
                </Link>
              </>,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">There are no organisations yet.</p>
      )}
    </>
  );
}
