// Removal (decision 007), live meetings' part: the person's unsent note drafts and page settings
// go, and what they wrote to the chair privately loses its text (it was never the panel's record).
// What they said in meetings (notes, hands, comments) stays, shown as "A former member".
import type { DbClient } from "../../../services.server.ts";

export async function forgetLiveRecords(client: DbClient, personId: string) {
  return {
    meetingNoteDrafts: (await client.meetingNoteDraft.deleteMany({ where: { personId } })).count,
    livePreferences: (await client.livePreferences.deleteMany({ where: { personId } })).count,
    meetingMessagesBlanked: (await client.meetingMessage.updateMany({ where: { personId }, data: { text: "" } })).count,
  };
}
