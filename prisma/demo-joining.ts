// Demo data for joining and leaving (issue 4): an open invitation link for the demo panel made by
// its chair (its token is a secret nobody has: only a hash is stored, so it is listed, not usable),
// two members who belong to the demo ULO, a spoke member waiting for their information to be removed, a
// chair for the Carers' spoke group, and a spoke item sent to the hub with the spoke's view, plus
// one still to send. Fixed ids (…11xx).
import { randomBytes } from "node:crypto";
import type { Prisma } from "../app/generated/prisma/client.ts";
import { demoIds } from "./demo-data.ts";

const DAY = 86_400_000;

export const joiningDemoIds = {
  invitation: "00000000-0000-4000-8000-000000001101",
  leavingMember: "00000000-0000-4000-8000-000000001102",
  spokeChair: "00000000-0000-4000-8000-000000001103",
  sentSpokeItem: "00000000-0000-4000-8000-000000001104",
  hubCopy: "00000000-0000-4000-8000-000000001105",
  spokeItemToSend: "00000000-0000-4000-8000-000000001106",
} as const;

export async function loadJoiningDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const ids = joiningDemoIds;

  await tx.panelInvitation.create({
    data: {
      id: ids.invitation,
      panelId: demoIds.panel,
      role: "MEMBER",
      tokenHash: randomBytes(32).toString("hex"),
      maxUses: 5,
      uses: 1,
      expiresAt: new Date(now.getTime() + 10 * DAY),
      createdById: demoIds.chair,
      createdAt: daysAgo(4),
    },
  });

  await tx.personOrganisation.createMany({
    data: [
      { personId: demoIds.member, organisationId: demoIds.ulo },
      { personId: demoIds.spokeMember, organisationId: demoIds.ulo },
    ],
  });

  await tx.person.create({
    data: { id: ids.leavingMember, name: "Robin Hale", email: "robin.hale@example.org", removalRequestedAt: daysAgo(3) },
  });
  await tx.person.create({ data: { id: ids.spokeChair, name: "Jamie Carter", email: "jamie.carter@example.org" } });
  const agreed = { joinedVia: "ADMIN", consentRecordedAt: daysAgo(60), consentRecordedById: demoIds.admin } as const;
  await tx.membership.createMany({
    data: [
      { personId: ids.leavingMember, panelId: demoIds.spoke, role: "MEMBER", ...agreed },
      { personId: ids.spokeChair, panelId: demoIds.spoke, role: "MEMBER", ...agreed },
      { personId: ids.spokeChair, panelId: demoIds.spoke, role: "CHAIR", ...agreed },
    ],
  });

  const spokeItem = { panelId: demoIds.spoke, proposedAs: "MEMBER", type: "DISCUSSION" } as const;
  await tx.agendaItem.create({
    data: {
      ...spokeItem,
      id: ids.sentSpokeItem,
      title: "Respite breaks for carers are hard to book",
      about: "Carers wait months for a respite break, and the booking line is only open in working hours.",
      whyItMatters: "Carers who cannot get a break become ill themselves.",
      minutesNeeded: 20,
      status: "FORWARDED",
      proposedById: demoIds.spokeMember,
      createdAt: daysAgo(9),
    },
  });
  await tx.agendaItem.create({
    data: {
      panelId: demoIds.panel,
      id: ids.hubCopy,
      title: "Respite breaks for carers are hard to book",
      about: "Carers wait months for a respite break, and the booking line is only open in working hours.",
      whyItMatters: "Carers who cannot get a break become ill themselves.",
      type: "DISCUSSION",
      minutesNeeded: 20,
      status: "PROPOSED",
      proposedById: ids.spokeChair,
      proposedAs: "MEMBER",
      forwardedFromItemId: ids.sentSpokeItem,
      forwardedFromPanelId: demoIds.spoke,
      spokeView:
        "Our group agreed this is the most pressing thing for carers. We ask the panel to press the council for an online booking form and an evening phone line, and to ask how long people wait now.",
      createdAt: daysAgo(6),
    },
  });
  await tx.agendaItem.create({
    data: {
      ...spokeItem,
      id: ids.spokeItemToSend,
      title: "Carer's assessments take too long",
      about: "Some carers in our group waited over six months for a carer's assessment.",
      minutesNeeded: 15,
      status: "PROPOSED",
      proposedById: demoIds.spokeMember,
      createdAt: daysAgo(2),
    },
  });
}
