// The contact tasks page's buttons, used by the browser and the server. Browser-safe.
import { z } from "zod";

const notificationId = z.uuid({ error: "That task could not be found. Choose one from the list" });

export const contactTaskSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("done"), notificationId }),
  z.object({ intent: z.literal("retry"), notificationId }),
]);
