// Requests to remove a person's information (issue 4): site admins see who asked, when, and their
// panels, and complete each one from its own confirmation page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
import { formatLongDate } from "~/dates.ts";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { listRemovalRequests } from "~/modules/people/removal.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "Removal requests – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  const { pending, done } = await listRemovalRequests();
  return {
    removed: new URL(request.url).searchParams.get("removed") === "1",
    pending: pending.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      askedOn: person.removalRequestedAt ? formatLongDate(person.removalRequestedAt) : "",
      panels: person.panels,
    })),
    done: done.map((person) => ({ id: person.id, name: person.name, removedOn: person.anonymisedAt ? formatLongDate(person.anonymisedAt) : "" })),
  };
}

/** A read-only page: only site admins learn that it takes no posts. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireCapability(request, "administersSite"));

export default function RemovalRequests() {
  const { pending, done, removed } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", text: "Administration" }]} />
      {removed ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">The person's information has been removed.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">Removal requests</h1>
      <p className="govuk-body">
        People who asked for their information to be removed. Completing a removal deletes or blanks what identifies them, keeps
        what the law requires, and cannot be undone.
      </p>
      {pending.length === 0 ? (
        <p className="govuk-body">Nobody is waiting for their information to be removed.</p>
      ) : (
        <Table
          caption="Waiting, oldest request first"
          captionSize="m"
          head={[{ label: "Name" }, { label: "Asked on" }, { label: "Panels" }, { label: "Action", visuallyHidden: true }]}
          rows={pending.map((person) => ({
            key: person.id,
            cells: [
              <>
                {person.name}
                <br />
                <span className="govuk-body-s">{person.email}</span>
              </>,
              person.askedOn,
              person.panels.length ? person.panels.join(", ") : "None",
              <>
                <Link className="govuk-link" to={`/admin/removals/${person.id}`}>
                  Complete removal<span className="govuk-visually-hidden"> for {person.name}</span>
                </Link>
              </>,
            ],
          }))}
        />
      )}
      {done.length ? (
        <>
          <h2 className="govuk-heading-m">Recently removed</h2>
          <ul className="govuk-list">
            {done.map((person) => (
              <li key={person.id}>
                {person.name}, removed on {person.removedOn}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
