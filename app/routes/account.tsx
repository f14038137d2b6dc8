import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { SummaryList } from "~/components/summary-list.tsx";
import { recordAudit } from "~/modules/audit/audit.server.ts";
import { clearCookie, SESSION_COOKIE } from "~/modules/auth/cookies.server.ts";
import { requirePerson } from "~/modules/auth/permissions.server.ts";
import { endAllSessions } from "~/modules/auth/session.server.ts";
import { db } from "~/services.server.ts";

export const meta: MetaFunction = () => [{ title: "Your account – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const devices = await db().session.count({ where: { personId: session.person.id } });
  return { name: session.person.name, email: session.person.email, devices };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  const form = await request.formData();
  if (form.get("intent") !== "sign-out-everywhere") throw new Response("Unknown action", { status: 400 });
  await endAllSessions(session.person.id);
  await recordAudit({
    actorId: session.person.id,
    action: "person.signed-out-everywhere",
    entityType: "Person",
    entityId: session.person.id,
    requestId: context.requestId,
  });
  return redirect("/?signedOut=all", { headers: { "Set-Cookie": clearCookie(SESSION_COOKIE) } });
}

export default function Account() {
  const { name, email, devices } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">Your account</h1>
      <SummaryList
        rows={[
          { key: "Name", value: name },
          { key: "Email address", value: email },
        ]}
      />
      <h2 className="govuk-heading-m">Signed-in devices</h2>
      <p className="govuk-body">
        You are signed in on {devices} {devices === 1 ? "device or browser" : "devices or browsers"}. If you lost a device,
        or signed in somewhere you should not have, sign out everywhere.
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="sign-out-everywhere" />
        <button type="submit" className="govuk-button govuk-button--warning">
          Sign out of all devices
        </button>
      </Form>
    </>
  );
}
