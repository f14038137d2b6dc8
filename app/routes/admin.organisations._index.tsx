import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
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
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Organisations</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {organisations.map((organisation) => (
              <tr className="govuk-table__row" key={organisation.id}>
                <td data-label="Name" className="govuk-table__cell">{organisation.name}</td>
                <td data-label="Kind" className="govuk-table__cell">{organisationKindLabels[organisation.kind]}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/admin/organisations/${organisation.id}`}>
                    Edit<span className="govuk-visually-hidden"> {organisation.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">There are no organisations yet.</p>
      )}
    </>
  );
}
