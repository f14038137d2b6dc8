// Reading a meeting's agenda: its entries in order (items and breaks) with planned start times,
// and whether each item's paper is late. Shared by the agenda page, the builder, the print and
// export views and publishing (issue 4, "Agendas set together").
import { db } from "../../services.server.ts";
import { readMeetingState } from "../meetings/meetings.server.ts";
import { namesOfPeople } from "../people/people.server.ts";
import type { AgendaItemKind, ProposedAs } from "./schema.ts";

export type AgendaLine =
  | {
      kind: "BREAK";
      entryId: string;
      position: number;
      title: string;
      minutes: number;
      startsAt: Date;
    }
  | {
      kind: "ITEM";
      entryId: string;
      position: number;
      /** The item's number on the agenda: 1, 2, 3 … (breaks are not numbered). */
      number: number;
      itemId: string;
      title: string;
      about: string;
      type: AgendaItemKind;
      presenter: string;
      minutes: number;
      startsAt: Date;
      relatedRecommendations: string[];
      councilDecision: string;
      councilDecisionDate: Date | null;
      proposedAs: ProposedAs;
      proposedBy: string;
      paperReceivedAt: Date | null;
      paperLink: string;
      /** The paper arrived after the meeting's papers deadline: members had less time (R6.4). */
      latePaper: boolean;
      carriedFromMeetingId: string | null;
    };

export type Agenda = {
  meetingId: string;
  startsAt: Date;
  endsAt: Date;
  papersDeadline: Date;
  lines: AgendaLine[];
  /** Minutes planned in all, breaks included. */
  plannedMinutes: number;
};

/** A paper is late when it arrived after the deadline. No paper yet is not late (yet). */
export function isLatePaper(paperReceivedAt: Date | null, papersDeadline: Date): boolean {
  return paperReceivedAt !== null && paperReceivedAt > papersDeadline;
}

/** The meeting's agenda in order, or null when the meeting is not in this panel. */
export async function readAgenda(panelId: string, meetingId: string): Promise<Agenda | null> {
  const meeting = await readMeetingState(meetingId, panelId);
  if (!meeting) return null;
  const entries = await db().agendaEntry.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { item: true },
  });
  const proposerIds = [...new Set(entries.flatMap((e) => (e.item ? [e.item.proposedById] : [])))];
  const names = await namesOfPeople(proposerIds);

  let clock = meeting.startsAt.getTime();
  let number = 0;
  const lines: AgendaLine[] = [];
  for (const entry of entries) {
    const startsAt = new Date(clock);
    clock += entry.minutes * 60_000;
    const item = entry.item;
    if (entry.kind === "BREAK" || !item) {
      lines.push({ kind: "BREAK", entryId: entry.id, position: entry.position, title: entry.title || "Break", minutes: entry.minutes, startsAt });
      continue;
    }
    number += 1;
    lines.push({
      kind: "ITEM",
      entryId: entry.id,
      position: entry.position,
      number,
      itemId: item.id,
      title: item.title,
      about: item.about,
      type: item.type,
      presenter: entry.presenter || item.presenter,
      minutes: entry.minutes,
      startsAt,
      relatedRecommendations: item.relatedRecommendations,
      councilDecision: item.councilDecision,
      councilDecisionDate: item.councilDecisionDate,
      proposedAs: item.proposedAs as ProposedAs,
      proposedBy: names.get(item.proposedById) ?? "Someone who has left",
      paperReceivedAt: item.paperReceivedAt,
      paperLink: item.paperLink,
      latePaper: isLatePaper(item.paperReceivedAt, meeting.papersDeadline),
      carriedFromMeetingId: item.carriedFromMeetingId,
    });
  }
  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    papersDeadline: meeting.papersDeadline,
    lines,
    plannedMinutes: (clock - meeting.startsAt.getTime()) / 60_000,
  };
}

/** The agenda as stored with a publication (JSON: dates as ISO strings). */
export function toSnapshot(agenda: Agenda): unknown {
  return JSON.parse(JSON.stringify(agenda));
}

/** A stored publication's agenda, with its dates back as Dates. */
export function fromSnapshot(snapshot: unknown): Agenda {
  const raw = snapshot as Agenda & { startsAt: string; endsAt: string; papersDeadline: string };
  const date = (value: unknown) => new Date(value as string);
  return {
    ...raw,
    startsAt: date(raw.startsAt),
    endsAt: date(raw.endsAt),
    papersDeadline: date(raw.papersDeadline),
    lines: raw.lines.map((line) =>
      line.kind === "BREAK"
        ? { ...line, startsAt: date(line.startsAt) }
        : {
            ...line,
            startsAt: date(line.startsAt),
            councilDecisionDate: line.councilDecisionDate ? date(line.councilDecisionDate) : null,
            paperReceivedAt: line.paperReceivedAt ? date(line.paperReceivedAt) : null,
          },
    ),
  };
}

// ---- For other features (issue 11): the agenda's entries, for the live meeting and the minutes ----

/** The meeting's agenda entries in order, each with its item (none for a break). */
export async function agendaEntriesOf(meetingId: string) {
  return db().agendaEntry.findMany({ where: { meetingId }, orderBy: [{ position: "asc" }, { id: "asc" }], include: { item: true } });
}

/** The items on the meeting's agenda in order (breaks left out), with the minutes planned for each. */
export async function agendaItemsOf(meetingId: string) {
  return db().agendaEntry.findMany({
    where: { meetingId, kind: "ITEM" },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, minutes: true, item: { select: { id: true, title: true } } },
  });
}

/** Whether the item is on the meeting's agenda. */
export async function isItemOnAgenda(meetingId: string, itemId: string): Promise<boolean> {
  return (await db().agendaEntry.count({ where: { meetingId, itemId } })) > 0;
}

/** Whether the entry (an item or a break) is on the meeting's agenda. */
export async function isEntryOnAgenda(meetingId: string, entryId: string): Promise<boolean> {
  return (await db().agendaEntry.count({ where: { id: entryId, meetingId } })) > 0;
}
