// The notification queue and its staff tasks on the real server with a real SMTP server: the
// channel follows each person's needs, emails are retried when the mail server is down and shown
// to staff after five failures, invitations carry a calendar file, the yearly needs reminder goes
// once, and contact tasks are marked done (issue 4).
import { afterEach, describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import { meetingSchema } from "../../app/modules/meetings/schema.ts";
import { chooseContactRoute, type Recipient } from "../../app/modules/notifications/contact.server.ts";
import { MAX_ATTEMPTS, nextAttemptAt, notificationSenderIdle, sendPendingNotifications } from "../../app/modules/notifications/queue.server.ts";
import { queueNeedsReminders } from "../../app/modules/notifications/reminders.server.ts";
import { db, getServices } from "../../app/services.server.ts";
import { setUpNotifications } from "../../server/set-up-notifications.ts";
import { createPanel } from "../support/factories.ts";
import { pageOf } from "../support/html.ts";
import { londonDate } from "../support/meetings.ts";
import { closedSmtpUrl, createContactablePerson, createContactTask, useMailServer } from "../support/notifications.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const DAY = 86_400_000;
const MINUTE = 60_000;

let restoreMailer: (() => void) | undefined;
afterEach(async () => {
  await notificationSenderIdle();
  restoreMailer?.();
  restoreMailer = undefined;
});

function recipient(needs: Partial<NonNullable<Recipient["needs"]>> | null): Recipient {
  return {
    personId: "p",
    name: "Ada Lovelace",
    preferredName: "",
    email: "ada@example.org",
    phone: " 07700 900123 ",
    postalAddress: "1 High Street\nWessex",
    needs: needs && {
      paperFormat: "STANDARD",
      largePrintPointSize: null,
      brailleGrade: null,
      language: "",
      contactMethod: "EMAIL",
      supporterContact: "",
      meetingSupport: [],
      physicalAccess: [],
      dietaryNeeds: "",
      inOwnWords: "",
      shareWithStaff: false,
      ...needs,
    },
  };
}

/** A panel with a chair, and an email member whose message is queued by publishing nothing: straight in. */
async function queuedEmail() {
  const panel = await createPanel();
  const ada = await createContactablePerson(panel.id, { name: "Ada Lovelace" });
  const task = await createContactTask(ada.id, { panelId: panel.id, channel: "EMAIL", status: "PENDING", address: ada.email });
  return { panel, ada, task };
}

describe("choosing how to contact someone", () => {
  it("emails people by default and people who asked for email", () => {
    expect(chooseContactRoute(recipient(null))).toMatchObject({ channel: "EMAIL", status: "PENDING", address: "ada@example.org", format: "STANDARD" });
    expect(chooseContactRoute(recipient({ contactMethod: "EMAIL" }))).toMatchObject({ channel: "EMAIL", status: "PENDING", toSupporter: false });
  });

  it("makes post a task for staff, with the address and the format to print in", () => {
    expect(chooseContactRoute(recipient({ contactMethod: "POST", paperFormat: "LARGE_PRINT", largePrintPointSize: 24 }))).toEqual({
      channel: "POST",
      status: "TO_DO",
      address: "1 High Street\nWessex",
      format: "LARGE_PRINT",
      formatDescription: "Large print at 24pt",
      toSupporter: false,
    });
    expect(chooseContactRoute(recipient({ contactMethod: "POST", paperFormat: "BRAILLE", brailleGrade: 2 })).formatDescription).toBe("Braille grade 2");
  });

  it("makes phone calls and text messages tasks, with the phone number", () => {
    expect(chooseContactRoute(recipient({ contactMethod: "PHONE" }))).toMatchObject({ channel: "PHONE", status: "TO_DO", address: "07700 900123" });
    expect(chooseContactRoute(recipient({ contactMethod: "TEXT_MESSAGE" }))).toMatchObject({ channel: "TEXT_MESSAGE", status: "TO_DO", address: "07700 900123" });
  });

  it("emails a supporter whose contact is an email address, and otherwise asks staff to contact them", () => {
    expect(chooseContactRoute(recipient({ contactMethod: "VIA_SUPPORTER", supporterContact: " Anna@Example.org " }))).toMatchObject({
      channel: "VIA_SUPPORTER",
      status: "PENDING",
      address: "anna@example.org",
      toSupporter: true,
    });
    expect(chooseContactRoute(recipient({ contactMethod: "VIA_SUPPORTER", supporterContact: "Anna Obi (daughter), 07700 900 403" }))).toMatchObject({
      channel: "VIA_SUPPORTER",
      status: "TO_DO",
      address: "Anna Obi (daughter), 07700 900 403",
      toSupporter: true,
    });
    // Something that only looks like an address inside other words is not emailed.
    expect(chooseContactRoute(recipient({ contactMethod: "VIA_SUPPORTER", supporterContact: "Anna, anna@example.org" })).status).toBe("TO_DO");
  });
});

describe("sending queued emails", () => {
  it("keeps an email queued when the mail server is down, waits before trying again, and sends it when the server is back", async () => {
    const { ada, task } = await queuedEmail();
    restoreMailer = useMailServer(await closedSmtpUrl());
    expect(await sendPendingNotifications()).toEqual({ sent: 0, failed: 0, retrying: 1 });
    let row = await db().notification.findUniqueOrThrow({ where: { id: task.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);

    // Not tried again at once: the next try is a minute after it was queued.
    expect(nextAttemptAt(row)).toEqual(new Date(row.createdAt.getTime() + MINUTE));
    expect(await sendPendingNotifications()).toEqual({ sent: 0, failed: 0, retrying: 0 });

    restoreMailer();
    restoreMailer = undefined;
    expect(await sendPendingNotifications({ now: new Date(Date.now() + 2 * MINUTE) })).toEqual({ sent: 1, failed: 0, retrying: 0 });
    row = await db().notification.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.status).toBe("SENT");
    expect(row.sentAt).toBeInstanceOf(Date);
    const mail = await app().smtp.waitForMessage(ada.email);
    expect(mail.subject).toBe("Please check your communication needs are still right");
    // Sent once only.
    await sendPendingNotifications({ now: new Date(Date.now() + DAY) });
    expect(app().smtp.messages).toHaveLength(1);
  });

  it("gives up after five tries, shows staff the error, and sends it when they try again", async () => {
    const { panel, ada, task } = await queuedEmail();
    const officer = await createContactablePerson(panel.id, { name: "Chris Jones", roles: ["OFFICER"] });
    restoreMailer = useMailServer(await closedSmtpUrl());
    const later = new Date(Date.now() + 2 * DAY);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await sendPendingNotifications({ now: later });
    const row = await db().notification.findUniqueOrThrow({ where: { id: task.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 5 });
    // A failed email is not tried again by itself.
    expect(await sendPendingNotifications({ now: later })).toEqual({ sent: 0, failed: 0, retrying: 0 });

    const cookie = await app().cookieFor(officer.id);
    const page = await (await app().fetch(`/panels/${panel.id}/contact-tasks`, { cookie })).text();
    expect(page).toContain("Emails that could not be sent (1)");
    expect(page).toContain(ada.email);
    expect(page).toContain("ECONNREFUSED");

    // Trying again while the server is still down: one more try, and it is back on the list.
    await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "retry", notificationId: task.id }, cookie);
    await notificationSenderIdle();
    expect(await db().notification.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "FAILED", attempts: 5 });

    restoreMailer();
    restoreMailer = undefined;
    const retry = await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "retry", notificationId: task.id }, cookie);
    expect(retry.status).toBe(302);
    expect(retry.headers.get("Location")).toBe(`/panels/${panel.id}/contact-tasks?retried=1`);
    await app().smtp.waitForMessage(ada.email);
    await notificationSenderIdle();
    expect(await db().notification.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "SENT" });
    const audits = await db().auditEvent.findMany({ where: { action: "notification.retried", entityId: task.id } });
    expect(audits.map((a) => a.actorId)).toEqual([officer.id, officer.id]);
    // Trying again what is already sent changes nothing.
    const again = await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "retry", notificationId: task.id }, cookie);
    expect(again.headers.get("Location")).toBe(`/panels/${panel.id}/contact-tasks?already=1`);
  });

  it("gives up at once on a message whose details cannot be read, and says why", async () => {
    const { task } = await queuedEmail();
    await db().notification.update({ where: { id: task.id }, data: { body: '{"name": 42' } });
    const unknownKind = await createContactTask(task.personId, { channel: "EMAIL", status: "PENDING", address: "x@example.org" });
    await db().notification.update({ where: { id: unknownKind.id }, data: { kind: "something.else" } });
    expect(await sendPendingNotifications()).toEqual({ sent: 0, failed: 2, retrying: 0 });
    expect(await db().notification.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "FAILED", lastError: "The message's details could not be read" });
    expect(await db().notification.findUniqueOrThrow({ where: { id: unknownKind.id } })).toMatchObject({ status: "FAILED", lastError: 'Panel does not know how to write a "something.else" message' });
    expect(app().smtp.messages).toHaveLength(0);
  });

  it("runs in the server on a timer, queues the yearly reminders, and stops cleanly", async () => {
    const { ada } = await queuedEmail();
    const panel = await createPanel();
    const old = await createContactablePerson(panel.id, { name: "Olu Old", needs: { reviewedAt: new Date(Date.now() - 400 * DAY) } });
    const sender = setUpNotifications(getServices(), { intervalMs: 50, reminderPeriodMs: DAY });
    try {
      await app().smtp.waitForMessage(ada.email);
      const reminder = await app().smtp.waitForMessage(old.email);
      expect(reminder.subject).toBe("Please check your communication needs are still right");
    } finally {
      await sender.stop();
    }
    const count = app().smtp.messages.length;
    await createContactTask(ada.id, { channel: "EMAIL", status: "PENDING", address: ada.email });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app().smtp.messages).toHaveLength(count);
  });
});

describe("the yearly reminder to check communication needs", () => {
  it("goes once to each person whose needs were last checked over a year ago, by their preferred contact", async () => {
    const panel = await createPanel();
    const now = new Date();
    const yearAndMore = new Date(now.getTime() - 400 * DAY);
    const due = await createContactablePerson(panel.id, { name: "Ada Lovelace", preferredName: "Ada", needs: { reviewedAt: yearAndMore } });
    const byPost = await createContactablePerson(panel.id, { name: "Ben Post", postalAddress: "2 Low Road", needs: { reviewedAt: yearAndMore, contactMethod: "POST", paperFormat: "EASY_READ" } });
    const recent = await createContactablePerson(panel.id, { name: "Cat Recent", needs: { reviewedAt: new Date(now.getTime() - 100 * DAY) } });
    // Already reminded after their year was up.
    const reminded = await createContactablePerson(panel.id, { name: "Dev Reminded", needs: { reviewedAt: yearAndMore, reminderSentAt: new Date(now.getTime() - 10 * DAY) } });
    // Reminded last year, then checked, and now a year has passed again.
    const again = await createContactablePerson(panel.id, { name: "Eve Again", needs: { reviewedAt: yearAndMore, reminderSentAt: new Date(now.getTime() - 800 * DAY) } });
    const inactive = await createContactablePerson(panel.id, { name: "Gone Person", active: false, needs: { reviewedAt: yearAndMore } });
    const untouched = await db().communicationNeeds.findUniqueOrThrow({ where: { personId: due.id } });

    expect(await queueNeedsReminders({ baseUrl: "https://panel.example.org", now })).toBe(3);
    await sendPendingNotifications();
    const mail = await app().smtp.waitForMessage(due.email);
    expect(mail.subject).toBe("Please check your communication needs are still right");
    expect(mail.text).toContain("Hello Ada,");
    expect(mail.text).toContain("https://panel.example.org/profile/needs");
    await app().smtp.waitForMessage(again.email);
    expect(await db().notification.findFirstOrThrow({ where: { personId: byPost.id } })).toMatchObject({ channel: "POST", status: "TO_DO", format: "EASY_READ", address: "2 Low Road" });
    for (const person of [recent, reminded, inactive]) expect(await db().notification.count({ where: { personId: person.id } })).toBe(0);

    const after = await db().communicationNeeds.findUniqueOrThrow({ where: { personId: due.id } });
    expect(after.reminderSentAt).toEqual(now);
    // Sending the reminder is not a change to their needs.
    expect(after.updatedAt).toEqual(untouched.updatedAt);

    // The next day, and the day after: nothing more.
    expect(await queueNeedsReminders({ baseUrl: "https://panel.example.org", now: new Date(now.getTime() + DAY) })).toBe(0);
    expect(await queueNeedsReminders({ baseUrl: "https://panel.example.org", now: new Date(now.getTime() + 2 * DAY) })).toBe(0);
    // Ada checks her needs; a year later she is reminded again, once (and Cat's year is up too).
    await db().communicationNeeds.update({ where: { personId: due.id }, data: { reviewedAt: new Date(now.getTime() + 3 * DAY) } });
    expect(await queueNeedsReminders({ baseUrl: "https://panel.example.org", now: new Date(now.getTime() + 370 * DAY) })).toBe(2);
    expect(await queueNeedsReminders({ baseUrl: "https://panel.example.org", now: new Date(now.getTime() + 371 * DAY) })).toBe(0);
    expect(await db().notification.count({ where: { personId: due.id } })).toBe(2);
    expect(await db().notification.count({ where: { personId: recent.id } })).toBe(1);
  });
});

describe("meeting invitations", () => {
  it("invites everyone when a meeting is scheduled, with a calendar file in the email", async () => {
    const panel = await createPanel({ name: "Wessex Panel" });
    const chair = await createContactablePerson(panel.id, { name: "Alex Morgan", roles: ["MEMBER", "CHAIR"] });
    const ada = await createContactablePerson(panel.id, { name: "Ada Lovelace", preferredName: "Ada" });
    const post = await createContactablePerson(panel.id, { name: "Ben Post", postalAddress: "2 Low Road", needs: { contactMethod: "POST" } });
    const officer = await createContactablePerson(panel.id, { name: "Chris Jones", roles: ["OFFICER"] });
    const date = londonDate(30);
    const response = await app().post(
      `/panels/${panel.id}/meetings/new`,
      { title: "Autumn meeting", ...dateInputValue("date", date), startTime: "14:00", endTime: "16:00", venueName: "Civic Centre", venueAddress: "Castle Street\nWinchester", onlineLink: "https://meet.example.org/autumn" },
      await app().cookieFor(chair.id),
    );
    expect(response.status).toBe(302);
    const meeting = await db().meeting.findFirstOrThrow({ where: { panelId: panel.id } });

    const mail = await app().smtp.waitForMessage(ada.email);
    expect(mail.subject).toMatch(/^You are invited: Autumn meeting on \w+day \d{1,2} \w+ \d{4}$/);
    expect(mail.text).toContain("Hello Ada,");
    expect(mail.text).toContain("Civic Centre");
    expect(mail.text).toContain(`/panels/${panel.id}/meetings/${meeting.id}/reply`);
    expect(mail.attachments).toHaveLength(1);
    const calendar = mail.attachments[0]!;
    expect(calendar.contentType).toBe("text/calendar");
    expect(calendar.filename).toBe("meeting.ics");
    const ics = calendar.content.toString("utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`UID:${meeting.id}@panel`);
    expect(ics).toContain("STATUS:CONFIRMED");

    await app().smtp.waitForMessage(chair.email);
    expect(await db().notification.findFirstOrThrow({ where: { personId: post.id } })).toMatchObject({ kind: "meeting.invitation", channel: "POST", status: "TO_DO" });
    // Officers organise meetings; they are not invited to reply.
    expect(await db().notification.count({ where: { personId: officer.id } })).toBe(0);

    // Cancelling tells the same people, once, with a calendar file that cancels the event.
    const cookie = await app().cookieFor(chair.id);
    const before = app().smtp.messages.length;
    await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, { intent: "cancel" }, cookie);
    const cancelled = await app().smtp.waitForMessage(ada.email, before);
    expect(cancelled.subject).toMatch(/^Cancelled: Autumn meeting on /);
    expect(cancelled.attachments[0]!.content.toString("utf8")).toContain("STATUS:CANCELLED");
    await notificationSenderIdle();
    await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, { intent: "cancel" }, cookie);
    await notificationSenderIdle();
    expect(await db().notification.count({ where: { kind: "meeting.cancelled" } })).toBe(3);
  });
});

describe("meetings and the messages about them commit together", () => {
  it("if queueing the invitations fails, the meeting is not scheduled either; if cancelling fails, no notices are queued", async () => {
    const { getMeetingPanel, scheduleMeeting, cancelMeeting } = await import("../../app/modules/meetings/meetings.server.ts");
    const { prepareMeetingNotices } = await import("../../app/modules/notifications/invitations.server.ts");
    const panel = await createPanel({ name: "Wessex Panel" });
    const chair = await createContactablePerson(panel.id, { name: "Alex Morgan", roles: ["MEMBER", "CHAIR"] });
    await createContactablePerson(panel.id, { name: "Ada Lovelace" });
    const meetingPanel = (await getMeetingPanel(panel.id))!;
    const actor = { personId: chair.id };
    const form = { title: "Autumn meeting", ...dateInputValue("date", londonDate(30)), startTime: "14:00", endTime: "16:00", venueName: "Civic Centre", venueAddress: "", venueAccess: "", onlineLink: "" };
    const invite = (await prepareMeetingNotices(panel.id, "meeting.invitation", actor, { baseUrl: "http://panel.test" }))!;
    const failing = async (...args: Parameters<typeof invite>) => {
      await invite(...args);
      throw new Error("the disk is full");
    };
    const parsed = meetingSchema.parse(form);
    await expect(scheduleMeeting(meetingPanel, parsed, actor, new Date(), failing)).rejects.toThrow("the disk is full");
    expect(await db().meeting.count()).toBe(0);
    expect(await db().notification.count()).toBe(0);

    const scheduled = await scheduleMeeting(meetingPanel, parsed, actor, new Date(), invite);
    expect(scheduled.ok).toBe(true);
    expect(await db().notification.count({ where: { kind: "meeting.invitation" } })).toBe(2);
    const meetingId = (scheduled as { meetingId: string }).meetingId;
    const notices = (await prepareMeetingNotices(panel.id, "meeting.cancelled", actor, { baseUrl: "http://panel.test" }))!;
    await expect(
      cancelMeeting(panel.id, meetingId, actor, new Date(), async (...args) => {
        await notices(...args);
        throw new Error("the disk is full");
      }),
    ).rejects.toThrow("the disk is full");
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).cancelledAt).toBeNull();
    expect(await db().notification.count({ where: { kind: "meeting.cancelled" } })).toBe(0);
  });
});

describe("the commands that queue messages wake the sender themselves", () => {
  it("scheduling, changing and cancelling a meeting send their emails once committed, without the caller starting the sender", async () => {
    const { getMeetingPanel, scheduleMeeting, updateMeeting, cancelMeeting } = await import("../../app/modules/meetings/meetings.server.ts");
    const { prepareMeetingChangeNotices, prepareMeetingNotices } = await import("../../app/modules/notifications/invitations.server.ts");
    const panel = await createPanel({ name: "Wessex Panel" });
    const chair = await createContactablePerson(panel.id, { name: "Alex Morgan", roles: ["MEMBER", "CHAIR"] });
    const ada = await createContactablePerson(panel.id, { name: "Ada Lovelace" });
    const meetingPanel = (await getMeetingPanel(panel.id))!;
    const actor = { personId: chair.id };
    const links = { baseUrl: "http://panel.test" };
    const form = (startTime: string) =>
      meetingSchema.parse({ title: "Autumn meeting", ...dateInputValue("date", londonDate(30)), startTime, endTime: "16:00", venueName: "Civic Centre", venueAddress: "", venueAccess: "", onlineLink: "" });

    const invite = (await prepareMeetingNotices(panel.id, "meeting.invitation", actor, links))!;
    const scheduled = await scheduleMeeting(meetingPanel, form("14:00"), actor, new Date(), invite);
    const meetingId = (scheduled as { meetingId: string }).meetingId;
    expect((await app().smtp.waitForMessage(ada.email)).subject).toContain("Autumn meeting");

    const sent = app().smtp.messages.length;
    await updateMeeting(meetingPanel, meetingId, form("13:00"), actor, new Date(), (await prepareMeetingChangeNotices(panel.id, actor, links))!);
    await app().smtp.waitForMessage(ada.email, sent);

    const changed = app().smtp.messages.length;
    await cancelMeeting(panel.id, meetingId, actor, new Date(), (await prepareMeetingNotices(panel.id, "meeting.cancelled", actor, links))!);
    await app().smtp.waitForMessage(ada.email, changed);
    await notificationSenderIdle();
    expect(await db().notification.count({ where: { status: { not: "SENT" } } })).toBe(0);
  });
});

describe("contact tasks", () => {
  it("shows organisers what to send and how, audits each look, and records who marked a task done", async () => {
    const panel = await createPanel({ name: "Wessex Panel" });
    const officer = await createContactablePerson(panel.id, { name: "Chris Jones", roles: ["OFFICER"] });
    const cat = await createContactablePerson(panel.id, { name: "Cat Stevens", needs: { contactMethod: "POST", paperFormat: "LARGE_PRINT", largePrintPointSize: 24 } });
    const dev = await createContactablePerson(panel.id, { name: "Dev Patel", needs: { contactMethod: "PHONE" } });
    const letter = await createContactTask(cat.id, { panelId: panel.id, channel: "POST", address: "12 Castle Street\nWinchester", format: "LARGE_PRINT" });
    // A reminder belongs to no panel: it shows on the panels the person is in.
    await createContactTask(dev.id, { channel: "PHONE", address: "07700 900123" });
    // Another panel's task is not shown here.
    const otherPanel = await createPanel();
    const stranger = await createContactablePerson(otherPanel.id, { name: "Stranger Danger" });
    const othersTask = await createContactTask(stranger.id, { panelId: otherPanel.id, channel: "POST", address: "Far Away Lane" });

    const cookie = await app().cookieFor(officer.id);
    const tasks = await pageOf(await app().fetch(`/panels/${panel.id}/contact-tasks`, { cookie }));
    expect(tasks.h1()).toBe("Contact tasks");
    const page = tasks.source;
    expect(page).toContain("To do (2)");
    expect(page).toContain("12 Castle Street");
    expect(page).toContain("Large print at 24pt");
    expect(page).toContain("07700 900123");
    expect(page).toContain("Phone them on");
    expect(page).toContain("Please check your communication needs are still right");
    // Another panel's contact details must not reach this browser at all: the whole markup, page data included.
    expect(page).not.toContain("Far Away Lane");
    expect(page).not.toContain("Stranger Danger");
    const views = await db().auditEvent.findMany({ where: { action: "contact-details.viewed", actorId: officer.id } });
    expect(views.map((v) => v.entityId).sort()).toEqual([cat.id, dev.id].sort());

    const done = await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "done", notificationId: letter.id }, cookie);
    expect(done.headers.get("Location")).toBe(`/panels/${panel.id}/contact-tasks?done=1`);
    const row = await db().notification.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row).toMatchObject({ status: "DONE", doneById: officer.id });
    expect(row.doneAt).toBeInstanceOf(Date);
    expect(await db().auditEvent.count({ where: { action: "notification.done", entityId: letter.id, actorId: officer.id } })).toBe(1);
    const after = await (await app().fetch(`/panels/${panel.id}/contact-tasks?done=1`, { cookie })).text();
    expect(after).toContain("The task is marked as done.");
    expect(after).toContain("To do (1)");
    expect(after).toContain("by Chris Jones");

    // Marking it again: someone already did.
    const twice = await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "done", notificationId: letter.id }, cookie);
    expect(twice.headers.get("Location")).toBe(`/panels/${panel.id}/contact-tasks?already=1`);
    // Another panel's task, a made-up id, an email and nonsense are refused and change nothing.
    expect((await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "done", notificationId: othersTask.id }, cookie)).status).toBe(404);
    expect((await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "done", notificationId: "00000000-0000-4000-8000-000000000999" }, cookie)).status).toBe(404);
    expect((await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "done", notificationId: "not-an-id" }, cookie)).status).toBe(400);
    expect((await app().post(`/panels/${panel.id}/contact-tasks`, { intent: "delete", notificationId: letter.id }, cookie)).status).toBe(400);
    expect(await db().notification.findUniqueOrThrow({ where: { id: othersTask.id } })).toMatchObject({ status: "TO_DO", doneById: null });
  });
});
