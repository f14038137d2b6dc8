// Contact tasks for a panel's organisers: the letters, phone calls and text messages to send by
// hand (with the format to send in), and emails the mail server would not take. Addresses and
// phone numbers are personal data: only the panel's organisers see them, and every view is written
// to the audit trail, as for communication needs (issue 4, Share).
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ContactMethod, PaperFormat } from "../../generated/prisma/enums.ts";
import { formatDateTime } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { refuse, type Outcome } from "../../refusal.ts";
import { recordAudit } from "../audit/audit.server.ts";
import type { Actor } from "../auth/actor.server.ts";
import { contactMethodLabels } from "../needs/codes.ts";
import { describePaperFormat } from "../needs/describe.ts";
import { getNeeds } from "../needs/needs.server.ts";
import { namesOfPeople } from "../people/people.server.ts";
import { isNotificationKind, kindLabels, messageText, readMessage, UnreadableMessageError } from "./messages.server.tsx";
import { kickNotificationSender, MAX_ATTEMPTS } from "./queue.server.ts";

/** `already` when someone else dealt with the task first; not found when it is not one of the panel's tasks. */
type TaskOutcome = Outcome<{ already: boolean }>;
const NO_SUCH_TASK = "That task could not be found";

const DONE_SHOWN = 20;

/**
 * The panel's notifications: those made for it, and those for nobody's panel in particular (the
 * yearly needs reminder) to people in it, so a reminder by post is someone's task.
 */
function inPanel(panelId: string): Prisma.NotificationWhereInput {
  return { OR: [{ panelId }, { panelId: null, person: { memberships: { some: { panelId } } } }] };
}

const taskSelect = {
  id: true,
  personId: true,
  kind: true,
  channel: true,
  address: true,
  format: true,
  subject: true,
  body: true,
  status: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  doneAt: true,
  doneById: true,
  person: { select: { name: true, preferredName: true } },
} as const;

type StoredTask = Prisma.NotificationGetPayload<{ select: typeof taskSelect }>;

/** The format in words: the size, grade or language from the person's needs when they still read that format. */
async function formatInWords(personId: string, format: PaperFormat): Promise<string> {
  const needs = (await getNeeds(personId))?.needs;
  if (needs && needs.paperFormat === format) return describePaperFormat(needs);
  return describePaperFormat({ paperFormat: format, largePrintPointSize: null, brailleGrade: null, language: "" });
}

function howToSend(channel: ContactMethod, address: string): string {
  switch (channel) {
    case "POST":
      return address ? "Send by post to" : "Send by post: no postal address recorded, so ask them for it";
    case "PHONE":
      return address ? "Phone them on" : "Phone them: no phone number recorded, so find another way";
    case "TEXT_MESSAGE":
      return address ? "Send a text message to" : "Send a text message: no phone number recorded, so find another way";
    case "VIA_SUPPORTER":
      return address ? "Contact their supporter:" : "Contact their supporter: no details recorded, so ask them";
    case "EMAIL":
      return "Email";
  }
}

async function describeTask(task: StoredTask, doneBy: Map<string, string>, timeZone: string) {
  let text: string;
  try {
    text = await messageText(readMessage(task.kind, task.body));
  } catch (error) {
    if (!(error instanceof UnreadableMessageError)) throw error;
    text = "The message could not be shown. Tell the site admin.";
  }
  return {
    id: task.id,
    personId: task.personId,
    name: task.person.preferredName && task.person.preferredName !== task.person.name ? `${task.person.name} (${task.person.preferredName})` : task.person.name,
    what: isNotificationKind(task.kind) ? kindLabels[task.kind] : task.kind,
    subject: task.subject,
    channel: contactMethodLabels[task.channel],
    how: howToSend(task.channel, task.address),
    address: task.address,
    format: await formatInWords(task.personId, task.format),
    text,
    madeAt: formatDateTime(task.createdAt, timeZone),
    attempts: task.attempts,
    lastError: task.lastError,
    doneAt: task.doneAt ? formatDateTime(task.doneAt, timeZone) : null,
    doneBy: task.doneById ? (doneBy.get(task.doneById) ?? "Someone who has left") : null,
  };
}

export type ContactTask = Awaited<ReturnType<typeof describeTask>>;

/**
 * What the panel's organisers must do by hand, what failed, and what was done lately. Writes one
 * "contact-details.viewed" audit entry per person whose address or number is shown.
 */
export async function listContactTasks(panelId: string, viewer: Actor, timeZone: string) {
  const [toDo, failed, retrying, done] = await Promise.all([
    db().notification.findMany({ where: { status: "TO_DO", ...inPanel(panelId) }, select: taskSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().notification.findMany({ where: { status: "FAILED", ...inPanel(panelId) }, select: taskSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().notification.findMany({ where: { status: "PENDING", attempts: { gt: 0 }, ...inPanel(panelId) }, select: taskSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().notification.findMany({ where: { status: "DONE", ...inPanel(panelId) }, select: taskSelect, orderBy: [{ doneAt: "desc" }, { id: "asc" }], take: DONE_SHOWN }),
  ]);
  const doneBy = await namesOfPeople([...new Set(done.flatMap((t) => (t.doneById ? [t.doneById] : [])))]);
  const describeAll = (tasks: StoredTask[]) => Promise.all(tasks.map((task) => describeTask(task, doneBy, timeZone)));
  const view = {
    toDo: await describeAll(toDo),
    failed: await describeAll(failed),
    retrying: await describeAll(retrying),
    done: await describeAll(done),
  };
  const shown = [...new Set([...toDo, ...failed, ...retrying].map((task) => task.personId))].filter((id) => id !== viewer.personId);
  if (shown.length) {
    await db().$transaction(async (tx) => {
      for (const personId of shown) {
        await recordAudit({ actorId: viewer.personId, action: "contact-details.viewed", entityType: "Person", entityId: personId, panelId, requestId: viewer.requestId }, tx);
      }
    });
  }
  return view;
}

/** Marks a letter, call or text as sent by hand. */
export async function markTaskDone(panelId: string, notificationId: string, actor: Actor, now = new Date()): Promise<TaskOutcome> {
  return db().$transaction(async (tx) => {
    const task = await tx.notification.findFirst({ where: { id: notificationId, channel: { not: "EMAIL" }, status: { in: ["TO_DO", "DONE"] }, ...inPanel(panelId) }, select: { id: true, personId: true, status: true } });
    if (!task) return refuse.notFound(NO_SUCH_TASK);
    const { count } = await tx.notification.updateMany({ where: { id: task.id, status: "TO_DO" }, data: { status: "DONE", doneAt: now, doneById: actor.personId } });
    if (count === 0) return { ok: true, already: true };
    await recordAudit(
      { actorId: actor.personId, action: "notification.done", entityType: "Notification", entityId: task.id, panelId, after: { status: "DONE", personId: task.personId }, requestId: actor.requestId },
      tx,
    );
    return { ok: true, already: false };
  });
}

/**
 * Tries a failed email once more, now: sent, or failed again with the new error. (Its waits are
 * counted from when it was queued, so more tries would all come at once; staff can try again.)
 */
export async function retryFailedEmail(panelId: string, notificationId: string, actor: Actor): Promise<TaskOutcome> {
  const outcome = await db().$transaction(async (tx): Promise<TaskOutcome> => {
    const task = await tx.notification.findFirst({ where: { id: notificationId, status: { in: ["FAILED", "PENDING", "SENT"] }, ...inPanel(panelId) }, select: { id: true, personId: true, attempts: true } });
    if (!task) return refuse.notFound(NO_SUCH_TASK);
    const { count } = await tx.notification.updateMany({ where: { id: task.id, status: "FAILED" }, data: { status: "PENDING", attempts: MAX_ATTEMPTS - 1 } });
    if (count === 0) return { ok: true, already: true };
    await recordAudit(
      {
        actorId: actor.personId,
        action: "notification.retried",
        entityType: "Notification",
        entityId: task.id,
        panelId,
        before: { status: "FAILED", attempts: task.attempts },
        after: { status: "PENDING", attempts: MAX_ATTEMPTS - 1, personId: task.personId },
        requestId: actor.requestId,
      },
      tx,
    );
    return { ok: true, already: false };
  });
  if (outcome.ok && !outcome.already) kickNotificationSender({ ids: [notificationId] });
  return outcome;
}
