// The published agenda of a member's meeting, for a supporter they let read their papers: the
// latest publication, exactly as members were sent it (never the organisers' draft).
import { fromSnapshot, type Agenda } from "../agendas/agenda.server.ts";
import { latestPublication } from "../agendas/agenda-export.server.ts";

export async function latestPublishedAgenda(meetingId: string): Promise<{ version: number; publishedAt: Date; agenda: Agenda } | null> {
  const publication = await latestPublication(meetingId);
  if (!publication) return null;
  return { version: publication.version, publishedAt: publication.publishedAt, agenda: fromSnapshot(publication.snapshot) };
}
