import { getServices } from "../../services.server.ts";

/**
 * The address links in emails point at. BASE_URL when set (required in production: a Host
 * header must never decide where a sign-in link goes); otherwise this request's own origin.
 */
export function baseUrlFor(request: Request): string {
  return getServices().config.baseUrl ?? new URL(request.url).origin;
}
