// Every cookie the platform sets: httpOnly, SameSite=Lax, Secure in production.
import { parse, serialize, type SerializeOptions } from "cookie";
import { getServices } from "../../services.server.ts";

export const SESSION_COOKIE = "panel_session";
export const SIGN_IN_COOKIE = "panel_sign_in";
export const PREFERENCES_COOKIE = "panel_display";

export function readCookie(request: Request | { headers: { cookie?: string } }, name: string): string | undefined {
  const header = request instanceof Request ? request.headers.get("Cookie") : request.headers.cookie;
  if (!header) return undefined;
  return parse(header)[name];
}

export function setCookie(name: string, value: string, options: { maxAgeSeconds?: number } = {}): string {
  const base: SerializeOptions = {
    httpOnly: true,
    sameSite: "lax",
    secure: getServices().config.isProduction,
    path: "/",
  };
  if (options.maxAgeSeconds !== undefined) base.maxAge = options.maxAgeSeconds;
  return serialize(name, value, base);
}

export function clearCookie(name: string): string {
  return serialize(name, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: getServices().config.isProduction,
    path: "/",
    maxAge: 0,
  });
}
