// Demo supporters (issue 4): Lee Ellis, personal assistant of demo member Jordan Ellis, may reply
// to meetings, read papers and prioritise for Jordan (not suggest items, nor claim expenses), and
// has already chosen Jordan's priorities for the upcoming meeting, so Jordan sees "done by Lee for
// you". Fixed ids (…10xx). Expects the needs, meetings and agendas demos to be loaded first.
import type { Prisma } from "../app/generated/prisma/client.ts";
import { demoIds } from "./demo-data.ts";

export const demoSupporterIds = {
  lee: "00000000-0000-4000-8000-000000001001",
  consent: "00000000-0000-4000-8000-000000001010",
} as const;

const jordan = "00000000-0000-4000-8000-000000000401";
const upcomingMeeting = "00000000-0000-4000-8000-000000000502";
const HOUR = 3_600_000;

export async function loadSupportersDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  await tx.person.create({ data: { id: demoSupporterIds.lee, name: "Lee Ellis", email: "lee.ellis@example.org" } });
  const consentedAt = new Date(now.getTime() - 30 * 24 * HOUR);
  await tx.supporterConsent.create({
    data: {
      id: demoSupporterIds.consent,
      memberId: jordan,
      supporterId: demoSupporterIds.lee,
      relationship: "PERSONAL_ASSISTANT",
      scopes: ["REPLY", "PAPERS", "PRIORITISE"],
      consentedAt,
      recordedById: jordan,
    },
  });
  await tx.auditEvent.create({
    data: {
      at: consentedAt,
      actorId: jordan,
      action: "supporter.named",
      entityType: "SupporterConsent",
      entityId: demoSupporterIds.consent,
      after: { memberId: jordan, supporterId: demoSupporterIds.lee, relationship: "PERSONAL_ASSISTANT", scopes: ["REPLY", "PAPERS", "PRIORITISE"] },
    },
  });
  // Jordan's priorities for the upcoming meeting (from the agendas demo) were entered by Lee.
  const votes = await tx.priorityVote.updateMany({ where: { meetingId: upcomingMeeting, personId: jordan }, data: { enteredById: demoSupporterIds.lee } });
  if (votes.count > 0) {
    await tx.auditEvent.create({
      data: {
        at: new Date(now.getTime() - 2 * 24 * HOUR),
        actorId: demoSupporterIds.lee,
        onBehalfOfId: jordan,
        action: "priorities.saved",
        entityType: "Meeting",
        entityId: upcomingMeeting,
        panelId: demoIds.panel,
      },
    });
  }
}
