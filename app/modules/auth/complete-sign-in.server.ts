// After a link or code is accepted: a new session (rotated), the sign-in cookie cleared, audited.
import { redirect } from "@remix-run/node";
import { recordAudit } from "../audit/audit.server.ts";
import { clearCookie, SIGN_IN_COOKIE } from "./cookies.server.ts";
import { safeReturnTo } from "./schema.ts";
import { startSession } from "./session.server.ts";

export async function completeSignIn(
  request: Request,
  input: { personId: string; sharedDevice: boolean; returnTo?: string; method: "link" | "code" | "demo"; requestId: string },
): Promise<Response> {
  const sessionCookie = await startSession(input.personId, {
    sharedDevice: input.sharedDevice,
    userAgent: request.headers.get("User-Agent") ?? "",
    replacing: request,
  });
  await recordAudit({
    actorId: input.personId,
    action: "person.signed-in",
    entityType: "Person",
    entityId: input.personId,
    after: { method: input.method, sharedDevice: input.sharedDevice },
    requestId: input.requestId,
  });
  const headers = new Headers();
  headers.append("Set-Cookie", sessionCookie);
  headers.append("Set-Cookie", clearCookie(SIGN_IN_COOKIE));
  return redirect(safeReturnTo(input.returnTo), { headers });
}
