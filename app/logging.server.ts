// What the logs may hold. Bearer tokens must never be written there: sign-in tokens travel in
// query strings, which are dropped, and invitation tokens in the path (/join/<token>), which is
// redacted. Errors are logged by their message only: a nodemailer error carries the SMTP
// transcript and the recipient's address (issue 11).

const ERROR_MAX_LENGTH = 500;

/** The path of `url` (a full URL or a path with a query), with no query and no invitation token. */
export function pathForLog(url: string): string {
  return new URL(url, "http://localhost").pathname.replace(/^\/join\/[^/]+/, "/join/[redacted]");
}

/** An error's message only, short enough for a log line or the outbox's "last error". */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text || "Unknown error").slice(0, ERROR_MAX_LENGTH);
}
