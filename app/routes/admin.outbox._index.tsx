// The email outbox: messages the mailer wrote to files because no mail server is set up.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import { listOutboxMessages, OUTBOX_LIMIT } from "~/modules/email/outbox.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "Email outbox – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  return { outbox: await listOutboxMessages(), limit: OUTBOX_LIMIT };
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireCapability(request, "administersSite"));

export default function Outbox() {
  const { outbox, limit } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", text: "Administration" }]} />
      <h1 className="govuk-heading-l">Email outbox</h1>
      {!outbox ? (
        <p className="govuk-body">Emails go to the mail server, so there is no outbox to show here.</p>
      ) : outbox.messages.length === 0 ? (
        <p className="govuk-body">No emails have been written to the outbox yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            No mail server is set up, so emails are kept here instead of being sent. Newest first
            {outbox.total > limit ? `, showing the ${limit} newest of ${outbox.total}` : ""}. Times are UK time.
          </p>
          <Table
            caption="Emails in the outbox, newest first"
            captionHidden
            head={[{ label: "When" }, { label: "To" }, { label: "Subject" }]}
            rows={outbox.messages.map((message) => ({
              key: message.id,
              cells: [
                <>{message.sentAt ? <time dateTime={message.sentAt}>{message.when}</time> : message.when}</>,
                message.to,
                <>
                  <Link className="govuk-link" to={`/admin/outbox/${message.id}`}>
                    {message.subject}
                  </Link>
                </>,
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
