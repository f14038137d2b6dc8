// What live meetings and minutes hold about one person, for "Download everything held about me":
// the live meeting's records (live/server/records.server.ts) and their comments on minutes. Only their
// own records, never other people's ids.
import { db } from "../../services.server.ts";
import { liveRecordsOf } from "../live/server/records.server.ts";

export async function collectMeetingRecords(personId: string) {
  const meeting = { select: { title: true, startsAt: true } } as const;
  const [{ notesWritten, corrections, actionsOwned, hands, confusions, messages, drafts, livePreferences }, comments] = await Promise.all([
    liveRecordsOf(personId),
    db().minutesComment.findMany({ where: { personId }, select: { text: true, createdAt: true, minutes: { select: { meeting } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const at = (m: { title: string; startsAt: Date }) => ({ meeting: m.title, meetingStartsAt: m.startsAt });
  return {
    meetingNotesYouWrote: notesWritten.map(({ meeting: m, ...note }) => ({ ...at(m), ...note })),
    meetingNoteCorrectionsYouMade: corrections.map(({ note, ...version }) => ({ ...at(note.meeting), ...version })),
    actionsYouOwn: actionsOwned.map(({ meeting: m, ...action }) => ({ ...at(m), ...action })),
    handsYouRaised: hands.map(({ meeting: m, ...hand }) => ({ ...at(m), ...hand })),
    timesYouSaidYouDidNotUnderstand: confusions.map(({ meeting: m, ...confusion }) => ({ ...at(m), ...confusion })),
    messagesYouSentTheChair: messages.map(({ meeting: m, ...message }) => ({ ...at(m), ...message })),
    commentsOnMinutes: comments.map(({ minutes, ...comment }) => ({ ...at(minutes.meeting), ...comment })),
    unsentNoteDrafts: drafts.map(({ meeting: m, ...draft }) => ({ ...at(m), ...draft })),
    livePageSettings: livePreferences,
  };
}
