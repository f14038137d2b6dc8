// Two server processes sharing one PostgreSQL each run the notification sender: every email is
// claimed before it is sent, so each reaches the mail server once, and an email claimed by a
// process that crashed is sent by another when the claim runs out (issue 5,
// docs/decisions/008-notification-queue.md). The runs here go side by side in one process, as two
// processes' runs would; in CI's second pass the database is a real PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { CLAIM_MINUTES, notificationSenderIdle, sendDueEmails, sendPendingNotifications } from "../../app/modules/notifications/queue.server.ts";
import { db } from "../../app/services.server.ts";
import { createPanel } from "../support/factories.ts";
import { closedSmtpUrl, createContactablePerson, createContactTask, useMailServer } from "../support/notifications.ts";
import { addressesOf } from "../support/smtp.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const MINUTE = 60_000;

let restoreMailer: (() => void) | undefined;
afterEach(async () => {
  await notificationSenderIdle();
  restoreMailer?.();
  restoreMailer = undefined;
});

/** `count` members of one panel, each with one email waiting to be sent. */
async function queuedEmails(count: number) {
  const panel = await createPanel();
  const emails: { id: string; address: string }[] = [];
  for (let n = 1; n <= count; n++) {
    const member = await createContactablePerson(panel.id, { name: `Member ${String.fromCharCode(64 + n)}` });
    const task = await createContactTask(member.id, { panelId: panel.id, channel: "EMAIL", status: "PENDING", address: member.email });
    emails.push({ id: task.id, address: member.email.toLowerCase() });
  }
  return emails;
}

function timesReceived(address: string): number {
  return app().smtp.messages.filter((mail) => addressesOf(mail).includes(address)).length;
}

describe("two processes sending the same queue", () => {
  it("send every email exactly once between them", async () => {
    const emails = await queuedEmails(12);
    const now = new Date();

    const [first, second] = await Promise.all([sendDueEmails(now), sendDueEmails(now)]);

    expect(first.sent + second.sent).toBe(emails.length);
    expect(app().smtp.messages).toHaveLength(emails.length);
    for (const email of emails) expect(timesReceived(email.address)).toBe(1);
    const rows = await db().notification.findMany({ where: { id: { in: emails.map((e) => e.id) } }, select: { status: true, claimedUntil: true } });
    expect(rows.every((row) => row.status === "SENT" && row.claimedUntil === null)).toBe(true);
  });

  it("leave alone an email another process has claimed, even one named to be sent at once", async () => {
    const [email] = await queuedEmails(1);
    const now = new Date();
    await db().notification.update({ where: { id: email!.id }, data: { claimedUntil: new Date(now.getTime() + MINUTE) } });

    expect(await sendPendingNotifications({ now })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(await sendPendingNotifications({ now, ids: [email!.id] })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(app().smtp.messages).toHaveLength(0);
  });
});

describe("a process that crashes while sending", () => {
  it("holds its emails only until the claim runs out; then another process sends them, once", async () => {
    const emails = await queuedEmails(2);
    const crashedAt = new Date();
    // What a process leaves behind when it is killed between claiming and sending.
    await db().notification.updateMany({
      where: { id: { in: emails.map((e) => e.id) } },
      data: { claimedUntil: new Date(crashedAt.getTime() + CLAIM_MINUTES * MINUTE) },
    });

    expect(await sendDueEmails(new Date(crashedAt.getTime() + (CLAIM_MINUTES - 1) * MINUTE))).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(app().smtp.messages).toHaveLength(0);

    const afterClaim = new Date(crashedAt.getTime() + (CLAIM_MINUTES + 1) * MINUTE);
    const [first, second] = await Promise.all([sendDueEmails(afterClaim), sendDueEmails(afterClaim)]);
    expect(first.sent + second.sent).toBe(2);
    for (const email of emails) expect(timesReceived(email.address)).toBe(1);
  });
});

describe("a failed send", () => {
  it("lets go of its claim, so the retry is not held up by it", async () => {
    const [email] = await queuedEmails(1);
    restoreMailer = useMailServer(await closedSmtpUrl());
    const now = new Date();

    expect(await sendPendingNotifications({ now })).toEqual({ sent: 0, failed: 0, retrying: 1 });
    const afterFailure = await db().notification.findUniqueOrThrow({ where: { id: email!.id }, select: { status: true, attempts: true, claimedUntil: true } });
    expect(afterFailure).toEqual({ status: "PENDING", attempts: 1, claimedUntil: null });

    restoreMailer();
    restoreMailer = undefined;
    expect(await sendPendingNotifications({ now: new Date(now.getTime() + 2 * MINUTE) })).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(timesReceived(email!.address)).toBe(1);
  });
});
