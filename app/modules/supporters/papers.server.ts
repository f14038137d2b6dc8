// The published agenda of a member's meeting, for a supporter they let read their papers: the
// latest publication, exactly as members were sent it (never the organisers' draft).
import { db } from "../../services.server.ts";
import { fromSnapshot, type Agenda } from "../agendas/agenda.server.ts";

export async function latestPublishedAgenda(meetingId: string): Promise<{ version: number; publishedAt: Date; agenda: Agenda } | null> {
  // Read directly: the agendas module has no exported reader of publications yet.
  const publication = await db().agendaPublication.findFirst({
    where: { meetingId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, snapshot: true },
  });
  if (!publication) return null;
  return { version: publication.version, publishedAt: publication.publishedAt, agenda: fromSnapshot(publication.snapshot) };
}
