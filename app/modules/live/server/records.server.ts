// What live meetings hold about one person, for "Download everything held about me" (decision
// 013: each owner's …recordsOf function): the notes they wrote and corrected, actions they own,
// hands raised, "I don't understand" presses (anonymous ones included: they are still the
// person's own), messages to the chair, their private draft and their live page settings.
import { db } from "../../../services.server.ts";

export async function liveRecordsOf(personId: string) {
  const meeting = { select: { title: true, startsAt: true } } as const;
  const [notesWritten, corrections, actionsOwned, hands, confusions, messages, drafts, livePreferences] = await Promise.all([
    db().meetingNote.findMany({
      where: { authorId: personId },
      select: { kind: true, text: true, agreedBy: true, ownerName: true, dueOn: true, recommendations: true, version: true, createdAt: true, meeting },
      orderBy: { createdAt: "asc" },
    }),
    db().meetingNoteVersion.findMany({
      where: { editedById: personId, version: { gt: 1 } },
      select: { version: true, kind: true, text: true, editedAt: true, note: { select: { meeting } } },
      orderBy: { editedAt: "asc" },
    }),
    db().meetingNote.findMany({
      where: { kind: "ACTION", ownerId: personId },
      select: { text: true, dueOn: true, actionStatus: true, actionDoneAt: true, recommendations: true, createdAt: true, meeting },
      orderBy: { createdAt: "asc" },
    }),
    db().meetingHand.findMany({ where: { personId }, select: { aboutAccess: true, raisedAt: true, loweredAt: true, meeting }, orderBy: { raisedAt: "asc" } }),
    db().meetingConfusion.findMany({ where: { personId }, select: { word: true, anonymous: true, createdAt: true, meeting }, orderBy: { createdAt: "asc" } }),
    db().meetingMessage.findMany({ where: { personId }, select: { kind: true, text: true, anonymous: true, createdAt: true, meeting }, orderBy: { createdAt: "asc" } }),
    db().meetingNoteDraft.findMany({ where: { personId }, select: { kind: true, text: true, updatedAt: true, meeting } }),
    db().livePreferences.findUnique({ where: { personId }, select: { announcements: true, easyView: true, updatedAt: true } }),
  ]);
  return { notesWritten, corrections, actionsOwned, hands, confusions, messages, drafts, livePreferences };
}
