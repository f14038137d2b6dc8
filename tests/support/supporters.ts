// Supporter factories: a member in a panel with a supporter already named (an active consent),
// straight into the database, for tests that start from an existing consent.
import { db } from "../../app/services.server.ts";
import type { Scope } from "../../app/modules/supporters/scopes.ts";
import { createPanel, createPerson } from "./factories.ts";

export async function createConsent(
  memberId: string,
  supporterId: string,
  scopes: Scope[],
  data: { relationship?: string; recordedById?: string; withdrawn?: boolean } = {},
) {
  return db().supporterConsent.create({
    data: {
      memberId,
      supporterId,
      scopes,
      relationship: data.relationship ?? "PERSONAL_ASSISTANT",
      recordedById: data.recordedById ?? memberId,
      withdrawnAt: data.withdrawn ? new Date() : null,
      withdrawnById: data.withdrawn ? memberId : null,
    },
  });
}

/** A panel with a member (Jordan Ellis) and their supporter (Sam Lee) allowed `scopes`. */
export async function memberWithSupporter(scopes: Scope[]) {
  const panel = await createPanel({ name: "Wessex panel" });
  const member = await createPerson({ name: "Jordan Ellis", email: "jordan@example.org", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const supporter = await createPerson({ name: "Sam Lee", email: "sam@example.org" });
  const consent = await createConsent(member.id, supporter.id, scopes);
  return { panel, member, supporter, consent };
}
