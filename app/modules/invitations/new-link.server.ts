// A new invitation link is shown once, on the page the form returns to: it travels there in a
// short-lived cookie (never in the address, so it is not kept in the browser's history) and the
// page clears the cookie as it shows it.
import { z } from "zod";
import { clearCookie, readCookie, setCookie } from "../auth/cookies.server.ts";
import type { CreatedInvitation } from "./invitations.server.ts";

const NEW_LINK_COOKIE = "panel_new_invitation";
const SHOWN_WITHIN_SECONDS = 5 * 60;

const newLinkSchema = z.object({
  invitationId: z.uuid(),
  link: z.url().max(500),
  emailSent: z.boolean().nullable(),
  email: z.string().max(254),
});

type NewLink = z.infer<typeof newLinkSchema>;

export function newLinkCookie(created: CreatedInvitation, email: string): string {
  return setCookie(NEW_LINK_COOKIE, JSON.stringify({ ...created, email }), { maxAgeSeconds: SHOWN_WITHIN_SECONDS });
}

/** The new link, when the page is the one the form returned to; and the cookie to clear it. */
export function takeNewLink(request: Request, invitationId: string | null): { newLink: NewLink | null; clear: string | null } {
  const raw = readCookie(request, NEW_LINK_COOKIE);
  if (!raw) return { newLink: null, clear: null };
  const clear = clearCookie(NEW_LINK_COOKIE);
  try {
    const parsed = newLinkSchema.safeParse(JSON.parse(raw));
    return { newLink: parsed.success && parsed.data.invitationId === invitationId ? parsed.data : null, clear };
  } catch {
    return { newLink: null, clear };
  }
}
