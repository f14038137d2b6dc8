// A supporter's reply for a member: the supporter says whether the member will come and whether
// to book travel; the member's needs for the meeting are kept as the member last left them (or as
// their needs record says), so the supporter never sees them and cannot wipe them.
import { replyFormValues, replyToMeeting } from "../meetings/replies.server.ts";
import type { Actor } from "../auth/actor.server.ts";
import type { ReplyForm } from "../meetings/schema.ts";
import { MEETING_SUPPORT, PHYSICAL_ACCESS } from "../needs/codes.ts";

type SupporterReply = Pick<ReplyForm, "mode" | "travelNeeded">;

function isOneOf<T extends string>(codes: readonly T[]) {
  return (code: string): code is T => (codes as readonly string[]).includes(code);
}

/** What the supporter's form starts from: the member's answer, nothing about their needs. */
export async function memberReplyForSupporter(meetingId: string, memberId: string) {
  const { hasReplied, values } = await replyFormValues(meetingId, memberId);
  return { hasReplied, values: { mode: values.mode, travelNeeded: values.travelNeeded } };
}

export async function replyForMember(
  panelId: string,
  meetingId: string,
  memberId: string,
  answer: SupporterReply,
  actor: Actor,
) {
  const { values } = await replyFormValues(meetingId, memberId);
  const form: ReplyForm = {
    mode: answer.mode,
    travelNeeded: answer.travelNeeded,
    meetingSupport: values.meetingSupport.filter(isOneOf(MEETING_SUPPORT)),
    physicalAccess: values.physicalAccess.filter(isOneOf(PHYSICAL_ACCESS)),
    dietaryNeeds: values.dietaryNeeds,
    otherNeeds: values.otherNeeds,
  };
  return replyToMeeting(panelId, meetingId, memberId, form, actor);
}
