// Demo data for after the meeting (issue 5): the demo panel's past meeting (…0501, three weeks
// ago) as it was run live, with the time each item took, notes of every kind (decisions with who
// agreed, actions with owners, some about SCIL recommendations R5.8 and R6.4), one decision
// corrected once (two versions), and minutes built from the notes, edited, shared for comments,
// approved and published publicly.
//
// Approved at: a panel approves minutes at a later meeting, and the only later one in the demo was
// three weeks ahead, so approving there would record an approval before the meeting happened.
// A short online meeting a week ago (…1201) is added for it: the minutes were shared two days after
// the meeting, commented on, approved at that meeting and published the same morning. One of the
// officer's actions was done the day after it, so the upcoming meeting (…0502) shows matters
// arising both open and done since the last meeting. The upcoming meeting is left without any live
// state, so the demo chair can start it. Fixed ids (…12xx, …13xx).
import type { Prisma } from "../app/generated/prisma/client.ts";
import { addDaysToDate, formatClockTime, formatLongDate, utcToZonedDateTime, zonedDateTimeToUtc } from "../app/dates.ts";
import { minutesUsedByEntry } from "../app/modules/live/client/minutes-used-by-entry.ts";
import { writeMinutesText, type MinutesNote } from "../app/modules/minutes/minutes-text.ts";
import { demoIds } from "./demo-data.ts";

const zone = "Europe/London";
const pastMeeting = "00000000-0000-4000-8000-000000000501";
const jordan = "00000000-0000-4000-8000-000000000401";

export const minutesDemoIds = {
  approvalMeeting: "00000000-0000-4000-8000-000000001201",
  minutes: "00000000-0000-4000-8000-000000001250",
  priyasAction: "00000000-0000-4000-8000-000000001234",
  chrisOpenAction: "00000000-0000-4000-8000-000000001240",
  chrisDoneAction: "00000000-0000-4000-8000-000000001239",
  correctedDecision: "00000000-0000-4000-8000-000000001238",
} as const;

// The past meeting's agenda (prisma/demo-agenda-builder.ts).
const items = {
  welcome: "00000000-0000-4000-8000-000000000801",
  review: "00000000-0000-4000-8000-000000000802",
  supportPlan: "00000000-0000-4000-8000-000000000803",
  other: "00000000-0000-4000-8000-000000000804",
};
const entries = {
  welcome: "00000000-0000-4000-8000-000000000811",
  review: "00000000-0000-4000-8000-000000000812",
  supportPlan: "00000000-0000-4000-8000-000000000814",
  other: "00000000-0000-4000-8000-000000000815",
};
const itemList = [
  { itemId: items.welcome, entryId: entries.welcome, title: "Welcome, introductions and apologies", planned: 10 },
  { itemId: items.review, entryId: entries.review, title: "Direct payments review: what members told us", planned: 40 },
  { itemId: items.supportPlan, entryId: entries.supportPlan, title: "The new support plan form", planned: 35 },
  { itemId: items.other, entryId: entries.other, title: "Any other business", planned: 10 },
];

const id = (n: number) => `00000000-0000-4000-8000-00000000${String(n).padStart(4, "0")}`;

/** A London wall-clock time on the day `days` from `now`, as an instant (as demo-meetings.ts does). */
function londonAt(now: Date, days: number, time: string): Date {
  return zonedDateTimeToUtc(addDaysToDate(utcToZonedDateTime(now, zone).date, days), time, zone)!;
}

/** A due date as stored: midnight UTC of the London date `days` from now. */
function dueIn(now: Date, days: number): Date {
  return new Date(`${addDaysToDate(utcToZonedDateTime(now, zone).date, days)}T00:00:00Z`);
}

type DemoNote = {
  id: string;
  itemId: string | null;
  kind: "POINT" | "DECISION" | "ACTION" | "QUESTION";
  text: string;
  at: string;
  authorId: string;
  agreedBy?: string;
  ownerId?: string;
  dueOn?: Date;
  recommendations?: string[];
  status?: "OPEN" | "DONE";
  doneAt?: Date;
};

export async function loadMinutesDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  if (await tx.meeting.count({ where: { id: minutesDemoIds.approvalMeeting } })) return;
  const at = (time: string) => londonAt(now, -21, time);
  const { chair, member: priya, officer: chris } = demoIds;
  const jordanExists = (await tx.person.count({ where: { id: jordan } })) > 0;

  // The meeting as the chair ran it: started, items in order with a tea break, ended.
  await tx.meeting.update({ where: { id: pastMeeting }, data: { liveStartedAt: at("14:00"), liveEndedAt: at("15:56"), currentEntryId: null, onBreakSince: null } });
  const timeline = [
    { id: id(1220), kind: "ITEM", entryId: entries.welcome, startedAt: at("14:02") },
    { id: id(1221), kind: "ITEM", entryId: entries.review, startedAt: at("14:14") },
    { id: id(1222), kind: "BREAK", entryId: entries.review, startedAt: at("14:58") },
    { id: id(1223), kind: "ITEM", entryId: entries.supportPlan, startedAt: at("15:12") },
    { id: id(1224), kind: "ITEM", entryId: entries.other, startedAt: at("15:45") },
    { id: id(1225), kind: "END", entryId: null, startedAt: at("15:56") },
  ];
  await tx.meetingTimeline.createMany({ data: timeline.map((row) => ({ ...row, meetingId: pastMeeting, byId: chair })) });
  if (jordanExists) {
    await tx.meetingReply.create({ data: { id: id(1212), meetingId: pastMeeting, personId: jordan, mode: "APOLOGIES", repliedById: jordan } });
  }

  const notes: DemoNote[] = [
    { id: id(1230), itemId: items.welcome, kind: "POINT", at: "14:08", authorId: chair, text: "Everyone introduced themselves. Priya Shah joined online and Jordan Ellis sent apologies." },
    { id: id(1231), itemId: items.review, kind: "POINT", at: "14:21", authorId: chair, text: "Members said the Direct Payments forms are too long and use words people do not understand." },
    { id: id(1232), itemId: items.review, kind: "POINT", at: "14:27", authorId: chris, text: "Three members needed help from other people to fill in the forms." },
    {
      id: id(1233),
      itemId: items.review,
      kind: "DECISION",
      at: "14:49",
      authorId: chair,
      text: "The panel will make its own list of the words in the forms that need a plain-English explanation.",
      agreedBy: "Everyone in the meeting",
      recommendations: ["R5.8"],
    },
    {
      id: minutesDemoIds.priyasAction,
      itemId: items.review,
      kind: "ACTION",
      at: "14:52",
      authorId: chair,
      text: "Send Chris the ten hardest words in the Direct Payments forms, with what they should say instead",
      ownerId: priya,
      dueOn: dueIn(now, 7),
      recommendations: ["R5.8"],
      status: "OPEN",
    },
    { id: id(1235), itemId: items.review, kind: "QUESTION", at: "14:56", authorId: chris, text: "How many people stopped their Direct Payment last year because of the paperwork?" },
    { id: id(1236), itemId: items.supportPlan, kind: "POINT", at: "15:16", authorId: chris, text: "Chris Jones said the draft support plan form is four pages long instead of eleven." },
    {
      id: id(1237),
      itemId: items.supportPlan,
      kind: "POINT",
      at: "15:22",
      authorId: chair,
      text: "Members asked for the paper to arrive on time: it came three days after the deadline, so they had less time to read it.",
      recommendations: ["R6.4"],
    },
    {
      id: minutesDemoIds.correctedDecision,
      itemId: items.supportPlan,
      kind: "DECISION",
      at: "15:38",
      authorId: chair,
      text: "The panel supports the shorter support plan form if an easy read version is ready at the same time.",
      agreedBy: "The panel and the council officer",
    },
    {
      id: minutesDemoIds.chrisDoneAction,
      itemId: items.supportPlan,
      kind: "ACTION",
      at: "15:40",
      authorId: chair,
      text: "Find out what the Director of Adult Services decides about the support plan form, and tell the panel",
      ownerId: chris,
      dueOn: dueIn(now, -3),
      status: "DONE",
      doneAt: londonAt(now, -6, "11:30"),
    },
    {
      id: minutesDemoIds.chrisOpenAction,
      itemId: items.supportPlan,
      kind: "ACTION",
      at: "15:42",
      authorId: chris,
      text: "Ask the communications team for an easy read version of the new form, and send papers by the deadline",
      ownerId: chris,
      dueOn: dueIn(now, 10),
      recommendations: ["R6.4"],
      status: "OPEN",
    },
    { id: id(1241), itemId: items.other, kind: "QUESTION", at: "15:50", authorId: chair, text: "Can the panel see the council's new complaints leaflet before it is printed?" },
    { id: id(1242), itemId: null, kind: "POINT", at: "15:55", authorId: chris, text: "The next meeting is in Committee Room 2 again; the hearing loop will be checked the day before." },
  ];
  for (const [index, note] of notes.entries()) {
    const fields = {
      kind: note.kind,
      text: note.text,
      agreedBy: note.agreedBy ?? "",
      ownerId: note.ownerId ?? null,
      ownerName: "",
      dueOn: note.dueOn ?? null,
      recommendations: note.recommendations ?? [],
    };
    await tx.meetingNote.create({
      data: {
        id: note.id,
        meetingId: pastMeeting,
        itemId: note.itemId,
        ...fields,
        actionStatus: note.status ?? null,
        actionDoneAt: note.doneAt ?? null,
        actionUpdatedById: note.doneAt ? note.ownerId : null,
        version: 1,
        authorId: note.authorId,
        seq: index + 1,
        createdAt: at(note.at),
        versions: { create: { id: id(1300 + index), version: 1, ...fields, editedById: note.authorId, editedAt: at(note.at), clientEditId: note.id } },
      },
    });
  }
  // The decision as first typed was too short; the chair corrected it three minutes later.
  const corrected = notes.find((n) => n.id === minutesDemoIds.correctedDecision)!;
  await tx.meetingNoteVersion.update({
    where: { id: id(1300 + notes.indexOf(corrected)) },
    data: { text: "The panel supports the shorter support plan form.", agreedBy: "" },
  });
  await tx.meetingNoteVersion.create({
    data: {
      id: id(1398),
      noteId: corrected.id,
      version: 2,
      kind: corrected.kind,
      text: corrected.text,
      agreedBy: corrected.agreedBy!,
      editedById: chair,
      editedAt: at("15:41"),
      clientEditId: id(1399),
    },
  });
  await tx.meetingNote.update({ where: { id: corrected.id }, data: { version: 2 } });
  await tx.auditEvent.createMany({
    data: notes
      .filter((n) => n.kind === "DECISION" || n.kind === "ACTION")
      .map((n) => ({
        at: at(n.at),
        actorId: n.authorId,
        action: n.kind === "DECISION" ? "meeting.decision-recorded" : "meeting.action-recorded",
        entityType: "MeetingNote",
        entityId: n.id,
        panelId: demoIds.panel,
      })),
  });

  // The short online meeting a week ago, at which the panel approved the minutes.
  const approvalStart = londonAt(now, -7, "10:00");
  await tx.meeting.create({
    data: {
      id: minutesDemoIds.approvalMeeting,
      panelId: demoIds.panel,
      title: "Short online meeting: approving the minutes",
      startsAt: approvalStart,
      endsAt: londonAt(now, -7, "11:00"),
      papersDeadline: londonAt(now, -10, "17:00"),
      onlineLink: "https://meet.example.org/wessex-personalisation-panel",
      createdById: chris,
      liveStartedAt: approvalStart,
      liveEndedAt: londonAt(now, -7, "10:40"),
    },
  });
  await tx.attendance.createMany({
    data: [
      { id: id(1210), meetingId: minutesDemoIds.approvalMeeting, personId: chair, mode: "ONLINE", recordedById: chris, recordedAt: londonAt(now, -7, "10:45") },
      { id: id(1211), meetingId: minutesDemoIds.approvalMeeting, personId: priya, mode: "ONLINE", recordedById: chris, recordedAt: londonAt(now, -7, "10:45") },
    ],
  });
  await tx.meetingTimeline.create({ data: { id: id(1226), meetingId: minutesDemoIds.approvalMeeting, kind: "END", entryId: null, startedAt: londonAt(now, -7, "10:40"), byId: chair } });
  await tx.meetingNote.create({
    data: {
      id: id(1245),
      meetingId: minutesDemoIds.approvalMeeting,
      itemId: null,
      kind: "DECISION",
      text: "The minutes of the direct payments review meeting are approved, with Priya Shah's comment added.",
      agreedBy: "Everyone in the meeting",
      authorId: chair,
      seq: 1,
      createdAt: londonAt(now, -7, "10:20"),
      versions: {
        create: {
          id: id(1397),
          version: 1,
          kind: "DECISION",
          text: "The minutes of the direct payments review meeting are approved, with Priya Shah's comment added.",
          agreedBy: "Everyone in the meeting",
          editedById: chair,
          editedAt: londonAt(now, -7, "10:20"),
          clientEditId: id(1245),
        },
      },
    },
  });

  // The minutes: built from the notes the next morning, corrected, shared, approved, published.
  const used = minutesUsedByEntry(timeline, at("15:56"));
  const due = (d: Date | undefined) => (d ? formatLongDate(d, "UTC") : null);
  const asMinutesNote = (n: DemoNote): MinutesNote => ({ kind: n.kind, text: n.text, agreedBy: n.agreedBy ?? "", ownerName: n.ownerId === priya ? "Priya Shah" : n.ownerId === chris ? "Chris Jones" : "", due: due(n.dueOn), recommendations: n.recommendations ?? [] });
  const built = writeMinutesText({
    panelName: "Personalisation Expert Panel",
    meetingTitle: "Panel meeting: direct payments review",
    when: `${formatLongDate(at("14:00"), zone)}, ${formatClockTime(at("14:00"), zone)} to ${formatClockTime(at("16:00"), zone)}`,
    present: { inRoom: ["Alex Morgan"], online: ["Priya Shah"] },
    apologies: jordanExists ? ["Jordan Ellis"] : [],
    items: itemList.map((item, index) => ({
      number: index + 1,
      title: item.title,
      minutesUsed: used.get(item.entryId) ?? null,
      minutesPlanned: item.planned,
      notes: notes.filter((n) => n.itemId === item.itemId).map(asMinutesNote),
    })),
    outside: notes.filter((n) => !n.itemId).map(asMinutesNote),
  });
  const edited = built.replace(
    "Everyone introduced themselves. Priya Shah joined online and Jordan Ellis sent apologies.",
    "Everyone introduced themselves. Priya Shah joined online and Jordan Ellis sent apologies. The sound dropped out for Priya for about ten minutes during item 2; the chair repeated what she missed.",
  );
  await tx.minutes.create({
    data: {
      id: minutesDemoIds.minutes,
      meetingId: pastMeeting,
      status: "APPROVED",
      text: edited,
      version: 2,
      builtById: chair,
      builtAt: londonAt(now, -20, "09:30"),
      sharedAt: londonAt(now, -19, "10:00"),
      approvedAt: londonAt(now, -7, "10:20"),
      approvedAtMeetingId: minutesDemoIds.approvalMeeting,
      approvedById: chair,
      publishedAt: londonAt(now, -7, "11:15"),
      public: true,
      versions: {
        create: [
          { id: id(1251), version: 1, text: built, editedById: chair, editedAt: londonAt(now, -20, "09:30") },
          { id: id(1252), version: 2, text: edited, editedById: chris, editedAt: londonAt(now, -12, "16:05") },
        ],
      },
      comments: {
        create: [
          {
            id: id(1253),
            personId: priya,
            text: "Please add that the sound dropped out for me for about ten minutes during item 2, and the chair kindly repeated what I missed.",
            createdAt: londonAt(now, -15, "19:40"),
          },
        ],
      },
    },
  });
  const minutesEvent = (action: string, actorId: string, when: Date, after: object) => ({
    at: when,
    actorId,
    action,
    entityType: "Minutes",
    entityId: minutesDemoIds.minutes,
    panelId: demoIds.panel,
    after,
  });
  await tx.auditEvent.createMany({
    data: [
      minutesEvent("minutes.built", chair, londonAt(now, -20, "09:30"), { meetingId: pastMeeting, version: 1 }),
      minutesEvent("minutes.shared", chair, londonAt(now, -19, "10:00"), { version: 1 }),
      minutesEvent("minutes.commented", priya, londonAt(now, -15, "19:40"), { commentId: id(1253) }),
      minutesEvent("minutes.edited", chris, londonAt(now, -12, "16:05"), { version: 2 }),
      minutesEvent("minutes.approved", chair, londonAt(now, -7, "10:20"), { version: 2, approvedAtMeetingId: minutesDemoIds.approvalMeeting }),
      minutesEvent("minutes.published", chair, londonAt(now, -7, "11:15"), { public: true }),
      {
        at: londonAt(now, -6, "11:30"),
        actorId: chris,
        action: "action.status-changed",
        entityType: "MeetingNote",
        entityId: minutesDemoIds.chrisDoneAction,
        panelId: demoIds.panel,
        before: { status: "OPEN" },
        after: { status: "DONE" },
      },
    ],
  });
}
