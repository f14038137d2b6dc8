// Agenda factories: items already on a meeting's agenda, breaks and published versions straight
// into the database, for tests that start from a built agenda.
import { toSnapshot, readAgenda } from "../../app/modules/agendas/agenda.server.ts";
import { db } from "../../app/services.server.ts";

type ItemDetails = {
  title?: string;
  minutes?: number;
  presenter?: string;
  about?: string;
  councilDecision?: string;
  councilDecisionDate?: Date | null;
  paperReceivedAt?: Date | null;
  paperLink?: string;
  carriedFromMeetingId?: string | null;
  relatedRecommendations?: string[];
};

async function nextPosition(meetingId: string) {
  const last = await db().agendaEntry.findFirst({ where: { meetingId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? 0) + 1;
}

/** An item proposed by `proposedById` and already on the meeting's agenda, at the end. */
export async function createAgendaEntry(panelId: string, meetingId: string, proposedById: string, details: ItemDetails = {}) {
  const minutes = details.minutes ?? 15;
  const item = await db().agendaItem.create({
    data: {
      panelId,
      meetingId,
      proposedById,
      proposedAs: "MEMBER",
      status: "ON_AGENDA",
      title: details.title ?? "An item on the agenda",
      about: details.about ?? "What it is about",
      type: "DISCUSSION",
      minutesNeeded: minutes,
      presenter: details.presenter ?? "",
      councilDecision: details.councilDecision ?? "",
      councilDecisionDate: details.councilDecisionDate ?? null,
      paperReceivedAt: details.paperReceivedAt ?? null,
      paperLink: details.paperLink ?? "",
      carriedFromMeetingId: details.carriedFromMeetingId ?? null,
      relatedRecommendations: details.relatedRecommendations ?? [],
    },
  });
  const entry = await db().agendaEntry.create({
    data: { meetingId, kind: "ITEM", itemId: item.id, minutes, position: await nextPosition(meetingId) },
  });
  return { item, entry };
}

export async function createBreak(meetingId: string, data: { title?: string; minutes?: number } = {}) {
  return db().agendaEntry.create({
    data: { meetingId, kind: "BREAK", title: data.title ?? "Break", minutes: data.minutes ?? 15, position: await nextPosition(meetingId) },
  });
}

/** Publishes the agenda as it is now, as the publish page would (without notifying anyone). */
export async function publishAgendaNow(panelId: string, meetingId: string, publishedById: string, reason = "") {
  const agenda = await readAgenda(panelId, meetingId);
  if (!agenda) throw new Error("No such meeting in this panel");
  const last = await db().agendaPublication.findFirst({ where: { meetingId }, orderBy: { version: "desc" }, select: { version: true } });
  return db().agendaPublication.create({
    data: { meetingId, version: (last?.version ?? 0) + 1, reason, snapshot: toSnapshot(agenda) as object, publishedById },
  });
}
