// Demo meetings for the demo panel: one about three weeks ago with attendance recorded, and one
// about three weeks ahead with a council decision date and replies from some members, so a
// newcomer sees totals, needs flagged and what must be arranged. Fixed ids (…05xx).
import type { Prisma } from "../app/generated/prisma/client.ts";
import { addDaysToDate, utcToZonedDateTime, zonedDateTimeToUtc } from "../app/dates.ts";
import { demoIds } from "./demo-data.ts";

const meetingIds = {
  past: "00000000-0000-4000-8000-000000000501",
  upcoming: "00000000-0000-4000-8000-000000000502",
};

const zone = "Europe/London";

/** A London wall-clock time on the day `days` from `now`, as an instant. */
function londonAt(now: Date, days: number, time: string): Date {
  const date = addDaysToDate(utcToZonedDateTime(now, zone).date, days);
  return zonedDateTimeToUtc(date, time, zone)!;
}

export async function loadMeetingsDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const venue = {
    venueName: "Wessex Civic Centre, Committee Room 2",
    venueAddress: "Castle Street\nWinchester\nSO23 8UJ",
    venueAccess:
      "Step-free entrance on Castle Street, with a lift to the first floor. Hearing loop in Committee Room 2. Accessible toilets on every floor. Two blue badge spaces by the door; the nearest bus stop is Castle Hill.",
    onlineLink: "https://meet.example.org/wessex-personalisation-panel",
  };

  await tx.meeting.create({
    data: {
      id: meetingIds.past,
      panelId: demoIds.panel,
      title: "Panel meeting: direct payments review",
      startsAt: londonAt(now, -21, "14:00"),
      endsAt: londonAt(now, -21, "16:00"),
      papersDeadline: londonAt(now, -28, "17:00"),
      createdById: demoIds.chair,
      ...venue,
    },
  });
  await tx.meetingReply.createMany({
    data: [
      { id: "00000000-0000-4000-8000-000000000520", meetingId: meetingIds.past, personId: demoIds.chair, mode: "IN_PERSON", repliedById: demoIds.chair },
      {
        id: "00000000-0000-4000-8000-000000000521",
        meetingId: meetingIds.past,
        personId: demoIds.member,
        mode: "ONLINE",
        meetingSupport: ["BREAKS"],
        repliedById: demoIds.member,
      },
    ],
  });
  await tx.attendance.createMany({
    data: [
      { id: "00000000-0000-4000-8000-000000000530", meetingId: meetingIds.past, personId: demoIds.chair, mode: "IN_PERSON", recordedById: demoIds.officer, recordedAt: londonAt(now, -21, "16:15") },
      { id: "00000000-0000-4000-8000-000000000531", meetingId: meetingIds.past, personId: demoIds.member, mode: "ONLINE", recordedById: demoIds.officer, recordedAt: londonAt(now, -21, "16:15") },
    ],
  });

  await tx.meeting.create({
    data: {
      id: meetingIds.upcoming,
      panelId: demoIds.panel,
      title: "Panel meeting: day services and the care budget",
      startsAt: londonAt(now, 21, "10:30"),
      endsAt: londonAt(now, 21, "13:00"),
      papersDeadline: londonAt(now, 14, "17:00"),
      createdById: demoIds.officer,
      ...venue,
      decisionDates: {
        create: [
          { id: "00000000-0000-4000-8000-000000000510", title: "Cabinet decides the adult social care budget", decidesOn: londonAt(now, 35, "00:00") },
        ],
      },
    },
  });
  // The chair has replied; Priya Shah has not, so she can try replying.
  await tx.meetingReply.create({
    data: {
      id: "00000000-0000-4000-8000-000000000522",
      meetingId: meetingIds.upcoming,
      personId: demoIds.chair,
      mode: "IN_PERSON",
      meetingSupport: ["HEARING_LOOP"],
      physicalAccess: ["STEP_FREE", "PARKING"],
      dietaryNeeds: "Vegetarian",
      travelNeeded: true,
      repliedById: demoIds.chair,
    },
  });
}
