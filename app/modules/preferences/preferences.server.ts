// Display preferences: kept with the person when signed in, in a cookie for visitors, and applied
// on the server so the page never flashes the wrong size or colours.
import { db, type DbClient } from "../../services.server.ts";
import { PREFERENCES_COOKIE, readCookie, setCookie } from "../auth/cookies.server.ts";
import { defaultPreferences, displayPreferencesSchema, type DisplayPreferences } from "./schema.ts";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function fromCookie(request: Request): DisplayPreferences | null {
  const raw = readCookie(request, PREFERENCES_COOKIE);
  if (!raw) return null;
  try {
    const parsed = displayPreferencesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function readPreferences(request: Request, personId: string | undefined): Promise<DisplayPreferences> {
  if (personId) {
    const saved = await db().displayPreferences.findUnique({
      where: { personId },
      select: { textSize: true, highContrast: true, moreSpacing: true, reducedMotion: true },
    });
    if (saved) return saved;
  }
  return fromCookie(request) ?? defaultPreferences;
}

/** Saves for the person (if signed in) and always in the cookie, so sign-out keeps the view. */
export async function savePreferences(personId: string | undefined, preferences: DisplayPreferences): Promise<string> {
  if (personId) {
    await db().displayPreferences.upsert({
      where: { personId },
      create: { personId, ...preferences },
      update: preferences,
    });
  }
  return setCookie(PREFERENCES_COOKIE, JSON.stringify(preferences), { maxAgeSeconds: YEAR_SECONDS });
}

/** Removal (decision 007): the person's display settings are deleted. */
export async function forgetDisplayPreferences(client: DbClient, personId: string): Promise<number> {
  return (await client.displayPreferences.deleteMany({ where: { personId } })).count;
}
