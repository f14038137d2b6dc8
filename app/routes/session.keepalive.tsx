// Called by the shared-device timeout warning (and by activity) to keep a session alive.
import type { ActionFunctionArgs } from "@remix-run/node";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { sessionEndsAt } from "~/modules/auth/session-rules.ts";
import { touchSession } from "~/modules/auth/session.server.ts";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  if (!session) return Response.json({ signedIn: false }, { status: 401 });
  const touched = await touchSession(session, new Date(), true);
  return Response.json({ signedIn: true, endsInMs: sessionEndsAt(touched).getTime() - Date.now() });
}
