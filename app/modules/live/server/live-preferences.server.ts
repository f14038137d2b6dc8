// A person's live meeting settings, kept with their account so they apply on every device.
import { db } from "../../../services.server.ts";
import type { LivePreferences } from "../client/live-preferences-schema.ts";

export async function saveLivePreferences(personId: string, preferences: LivePreferences): Promise<void> {
  await db().livePreferences.upsert({
    where: { personId },
    create: { personId, ...preferences },
    update: preferences,
  });
}
