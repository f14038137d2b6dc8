// What the agenda page shows, for a person in the panel or a supporter reading a member's papers:
// the agenda they may see (agenda-export.server.ts), the glossary for its words, and the matters
// arising from earlier meetings.
import { loadGlossaryForText } from "../glossary/glossary.server.ts";
import { listMattersArising } from "../minutes/actions.server.ts";
import { readAgendaForPerson } from "./agenda-export.server.ts";
import type { AgendaMeeting } from "./agenda-format.ts";

export async function describeAgendaPage(panel: { id: string; name: string; timeZone: string }, meeting: AgendaMeeting & { id: string }, organiser: boolean) {
  const agenda = await readAgendaForPerson(panel, meeting, organiser);
  const glossary = agenda.kind === "not-published" ? [] : await loadGlossaryForText(panel.id);
  const matters = await listMattersArising(panel.id, meeting.id);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, cancelled: Boolean(meeting.cancelledAt) },
    organiser,
    agenda,
    glossary,
    matters,
  };
}
