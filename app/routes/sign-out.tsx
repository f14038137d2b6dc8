import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/modules/audit/audit.server.ts";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { endSession } from "~/modules/auth/session.server.ts";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  const cookie = await endSession(request);
  if (session) {
    await recordAudit({
      actorId: session.person.id,
      action: "person.signed-out",
      entityType: "Person",
      entityId: session.person.id,
      requestId: context.requestId,
    });
  }
  return redirect("/?signedOut=1", { headers: { "Set-Cookie": cookie } });
}
