// When an action is due, in words, so "overdue" is never shown by colour alone. Browser-safe.

const DAY = 86_400_000;

/** Whole days from `today` to `due`, both wall-clock dates written yyyy-mm-dd. */
function daysBetween(today: string, due: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/** "3 days overdue", "today", "tomorrow", "in 5 days"; null when there is no due date. */
export function describeDue(due: string | null, today: string): { words: string | null; overdue: boolean } {
  if (!due) return { words: null, overdue: false };
  const gap = daysBetween(today, due);
  if (gap < 0) return { words: `${days(-gap)} overdue`, overdue: true };
  if (gap === 0) return { words: "today", overdue: false };
  if (gap === 1) return { words: "tomorrow", overdue: false };
  return { words: `in ${days(gap)}`, overdue: false };
}

/** "Due Friday 4 December 2026 (3 days overdue)", or "No due date". */
export function dueSentence(dueOn: string | null, words: string | null): string {
  return dueOn ? `Due ${dueOn}${words ? ` (${words})` : ""}` : "No due date";
}
