// The notification queue. Messages are written in the caller's transaction, so a change and the
// messages about it commit together and nothing is lost; emails are then sent from the queue,
// retried with growing waits when the mail server does not take them, and shown to staff as
// failed after MAX_ATTEMPTS. Other ways of contact are tasks for staff (notifications.server.ts).
// Each email is claimed before it is sent, so server processes sharing one PostgreSQL never send
// the same one twice (docs/decisions/008-notification-queue.md).
import type { Prisma } from "../../generated/prisma/client.ts";
import { errorText } from "../../logging.server.ts";
import { getServices, db } from "../../services.server.ts";
import type { EmailAttachment } from "../email/mailer.server.ts";
import { meetingCalendar } from "../meetings/ics.ts";
import { findMeeting } from "../meetings/meetings.server.ts";
import type { ContactRoute } from "./contact.server.ts";
import { messageBody, messageElement, messageSubject, readMessage, UnreadableMessageError, type Message } from "./messages.server.tsx";

export const MAX_ATTEMPTS = 5;

/** Minutes to wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure is final. */
const RETRY_WAITS_MINUTES = [1, 5, 15, 60] as const;

/**
 * How long a claim keeps other processes off an email. Longer than the slowest send can take
 * (nodemailer gives up on a silent mail server after 10 minutes), so a slow send is never sent
 * again by another process; short enough that a crashed process's emails go out the same hour.
 */
export const CLAIM_MINUTES = 15;

const BATCH_SIZE = 100;

export type NotificationDraft = {
  personId: string;
  panelId?: string | null;
  meetingId?: string | null;
  route: ContactRoute;
  message: Message;
};

type Writer = Pick<Prisma.TransactionClient, "notification">;

/** Writes the messages with the caller's transaction client. Returns how many were queued. */
export async function enqueueNotifications(tx: Writer, drafts: NotificationDraft[], now = new Date()): Promise<number> {
  if (drafts.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: drafts.map((draft) => ({
      personId: draft.personId,
      panelId: draft.panelId ?? null,
      meetingId: draft.meetingId ?? null,
      kind: draft.message.kind,
      channel: draft.route.channel,
      address: draft.route.address,
      format: draft.route.format,
      subject: messageSubject(draft.message),
      body: messageBody(draft.message),
      status: draft.route.status,
      createdAt: now,
    })),
  });
  return count;
}

/**
 * When a pending email may next be tried: at once the first time, then after each wait in turn.
 * Counted from when it was queued, as there is no column for the last attempt: a message that
 * failed four times is tried again 1 + 5 + 15 + 60 minutes after it was queued.
 */
export function nextAttemptAt(notification: { createdAt: Date; attempts: number }): Date {
  const waited = RETRY_WAITS_MINUTES.slice(0, notification.attempts).reduce((sum, minutes) => sum + minutes, 0);
  return new Date(notification.createdAt.getTime() + waited * 60_000);
}

type SendReport = { sent: number; failed: number; retrying: number };

type PendingNotification = {
  id: string;
  kind: string;
  panelId: string | null;
  meetingId: string | null;
  address: string;
  subject: string;
  body: string;
  attempts: number;
  createdAt: Date;
};

/** The calendar file that goes with a meeting invitation, change or cancellation, made from the meeting as it is now. */
async function attachmentsFor(notification: PendingNotification, message: Message, now: Date): Promise<EmailAttachment[]> {
  if (message.kind !== "meeting.invitation" && message.kind !== "meeting.cancelled" && message.kind !== "meeting.changed") return [];
  if (!notification.panelId || !notification.meetingId) return [];
  const meeting = await findMeeting(notification.panelId, notification.meetingId);
  if (!meeting) return [];
  const calendar = meetingCalendar(
    { ...meeting, cancelled: message.kind === "meeting.cancelled" || Boolean(meeting.cancelledAt), pageUrl: message.props.meetingUrl },
    now,
  );
  return [{ filename: "meeting.ics", content: calendar, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }];
}

/** Not claimed, or the claim has run out (its process crashed or stopped mid-send). */
function unclaimed(now: Date): Prisma.NotificationWhereInput {
  return { OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] };
}

/**
 * Takes the email for this process, or says another has it. One conditional UPDATE: PostgreSQL
 * re-checks the WHERE on a row another transaction has just changed, so of two processes racing
 * for the same row exactly one gets a count of 1 (on PGlite too, which runs one at a time).
 */
async function claim(notification: PendingNotification, now: Date): Promise<boolean> {
  const { count } = await db().notification.updateMany({
    where: { id: notification.id, status: "PENDING", attempts: notification.attempts, ...unclaimed(now) },
    data: { claimedUntil: new Date(now.getTime() + CLAIM_MINUTES * 60_000) },
  });
  return count === 1;
}

async function sendOne(notification: PendingNotification, now: Date): Promise<"sent" | "failed" | "retrying" | "skipped"> {
  const { mailer, logger } = getServices();
  if (!(await claim(notification, now))) return "skipped";
  try {
    const message = readMessage(notification.kind, notification.body);
    await mailer.send({
      to: notification.address,
      subject: notification.subject,
      template: messageElement(message),
      attachments: await attachmentsFor(notification, message, now),
    });
  } catch (error) {
    const attempts = notification.attempts + 1;
    // A message Panel cannot read will not get better by waiting.
    const status = attempts >= MAX_ATTEMPTS || error instanceof UnreadableMessageError ? "FAILED" : "PENDING";
    // Only if nobody changed it meanwhile (staff retrying it, another run).
    const { count } = await db().notification.updateMany({
      where: { id: notification.id, status: "PENDING", attempts: notification.attempts },
      data: { attempts, lastError: errorText(error), status, claimedUntil: null },
    });
    logger.warn({ notificationId: notification.id, attempts, err: errorText(error) }, status === "FAILED" ? "email failed for good" : "email not sent, will retry");
    if (count === 0) return "skipped";
    return status === "FAILED" ? "failed" : "retrying";
  }
  // The mail server has taken it.
  await db().notification.updateMany({ where: { id: notification.id, status: "PENDING" }, data: { status: "SENT", sentAt: new Date(), claimedUntil: null } });
  return "sent";
}

/** Pending emails whose wait is over (nextAttemptAt in the database's terms), so waiting ones never crowd out due ones. */
function dueNow(now: Date): Prisma.NotificationWhereInput {
  const waitedFor = (attempts: number) => nextAttemptAt({ createdAt: new Date(0), attempts }).getTime();
  return {
    status: "PENDING",
    OR: Array.from({ length: MAX_ATTEMPTS }, (_, attempts) => ({ attempts, createdAt: { lte: new Date(now.getTime() - waitedFor(attempts)) } })),
  };
}

/**
 * One run of one process: sends the due emails (or the pending ones in `ids`) that no other
 * process has claimed. Runs in a process go one at a time through sendPendingNotifications; this
 * is exported so tests can run two at once, as two processes would.
 */
export async function sendDueEmails(now: Date, ids?: string[]): Promise<SendReport> {
  const pending = await db().notification.findMany({
    where: { AND: [ids ? { id: { in: ids }, status: "PENDING" } : dueNow(now), unclaimed(now)] },
    select: { id: true, kind: true, panelId: true, meetingId: true, address: true, subject: true, body: true, attempts: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: BATCH_SIZE,
  });
  const report: SendReport = { sent: 0, failed: 0, retrying: 0 };
  for (const notification of pending) {
    const outcome = await sendOne(notification, now);
    if (outcome !== "skipped") report[outcome] += 1;
  }
  return report;
}

// One sender per process, shared by the server's copy of this module and the Remix bundle's copy
// (each has its own module scope; see app/services.server.ts), so two runs never overlap.
const key = Symbol.for("panel.notification-sender");
type SenderState = { tail: Promise<unknown> };

function senderState(): SenderState {
  const holder = globalThis as { [key]?: SenderState };
  holder[key] ??= { tail: Promise.resolve() };
  return holder[key];
}

/**
 * Sends the emails that are due, or just the pending ones named in `ids` whether due or not.
 * Runs one after another: a call made while a run is going waits for it, then runs, so a message
 * queued during a run is not missed. `now` is for tests.
 */
export function sendPendingNotifications(options: { now?: Date; ids?: string[] } = {}): Promise<SendReport> {
  const state = senderState();
  const run = state.tail.then(() => sendDueEmails(options.now ?? new Date(), options.ids));
  state.tail = run.catch(() => undefined);
  return run;
}

/** Starts sending now (after a publish, say) without making the person wait for the mail server. */
export function kickNotificationSender(options: { ids?: string[] } = {}): void {
  sendPendingNotifications(options).catch((error: unknown) => getServices().logger.error({ err: errorText(error) }, "sending notifications failed"));
}

/** Resolves when the current and queued runs are done (shutdown, tests). */
export async function notificationSenderIdle(): Promise<void> {
  let tail: Promise<unknown>;
  do {
    tail = senderState().tail;
    await tail;
  } while (tail !== senderState().tail);
}
