// The yearly reminder to check one's communication needs (issue 4, Identify: "a yearly reminder
// asks them to check their record is still right"). Run once a day by the server; each person is
// reminded once per year of not checking, never twice.
import { formatLongDate } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { listNeedsReviewedBefore, markNeedsReminderSent } from "../needs/needs.server.ts";
import { REVIEW_INTERVAL_DAYS } from "../needs/review.ts";
import { chooseContactRoute, findRecipients, greetingName } from "./contact.server.ts";
import { enqueueNotifications, type NotificationDraft } from "./queue.server.ts";

const YEAR_MS = REVIEW_INTERVAL_DAYS * 24 * 60 * 60 * 1000;

const NEEDS_PATH = "/profile/needs";

/** Due when the needs were last checked over a year ago and no reminder has gone since a year after that. */
function reminderDue(needs: { reviewedAt: Date; reminderSentAt: Date | null }, now: Date): boolean {
  const dueFrom = needs.reviewedAt.getTime() + YEAR_MS;
  if (now.getTime() <= dueFrom) return false;
  return needs.reminderSentAt === null || needs.reminderSentAt.getTime() < dueFrom;
}

/** Queues the reminders due now and notes each one sent. Returns how many were queued. */
export async function queueNeedsReminders(options: { baseUrl: string; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const candidates = await listNeedsReviewedBefore(new Date(now.getTime() - YEAR_MS));
  const due = new Map(candidates.filter((needs) => reminderDue(needs, now)).map((needs) => [needs.personId, needs]));
  if (due.size === 0) return 0;
  const recipients = await findRecipients([...due.keys()]);
  return db().$transaction(async (tx) => {
    const drafts: NotificationDraft[] = [];
    for (const recipient of recipients) {
      const needs = due.get(recipient.personId)!;
      // Only if no other run reminded them meanwhile.
      if (!(await markNeedsReminderSent(tx, needs, now))) continue;
      const route = chooseContactRoute(recipient);
      drafts.push({
        personId: recipient.personId,
        route,
        message: {
          kind: "needs.yearly-reminder",
          props: { name: greetingName(recipient), toSupporter: route.toSupporter, lastChecked: formatLongDate(needs.reviewedAt), needsUrl: options.baseUrl + NEEDS_PATH },
        },
      });
      await recordAudit({ actorId: null, action: "needs.reminder-queued", entityType: "Person", entityId: recipient.personId, after: { channel: route.channel } }, tx);
    }
    return enqueueNotifications(tx, drafts, now);
  });
}
