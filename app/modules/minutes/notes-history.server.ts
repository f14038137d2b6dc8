// The notes of a meeting as they were at a given moment, from every stored version (issue 5,
// History: "the notes of an item can be shown as they were at any time (for disputes)").
import { formatDateTime, formatLongDate } from "../../dates.ts";
import { agendaItemsOf } from "../agendas/agenda.server.ts";
import { namesOf } from "../live/server/names.server.ts";
import { notesWithVersions } from "../live/server/notes.server.ts";
import { noteKindLabels } from "../live/client/protocol.ts";
import { noteInWords } from "./minutes-text.ts";
import { notesAsAt } from "./notes-as-at.ts";

/** Every item of the meeting, in agenda order, with its notes as they were at `at`, in words. */
export async function readMeetingNotesAsAt(meetingId: string, at: Date, timeZone: string) {
  const [entries, notes] = await Promise.all([
    agendaItemsOf(meetingId),
    notesWithVersions(meetingId),
  ]);
  const shown = notesAsAt(notes, at);
  const names = await namesOf(shown.flatMap((n) => [n.authorId, n.shown.editedById, n.shown.ownerId]));
  const describe = (note: (typeof shown)[number]) => ({
    id: note.id,
    kind: noteKindLabels[note.shown.kind],
    text: noteInWords({
      kind: note.shown.kind,
      text: note.shown.text,
      agreedBy: note.shown.agreedBy,
      ownerName: note.shown.ownerId ? (names.get(note.shown.ownerId) ?? "Someone") : note.shown.ownerName,
      due: note.shown.dueOn ? formatLongDate(note.shown.dueOn, "UTC") : null,
      recommendations: note.shown.recommendations,
    }),
    version: note.shown.version,
    writtenBy: names.get(note.authorId) ?? "Someone",
    savedBy: names.get(note.shown.editedById) ?? "Someone",
    savedAt: formatDateTime(note.shown.editedAt, timeZone),
    correctedLater: note.latestVersion > note.shown.version,
  });
  const items = entries.flatMap((entry) => (entry.item ? [entry.item] : []));
  const onAgenda = new Set(items.map((item) => item.id));
  return {
    items: items.map((item, index) => ({
      id: item.id,
      heading: `${index + 1}. ${item.title}`,
      notes: shown.filter((n) => n.itemId === item.id).map(describe),
    })),
    outside: shown.filter((n) => !n.itemId || !onAgenda.has(n.itemId)).map(describe),
    total: notes.length,
  };
}
