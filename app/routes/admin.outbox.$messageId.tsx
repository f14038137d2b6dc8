// One email from the outbox, as text only: an email's HTML is never put into our page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { readOutboxMessage } from "~/modules/email/outbox.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.message.subject ?? "Email"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  const message = await readOutboxMessage(params.messageId);
  if (!message) throw notFound();
  return { message };
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireCapability(request, "administersSite"));

export default function OutboxMessage() {
  const { message } = useLoaderData<typeof loader>();
  const paragraphs = message.text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", text: "Administration" },
          { href: "/admin/outbox", text: "Email outbox" },
        ]}
      />
      <span className="govuk-caption-l">Email</span>
      <h1 className="govuk-heading-l">{message.subject}</h1>
      <SummaryList
        rows={[
          { key: "When", value: <>{message.sentAt ? <time dateTime={message.sentAt}>{message.when}</time> : message.when}</> },
          { key: "To", value: message.to },
          { key: "From", value: message.from },
        ]}
      />
      <h2 className="govuk-heading-m">Message</h2>
      {message.hasHtml ? (
        <p className="govuk-body">This is the plain-text version. The email also has an HTML version, which is not shown here.</p>
      ) : null}
      <div className="govuk-inset-text">
        {paragraphs.length === 0 ? (
          <p className="govuk-body">The email has no text.</p>
        ) : (
          paragraphs.map((paragraph, index) => (
            <p className="govuk-body" key={index}>
              {paragraph
                .trim()
                .split("\n")
                .flatMap((line, lineIndex) => (lineIndex === 0 ? [line] : [<br key={lineIndex} />, line]))}
            </p>
          ))
        )}
      </div>
    </>
  );
}
