// Live meeting factories: a panel with a chair, a member, an officer and someone from finance, and
// a meeting with two items on its agenda, ready to follow on the live page (and started live, when
// asked, as the chair would start it).
import { handleLiveEvent } from "../../app/modules/live/server/events.server.ts";
import { db } from "../../app/services.server.ts";
import { createAgendaEntry } from "./agenda-builder.ts";
import { createPanel, createPerson } from "./factories.ts";
import { createMeeting } from "./meetings.ts";

export async function createLiveMeeting(options: { started?: boolean; title?: string } = {}) {
  const panel = await createPanel();
  const chair = await createPerson({
    name: "Alex Chair",
    roles: [
      { panelId: panel.id, role: "MEMBER" },
      { panelId: panel.id, role: "CHAIR" },
    ],
  });
  const member = await createPerson({ name: "Priya Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const officer = await createPerson({ name: "Chris Officer", roles: [{ panelId: panel.id, role: "OFFICER" }] });
  const finance = await createPerson({ name: "Dana Finance", roles: [{ panelId: panel.id, role: "FINANCE" }] });
  const meeting = await createMeeting(panel.id, { title: options.title ?? "Live test meeting" });
  const letters = await createAgendaEntry(panel.id, meeting.id, chair.id, { title: "Easy read letters", presenter: "Jordan Ellis", minutes: 15 });
  const dayServices = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Day services", minutes: 30 });
  if (options.started) {
    const started = await handleLiveEvent({ personId: chair.id }, "start", { meetingId: meeting.id });
    if (!started.ok) throw new Error(`Could not start the meeting: ${started.message}`);
  }
  return {
    panel,
    chair,
    member,
    officer,
    finance,
    meeting,
    entries: { letters, dayServices },
    url: `/panels/${panel.id}/meetings/${meeting.id}/live`,
  };
}

/** A note added as its writer would add it, for tests that start from notes already written. */
export async function addLiveNote(
  personId: string,
  meetingId: string,
  note: { itemId: string | null; text: string; kind?: "POINT" | "DECISION" | "ACTION" | "QUESTION" },
) {
  const result = await handleLiveEvent({ personId }, "addNote", { meetingId, id: crypto.randomUUID(), kind: note.kind ?? "POINT", ...note });
  if (!result.ok || !result.note) throw new Error(`Could not add the note: ${result.ok ? "no note" : result.message}`);
  return result.note;
}

export async function addGlossaryTerm(panelId: string, term: string, explanation: string) {
  return db().glossaryTerm.create({ data: { panelId, term, explanation } });
}
