// The form a spoke group's chair fills in to send an item to the hub: the spoke's view, required.
// Shared by the browser (Conform) and the server.
import { z } from "zod";

export const SPOKE_VIEW_MAX_LENGTH = 2000;

export const forwardItemSchema = z.object({
  spokeView: z
    .string({ error: "Enter your group's view of this item" })
    .trim()
    .min(1, "Enter your group's view of this item")
    .max(SPOKE_VIEW_MAX_LENGTH, `Your group's view must be ${SPOKE_VIEW_MAX_LENGTH.toLocaleString("en-GB")} characters or fewer`),
});

/** Why an item cannot be sent to the hub: the send page says it in words. */
export type ForwardRefusal = "no-hub" | "not-proposed" | "already-sent";
