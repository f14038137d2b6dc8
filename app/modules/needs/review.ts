// Identify: a yearly reminder asks each person to check their needs are still right (issue 4).
// A plain function of the record and the time, so the home page and tests give it any `now`.

export const REVIEW_INTERVAL_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Due when nothing is recorded yet, or the person last checked more than a year ago. */
export function needsReviewDue(needs: { reviewedAt: Date } | null | undefined, now: Date = new Date()): boolean {
  if (!needs) return true;
  return now.getTime() - needs.reviewedAt.getTime() > REVIEW_INTERVAL_DAYS * DAY_MS;
}
