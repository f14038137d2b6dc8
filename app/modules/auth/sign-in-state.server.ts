// The short-lived cookie that ties a sign-in email to the browser that asked for it.
import { z } from "zod";
import { readCookie, SIGN_IN_COOKIE } from "./cookies.server.ts";

const stateSchema = z.object({ binding: z.string().min(20).max(100), email: z.string().max(254), returnTo: z.string().max(2000) });

export type SignInState = z.infer<typeof stateSchema>;

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
