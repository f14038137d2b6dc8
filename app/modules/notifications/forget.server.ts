// Removal (decision 007), notifications' part: the messages sent to the person are deleted.
import type { DbClient } from "../../services.server.ts";

export async function forgetNotifications(client: DbClient, personId: string): Promise<number> {
  return (await client.notification.deleteMany({ where: { personId } })).count;
}
