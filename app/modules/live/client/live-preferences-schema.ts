// How each person follows a live meeting: what the screen reader announcements say, and whether
// the page shows the easy view (issue 5, "Screen reader users", "Easy view"). Browser-safe.
import { z } from "zod";
import { ANNOUNCEMENT_CHOICES } from "./protocol.ts";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const livePreferencesSchema = z.object({
  announcements: z.enum(ANNOUNCEMENT_CHOICES, { message: "Choose what to be told about" }),
  easyView: checkbox,
});

export type LivePreferences = z.infer<typeof livePreferencesSchema>;
