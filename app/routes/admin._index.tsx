import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCapability } from "~/modules/auth/permissions.server.ts";

export const meta: MetaFunction = () => [{ title: "Administration – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { isSiteAdmin } = await requireCapability(request, "administersAnyPanel");
  return { isSiteAdmin };
}

export default function AdminHome() {
  const { isSiteAdmin } = useLoaderData<typeof loader>();
  const sections = [
    { to: "/admin/panels", title: "Panels", text: "Panels, their hub and spoke groups, and who holds which role." },
    ...(isSiteAdmin
      ? [
          { to: "/admin/people", title: "People", text: "Add people, change their details and roles, or deactivate them." },
          { to: "/admin/organisations", title: "Organisations", text: "Councils and user led organisations (ULOs)." },
          { to: "/admin/removals", title: "Removal requests", text: "People who asked for their information to be removed." },
          { to: "/admin/audit", title: "Audit log", text: "Who changed what, and when." },
          { to: "/admin/outbox", title: "Email outbox", text: "Emails written to the outbox when no mail server is set up." },
        ]
      : []),
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Administration</h1>
      <ul className="govuk-list">
        {sections.map((section) => (
          <li key={section.to} className="app-panel-card">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={section.to}>
                {section.title}
              </Link>
            </h2>
            <p className="govuk-body-s">{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
