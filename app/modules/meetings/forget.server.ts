// Removal (decision 007), meetings' part: whether the person came to meetings stays (it is what
// fees are paid for); the needs they gave in their replies do not.
import type { DbClient } from "../../services.server.ts";

/** Blanks the needs in the person's replies; returns the replies' ids, so the audit trail's copies can be emptied too. */
export async function forgetReplyNeeds(client: DbClient, personId: string): Promise<{ count: number; replyIds: string[] }> {
  const replies = await client.meetingReply.findMany({ where: { personId }, select: { id: true } });
  const { count } = await client.meetingReply.updateMany({
    where: { personId },
    data: { meetingSupport: [], physicalAccess: [], dietaryNeeds: "", otherNeeds: "" },
  });
  return { count, replyIds: replies.map((r) => r.id) };
}
