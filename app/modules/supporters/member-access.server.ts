// Who may manage supporters: a member or chair of a panel names them; someone who has named
// supporters keeps the pages (to see and stop them) even after leaving their panels.
import { forbidden, notFound, requireId, requirePerson } from "../auth/permissions.server.ts";
import type { CurrentSession } from "../auth/session.server.ts";
import { db } from "../../services.server.ts";
import { canNameSupporters, getSupporter, type SupporterRow } from "./consents.server.ts";
import { messages } from "./schema.ts";

export async function requireSupportersOwner(request: Request): Promise<{ session: CurrentSession; mayName: boolean }> {
  const session = await requirePerson(request);
  const mayName = await canNameSupporters(session.person.id);
  if (!mayName) {
    const named = await db().supporterConsent.count({ where: { memberId: session.person.id } });
    if (!named) throw forbidden(messages.notAMember);
  }
  return { session, mayName };
}

/** One of the signed-in member's own supporters; anyone else's consent id is not found. */
export async function requireOwnSupporter(
  request: Request,
  consentIdParam: string | undefined,
): Promise<{ session: CurrentSession; supporter: SupporterRow }> {
  const { session } = await requireSupportersOwner(request);
  const supporter = await getSupporter(session.person.id, requireId(consentIdParam));
  if (!supporter) throw notFound();
  return { session, supporter };
}
