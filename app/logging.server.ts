// What the logs may hold of a request. Bearer tokens must never be written there: sign-in tokens
// travel in query strings, which are dropped, and invitation tokens in the path (/join/<token>),
// which is redacted (issue 11).

/** The path of `url` (a full URL or a path with a query), with no query and no invitation token. */
export function pathForLog(url: string): string {
  return new URL(url, "http://localhost").pathname.replace(/^\/join\/[^/]+/, "/join/[redacted]");
}
