// Demo publishing and contact tasks (issue 4): the past meeting's agenda was published as version
// 1 (emailed to the chair, texted to Priya by an officer, marked done), and the upcoming meeting's
// invitations to Jordan (by phone) and Grace (through her supporter) are still to do, so the
// contact tasks page has something in each list. Fixed ids (…09xx). Expects the meetings, needs
// and agenda builder demos to be loaded first; without the past meeting's agenda it publishes nothing.
import type { Prisma } from "../app/generated/prisma/client.ts";
import { formatClockTime, formatLongDate } from "../app/dates.ts";
import { readAgenda, toSnapshot } from "../app/modules/agendas/agenda.server.ts";
import { agendaLinesInWords, agendaPath } from "../app/modules/agendas/publish.server.ts";
import { describeWhen } from "../app/modules/meetings/meetings.server.ts";
import { messageBody, messageSubject, type Message } from "../app/modules/notifications/messages.server.tsx";
import { demoIds } from "./demo-data.ts";

const ids = {
  publication: "00000000-0000-4000-8000-000000000900",
  emailToChair: "00000000-0000-4000-8000-000000000901",
  textToPriya: "00000000-0000-4000-8000-000000000902",
  phoneJordan: "00000000-0000-4000-8000-000000000903",
  supporterOfGrace: "00000000-0000-4000-8000-000000000904",
};

const meetings = { past: "00000000-0000-4000-8000-000000000501", upcoming: "00000000-0000-4000-8000-000000000502" };
const people = { jordan: "00000000-0000-4000-8000-000000000401", grace: "00000000-0000-4000-8000-000000000403" };

const zone = "Europe/London";
// Links in the demo's stored messages: the address `npm start` serves on.
const baseUrl = "http://localhost:3000";
const HOUR = 3_600_000;

function row(message: Message, fields: Omit<Prisma.NotificationCreateManyInput, "kind" | "subject" | "body">): Prisma.NotificationCreateManyInput {
  return { ...fields, kind: message.kind, subject: messageSubject(message), body: messageBody(message) };
}

export async function loadNotificationsDemo(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const panel = await tx.panel.findUnique({ where: { id: demoIds.panel }, select: { name: true } });
  const meetingSelect = { id: true, title: true, startsAt: true, endsAt: true, papersDeadline: true, venueName: true, venueAddress: true, venueAccess: true, onlineLink: true } as const;
  const [past, upcoming] = await Promise.all([
    tx.meeting.findUnique({ where: { id: meetings.past }, select: meetingSelect }),
    tx.meeting.findUnique({ where: { id: meetings.upcoming }, select: meetingSelect }),
  ]);
  if (!panel) return;
  const rows: Prisma.NotificationCreateManyInput[] = [];

  const agenda = past && (await readAgenda(demoIds.panel, past.id, tx));
  if (past && agenda?.lines.some((line) => line.kind === "ITEM")) {
    // Published three days before the meeting, after the late paper came in.
    const publishedAt = new Date(past.startsAt.getTime() - 3 * 24 * HOUR);
    await tx.agendaPublication.create({
      data: { id: ids.publication, meetingId: past.id, version: 1, snapshot: toSnapshot(agenda) as Prisma.InputJsonValue, publishedById: demoIds.chair, publishedAt },
    });
    const agendaMessage = (name: string): Message => ({
      kind: "agenda.published",
      props: {
        name,
        toSupporter: false,
        panelName: panel.name,
        meetingTitle: past.title,
        day: formatLongDate(past.startsAt, zone),
        when: describeWhen(past, zone),
        version: 1,
        reason: "",
        changes: [],
        lines: agendaLinesInWords(agenda, zone),
        agendaUrl: baseUrl + agendaPath(demoIds.panel, past.id),
      },
    });
    const common = { panelId: demoIds.panel, meetingId: past.id, createdAt: publishedAt };
    rows.push(
      row(agendaMessage("Alex"), { ...common, id: ids.emailToChair, personId: demoIds.chair, channel: "EMAIL", address: "alex.morgan@example.org", format: "EASY_READ", status: "SENT", attempts: 0, sentAt: new Date(publishedAt.getTime() + 60_000) }),
      row(agendaMessage("Priya"), {
        ...common,
        id: ids.textToPriya,
        personId: demoIds.member,
        channel: "TEXT_MESSAGE",
        address: "07700 900101",
        format: "LARGE_PRINT",
        status: "DONE",
        doneAt: new Date(publishedAt.getTime() + 2 * HOUR),
        doneById: demoIds.officer,
      }),
    );
    await tx.auditEvent.create({
      data: { at: publishedAt, actorId: demoIds.chair, action: "agenda.published", entityType: "Meeting", entityId: past.id, panelId: demoIds.panel, after: { version: 1, told: 2 } },
    });
  }

  if (upcoming) {
    const invitation = (name: string, toSupporter: boolean): Message => ({
      kind: "meeting.invitation",
      props: {
        name,
        toSupporter,
        panelName: panel.name,
        meetingTitle: upcoming.title,
        day: formatLongDate(upcoming.startsAt, zone),
        when: describeWhen(upcoming, zone),
        where: [upcoming.venueName, ...upcoming.venueAddress.split("\n")].filter(Boolean),
        access: upcoming.venueAccess,
        onlineLink: upcoming.onlineLink,
        papersDeadline: `${formatClockTime(upcoming.papersDeadline, zone)} on ${formatLongDate(upcoming.papersDeadline, zone)}`,
        meetingUrl: `${baseUrl}/panels/${demoIds.panel}/meetings/${upcoming.id}`,
        cancelled: false,
      },
    });
    const invitedAt = new Date(Math.min(now.getTime(), upcoming.startsAt.getTime()) - 2 * 24 * HOUR);
    const common = { panelId: demoIds.panel, meetingId: upcoming.id, createdAt: invitedAt, status: "TO_DO" } as const;
    const exists = async (personId: string) => (await tx.person.count({ where: { id: personId } })) > 0;
    if (await exists(people.jordan)) {
      rows.push(row(invitation("Jordan", false), { ...common, id: ids.phoneJordan, personId: people.jordan, channel: "PHONE", address: "07700 900401", format: "AUDIO" }));
    }
    if (await exists(people.grace)) {
      rows.push(
        row(invitation("Grace", true), {
          ...common,
          id: ids.supporterOfGrace,
          personId: people.grace,
          channel: "VIA_SUPPORTER",
          address: "Anna Obi (daughter), 07700 900 403",
          format: "OTHER_LANGUAGE",
        }),
      );
    }
  }
  await tx.notification.createMany({ data: rows });
}
