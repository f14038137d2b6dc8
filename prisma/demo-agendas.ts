// Demo agenda items for the demo panel: three proposed by members in their own words and two by
// the council officer, one shaped by the chair, with priorities from five members for the
// upcoming meeting, so a newcomer sees a ranked list. Fixed ids (…07xx).
import type { Prisma } from "../app/generated/prisma/client.ts";
import { demoIds } from "./demo-data.ts";

const DAY = 86_400_000;
const upcomingMeeting = "00000000-0000-4000-8000-000000000502";
const members = {
  jordan: "00000000-0000-4000-8000-000000000401",
  ravi: "00000000-0000-4000-8000-000000000402",
  grace: "00000000-0000-4000-8000-000000000403",
};

const items = {
  paperwork: "00000000-0000-4000-8000-000000000701",
  easyRead: "00000000-0000-4000-8000-000000000702",
  paPay: "00000000-0000-4000-8000-000000000703",
  reportBack: "00000000-0000-4000-8000-000000000704",
  dayServices: "00000000-0000-4000-8000-000000000705",
};

export async function loadAgendasDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const member = { panelId: demoIds.panel, proposedAs: "MEMBER", status: "PROPOSED" } as const;
  const officer = { panelId: demoIds.panel, proposedAs: "OFFICER", status: "PROPOSED", proposedById: demoIds.officer } as const;
  await tx.agendaItem.createMany({
    data: [
      {
        ...member,
        id: items.paperwork,
        title: "Direct Payments paperwork is too hard to fill in",
        about: "The forms for Direct Payments are long and use words I do not understand. I needed help from three people to fill them in.",
        whyItMatters: "People give up on Direct Payments because of the forms, not because they do not want them.",
        type: "DISCUSSION",
        minutesNeeded: 20,
        relatedRecommendations: ["R4.1"],
        proposedById: demoIds.member,
        shapedById: demoIds.chair,
        createdAt: daysAgo(12),
      },
      {
        ...member,
        id: items.easyRead,
        title: "Easy read letters from the council",
        about: "Letters about my care arrive in small print with no easy read version.",
        whyItMatters: "If I cannot read the letter I miss my review.",
        type: "DECISION",
        presenter: "Jordan Ellis",
        minutesNeeded: 15,
        proposedById: members.jordan,
        createdAt: daysAgo(10),
      },
      {
        ...member,
        id: items.paPay,
        title: "Paying personal assistants on time",
        about: "My personal assistant was paid late twice this year because the payment came late.",
        type: "DISCUSSION",
        minutesNeeded: 15,
        proposedById: members.ravi,
        createdAt: daysAgo(8),
      },
      {
        ...officer,
        id: items.reportBack,
        title: "Report back on recommendations R6.4 and R8.2",
        about: "What the council has done since the panel made these recommendations, and what is still to do.",
        type: "REPORT_BACK",
        presenter: "Chris Jones",
        minutesNeeded: 20,
        relatedRecommendations: ["R6.4", "R8.2"],
        createdAt: daysAgo(7),
      },
      {
        ...officer,
        id: items.dayServices,
        title: "Day service redesign consultation",
        about: "The council is changing how day services work and wants the panel's views before the plan is final.",
        whyItMatters: "The panel's views will go to Cabinet with the plan.",
        type: "DECISION",
        presenter: "Chris Jones",
        minutesNeeded: 30,
        councilDecision: "Cabinet decides the day services plan",
        councilDecisionDate: new Date(now.getTime() + 35 * DAY),
        createdAt: daysAgo(5),
      },
    ],
  });
  const votes: [string, string, string, string, string][] = [
    // [person, 3 points, 2 points, 1 point, id prefix]
    [demoIds.chair, items.dayServices, items.paperwork, items.reportBack, "71"],
    [demoIds.member, items.paperwork, items.easyRead, items.paPay, "72"],
    [members.jordan, items.easyRead, items.paperwork, items.dayServices, "73"],
    [members.ravi, items.paPay, items.paperwork, items.easyRead, "74"],
    [members.grace, items.paperwork, items.dayServices, items.easyRead, "75"],
  ];
  await tx.priorityVote.createMany({
    data: votes.flatMap(([personId, first, second, third, prefix]) =>
      [first, second, third].map((itemId, index) => ({
        id: `00000000-0000-4000-8000-000000000${prefix}${index}`,
        meetingId: upcomingMeeting,
        personId,
        itemId,
        weight: 3 - index,
      })),
    ),
  });
}
