// The short-lived cookie that ties a sign-in email to the browser that asked for it.
import { z } from "zod";
import { readCookie, setCookie, SIGN_IN_COOKIE } from "./cookies.server.ts";
import { SIGN_IN_MINUTES } from "./sign-in-rules.ts";

const stateSchema = z.object({ binding: z.string().min(20).max(100), email: z.string().max(254), returnTo: z.string().max(2000) });

type SignInState = z.infer<typeof stateSchema>;

export function readSignInState(request: Request): SignInState | null {
  const raw = readCookie(request, SIGN_IN_COOKIE);
  if (!raw) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The Set-Cookie header for a new sign-in: it lasts as long as the link and code do. */
export function signInStateCookie(state: SignInState): string {
  return setCookie(SIGN_IN_COOKIE, JSON.stringify(state), { maxAgeSeconds: SIGN_IN_MINUTES * 60 });
}
