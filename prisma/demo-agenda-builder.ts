// The demo panel's past meeting with the agenda it had: four items in order with a tea break, one
// paper that arrived after the deadline (marked "Late paper", R6.4), so a newcomer sees a built
// agenda, its large-print view and its exports. The upcoming meeting's proposed items are left for
// the demo of prioritising and building. Fixed ids (…08xx).
import type { Prisma } from "../app/generated/prisma/client.ts";
import { addDaysToDate, utcToZonedDateTime, zonedDateTimeToUtc } from "../app/dates.ts";
import { demoIds } from "./demo-data.ts";

const pastMeeting = "00000000-0000-4000-8000-000000000501";
const zone = "Europe/London";

const items = {
  welcome: "00000000-0000-4000-8000-000000000801",
  review: "00000000-0000-4000-8000-000000000802",
  supportPlan: "00000000-0000-4000-8000-000000000803",
  other: "00000000-0000-4000-8000-000000000804",
};

const entries = {
  welcome: "00000000-0000-4000-8000-000000000811",
  review: "00000000-0000-4000-8000-000000000812",
  tea: "00000000-0000-4000-8000-000000000813",
  supportPlan: "00000000-0000-4000-8000-000000000814",
  other: "00000000-0000-4000-8000-000000000815",
};

/** A London wall-clock time on the day `days` from `now`, as an instant (as demo-meetings.ts does). */
function londonAt(now: Date, days: number, time: string): Date {
  return zonedDateTimeToUtc(addDaysToDate(utcToZonedDateTime(now, zone).date, days), time, zone)!;
}

export async function loadAgendaBuilderDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  // The past meeting was 21 days ago, 2pm to 4pm; its papers were due 28 days ago at 5pm.
  const onAgenda = { panelId: demoIds.panel, meetingId: pastMeeting, status: "ON_AGENDA", createdAt: londonAt(now, -40, "10:00") } as const;
  await tx.agendaItem.createMany({
    data: [
      {
        ...onAgenda,
        id: items.welcome,
        title: "Welcome, introductions and apologies",
        about: "The chair welcomes everyone, people introduce themselves, and the chair reads out apologies.",
        type: "INFORMATION",
        presenter: "Alex Morgan",
        minutesNeeded: 10,
        proposedById: demoIds.chair,
        proposedAs: "MEMBER",
      },
      {
        ...onAgenda,
        id: items.review,
        title: "Direct payments review: what members told us",
        about: "Members share what getting a Direct Payment has been like, from the first assessment to paying a Personal Assistant.",
        whyItMatters: "The council is reviewing how Direct Payments work and wants to hear from people who use them.",
        type: "DISCUSSION",
        presenter: "Priya Shah",
        minutesNeeded: 40,
        relatedRecommendations: ["R4.1"],
        proposedById: demoIds.member,
        proposedAs: "MEMBER",
        paperReceivedAt: londonAt(now, -31, "11:00"),
        paperLink: "https://example.org/papers/direct-payments-review.pdf",
      },
      {
        ...onAgenda,
        id: items.supportPlan,
        title: "The new support plan form",
        about: "The council has drafted a shorter support plan form for Self-directed support and asks the panel whether to use it.",
        type: "DECISION",
        presenter: "Chris Jones",
        minutesNeeded: 35,
        relatedRecommendations: ["R6.4"],
        councilDecision: "The Director of Adult Services decides which support plan form to use",
        councilDecisionDate: londonAt(now, -7, "12:00"),
        proposedById: demoIds.officer,
        proposedAs: "OFFICER",
        // Three days after the deadline: members had less time to read it.
        paperReceivedAt: londonAt(now, -25, "10:15"),
        paperLink: "https://example.org/papers/support-plan-form-draft.pdf",
      },
      {
        ...onAgenda,
        id: items.other,
        title: "Any other business",
        about: "Anything members want to raise that is not on the agenda.",
        type: "DISCUSSION",
        presenter: "Alex Morgan",
        minutesNeeded: 10,
        proposedById: demoIds.chair,
        proposedAs: "MEMBER",
      },
    ],
  });
  await tx.agendaEntry.createMany({
    data: [
      { id: entries.welcome, meetingId: pastMeeting, position: 1, kind: "ITEM", itemId: items.welcome, minutes: 10 },
      { id: entries.review, meetingId: pastMeeting, position: 2, kind: "ITEM", itemId: items.review, minutes: 40 },
      { id: entries.tea, meetingId: pastMeeting, position: 3, kind: "BREAK", title: "Tea break", minutes: 15 },
      { id: entries.supportPlan, meetingId: pastMeeting, position: 4, kind: "ITEM", itemId: items.supportPlan, minutes: 35 },
      { id: entries.other, meetingId: pastMeeting, position: 5, kind: "ITEM", itemId: items.other, minutes: 10 },
    ],
  });
}
