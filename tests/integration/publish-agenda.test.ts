// Publishing a meeting's agenda through the real form posts (issue 4): every member, the chair and
// the officers are told by their preferred contact (email through the real SMTP test server; post,
// phone and supporters without email become tasks), late papers are marked, and later versions
// need a reason and list what changed.
import { beforeEach, describe, expect, it } from "vitest";
import { formatLongDate } from "../../app/dates.ts";
import { notificationSenderIdle } from "../../app/modules/notifications/queue.server.ts";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { pageOf } from "../support/html.ts";
import { createMeeting } from "../support/meetings.ts";
import { createContactablePerson, putOnAgenda } from "../support/notifications.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const DAY = 86_400_000;

async function setUp() {
  const panel = await createPanel({ name: "Wessex Panel" });
  const chair = await createContactablePerson(panel.id, { name: "Alex Morgan", roles: ["MEMBER", "CHAIR"], preferredName: "Alex" });
  const ada = await createContactablePerson(panel.id, { name: "Ada Lovelace", preferredName: "Ada", needs: { contactMethod: "EMAIL" } });
  const ben = await createContactablePerson(panel.id, { name: "Ben Okri", needs: null });
  const cat = await createContactablePerson(panel.id, {
    name: "Cat Stevens",
    postalAddress: "12 Castle Street\nWinchester\nSO23 8UJ",
    needs: { contactMethod: "POST", paperFormat: "LARGE_PRINT", largePrintPointSize: 24 },
  });
  const dev = await createContactablePerson(panel.id, { name: "Dev Patel", phone: "07700 900123", needs: { contactMethod: "PHONE" } });
  const eve = await createContactablePerson(panel.id, { name: "Eve Obi", needs: { contactMethod: "VIA_SUPPORTER", supporterContact: "Helper@Example.org" } });
  const officer = await createContactablePerson(panel.id, { name: "Chris Jones", roles: ["OFFICER"] });
  // Not told: finance staff, someone no longer active, and another panel's member.
  const finance = await createContactablePerson(panel.id, { name: "Dana Okafor", roles: ["FINANCE"] });
  const gone = await createContactablePerson(panel.id, { name: "Gone Person", active: false });
  const otherPanel = await createPanel();
  const outsider = await createContactablePerson(otherPanel.id, { name: "Out Sider" });

  const startsAt = new Date(Date.now() + 14 * DAY);
  const meeting = await createMeeting(panel.id, { title: "Spring panel meeting", startsAt });
  const deadline = meeting.papersDeadline;
  await putOnAgenda(panel.id, meeting.id, ada.id, [
    { title: "Direct Payments paperwork", minutes: 20, presenter: "Ada Lovelace", paperReceivedAt: new Date(deadline.getTime() - DAY) },
    { breakTitle: "Tea break", minutes: 15 },
    { title: "The new support plan form", minutes: 30, presenter: "Chris Jones", paperReceivedAt: new Date(deadline.getTime() + 2 * DAY) },
  ]);
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  return { panel, meeting, base, people: { chair, ada, ben, cat, dev, eve, officer, finance, gone, outsider } };
}

let world: Awaited<ReturnType<typeof setUp>>;
let chairCookie: string;

beforeEach(async () => {
  world = await setUp();
  chairCookie = await app().cookieFor(world.people.chair.id);
});

async function publish(form: Record<string, string>, cookie = chairCookie) {
  return app().post(`${world.base}/agenda/publish`, form, cookie);
}

describe("publishing the agenda", () => {
  it("shows the agenda that will go out and who will be told, and how", async () => {
    const page = await app().fetch(`${world.base}/agenda/publish`, { cookie: chairCookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Publish the agenda");
    expect(html).toContain("The agenda has not been published yet.");
    expect(html).toContain("1. Direct Payments paperwork");
    expect(html).toContain("Tea break");
    expect(html).toContain("2. The new support plan form");
    expect(html).toContain("Late paper");
    // Chair, Ada, Ben, Cat, Dev, Eve and the officer: not finance, not the inactive member.
    expect(html).toContain("7 people: the panel&#x27;s members, its chair and its council officers");
    expect(html).toContain("4 by email");
    expect(html).toContain("1 by post in large print at 24pt");
    expect(html).toContain("1 by phone");
    expect(html).toContain("1 by email to their supporter");
  });

  it("tells each person by their preferred contact: emails through the mail server, the rest as tasks for staff", async () => {
    const response = await publish({ seenVersion: "0" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${world.base}/agenda/publish?told=7`);
    const after = await app().fetch(response.headers.get("Location")!, { cookie: chairCookie });
    expect(await after.text()).toContain("Agenda published: 7 people will be told");

    const { ada, ben, eve, cat, dev, chair, officer, finance, gone, outsider } = world.people;
    const day = formatLongDate(world.meeting.startsAt);
    const adaMail = await app().smtp.waitForMessage(ada.email);
    expect(adaMail.subject).toBe(`The agenda for Spring panel meeting on ${day}`);
    const text = adaMail.text ?? "";
    expect(text).toContain("Hello Ada,");
    // The items in order, with their times, minutes and presenters.
    expect(text.indexOf("1. Direct Payments paperwork")).toBeGreaterThan(-1);
    expect(text.indexOf("Tea break")).toBeGreaterThan(text.indexOf("1. Direct Payments paperwork"));
    expect(text.indexOf("2. The new support plan form")).toBeGreaterThan(text.indexOf("Tea break"));
    expect(text).toContain("Presented by Chris Jones");
    expect(text).toMatch(/Late paper: arrived \d{1,2} \w+ \d{4}, after the deadline of \d{1,2} \w+ \d{4}\. You have had less time to read it\./);
    // Only the late one is marked.
    expect(text.match(/Late paper/g)).toHaveLength(1);
    expect(text).toContain(`${app().url}${world.base}/agenda`);
    expect(adaMail.html).toContain("Late paper");

    // No needs recorded: emailed. Through a supporter with an email address: emailed to them.
    await app().smtp.waitForMessage(ben.email);
    await app().smtp.waitForMessage(chair.email);
    await app().smtp.waitForMessage(officer.email);
    const supporterMail = await app().smtp.waitForMessage("helper@example.org");
    expect(supporterMail.text).toContain("This message is for Eve Obi");
    await notificationSenderIdle();

    const rows = await db().notification.findMany({ where: { meetingId: world.meeting.id } });
    expect(rows).toHaveLength(7);
    const byPerson = new Map(rows.map((row) => [row.personId, row]));
    for (const person of [ada, ben, chair, officer]) {
      expect(byPerson.get(person.id)).toMatchObject({ channel: "EMAIL", status: "SENT", address: person.email, kind: "agenda.published" });
      expect(byPerson.get(person.id)!.sentAt).toBeInstanceOf(Date);
    }
    expect(byPerson.get(eve.id)).toMatchObject({ channel: "VIA_SUPPORTER", status: "SENT", address: "helper@example.org" });
    expect(byPerson.get(cat.id)).toMatchObject({ channel: "POST", status: "TO_DO", address: "12 Castle Street\nWinchester\nSO23 8UJ", format: "LARGE_PRINT" });
    expect(byPerson.get(dev.id)).toMatchObject({ channel: "PHONE", status: "TO_DO", address: "07700 900123" });
    for (const person of [finance, gone, outsider]) expect(byPerson.has(person.id)).toBe(false);
    // Nobody else got email: seven messages, five of them emails.
    expect(app().smtp.messages).toHaveLength(5);

    // The post and phone messages wait on the contact tasks list, with the format to send in.
    const tasks = await (await app().fetch(`/panels/${world.panel.id}/contact-tasks`, { cookie: chairCookie })).text();
    expect(tasks).toContain("To do (2)");
    expect(tasks).toContain("Large print at 24pt");
    expect(tasks).toContain("12 Castle Street");
    expect(tasks).toContain("07700 900123");
    expect(tasks).toContain("Late paper: arrived");

    const publication = await db().agendaPublication.findFirstOrThrow({ where: { meetingId: world.meeting.id } });
    expect(publication).toMatchObject({ version: 1, reason: "", changes: [], publishedById: chair.id });
    expect((publication.snapshot as { lines: unknown[] }).lines).toHaveLength(3);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "agenda.published", entityId: world.meeting.id } });
    expect(audit.after).toMatchObject({ version: 1, told: 7 });

    const meetingPage = await (await app().fetch(world.base, { cookie: chairCookie })).text();
    expect(meetingPage).toContain("Publish changes to the agenda");
    expect(meetingPage).toMatch(/Published version 1 on /);
  });

  it("needs a reason to publish changes, lists them, and tells everyone again", async () => {
    await publish({ seenVersion: "0" });
    await notificationSenderIdle();
    const firstCount = app().smtp.messages.length;
    // The officer moves things about: more time for the first item, and a new item at the end.
    const entry = await db().agendaEntry.findFirstOrThrow({ where: { meetingId: world.meeting.id, position: 1 } });
    await db().agendaEntry.update({ where: { id: entry.id }, data: { minutes: 30 } });
    await putOnAgenda(world.panel.id, world.meeting.id, world.people.ada.id, [{ title: "Any other business", minutes: 10 }]);

    const page = await (await app().fetch(`${world.base}/agenda/publish`, { cookie: chairCookie })).text();
    expect(page).toContain("Publish changes to the agenda");
    expect(page).toContain("Changes since version 1");
    expect(page).toContain("&quot;Direct Payments paperwork&quot; now has 30 minutes (it had 20 minutes)");
    expect(page).toContain("Item added: 3. &quot;Any other business&quot;");
    expect(page).toContain("Reason for the changes");

    const noReason = await publish({ seenVersion: "1", reason: "   " });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Enter the reason for the changes");
    expect(await db().agendaPublication.count()).toBe(1);

    const response = await publish({ seenVersion: "1", reason: "Ada asked for more time for her item" });
    expect(response.status).toBe(302);
    const mail = await app().smtp.waitForMessage(world.people.ada.email, firstCount);
    expect(mail.subject).toBe(`The agenda for Spring panel meeting on ${formatLongDate(world.meeting.startsAt)} has changed`);
    expect(mail.text).toContain("Ada asked for more time for her item");
    expect(mail.text).toContain('"Direct Payments paperwork" now has 30 minutes (it had 20 minutes)');
    expect(mail.text).toContain('Item added: 3. "Any other business"');
    expect(mail.text).toContain("This is version 2");

    const second = await db().agendaPublication.findFirstOrThrow({ where: { meetingId: world.meeting.id, version: 2 } });
    expect(second.reason).toBe("Ada asked for more time for her item");
    expect(second.changes.some((change) => change.startsWith('Item added: 3. "Any other business" at '))).toBe(true);
    expect(await db().notification.count({ where: { kind: "agenda.changed" } })).toBe(7);
    await notificationSenderIdle();
  });

  it("refuses to publish again when nothing has changed", async () => {
    await publish({ seenVersion: "0" });
    await notificationSenderIdle();
    const page = await pageOf(await app().fetch(`${world.base}/agenda/publish`, { cookie: chairCookie }));
    expect(page.h1()).toBe("Publish changes to the agenda");
    expect(page.mainText()).toContain("Nothing has changed since version 1");
    expect(page.hasButton("Publish changes")).toBe(false);
    const response = await publish({ seenVersion: "1", reason: "Just in case" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Nothing has changed since version 1");
    expect(await db().agendaPublication.count()).toBe(1);
    expect(await db().notification.count()).toBe(7);
  });

  it("refuses to publish an empty agenda", async () => {
    const emptyMeeting = await createMeeting(world.panel.id, { startsAt: new Date(Date.now() + 30 * DAY) });
    const path = `/panels/${world.panel.id}/meetings/${emptyMeeting.id}/agenda/publish`;
    const page = await (await app().fetch(path, { cookie: chairCookie })).text();
    expect(page).toContain("There is nothing on the agenda yet");
    const response = await app().post(path, { seenVersion: "0" }, chairCookie);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("There is nothing on the agenda yet. Put items on the agenda before you publish it");
    expect(await db().agendaPublication.count()).toBe(0);
    expect(await db().notification.count()).toBe(0);
  });

  it("asks the organiser to look again when someone else published while they were on the page", async () => {
    await publish({ seenVersion: "0" });
    const stale = await publish({ seenVersion: "0" });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain("Version 1 of the agenda was published while you were on this page");
    expect(await db().agendaPublication.count()).toBe(1);
    await notificationSenderIdle();
  });

  it("refuses a cancelled meeting, a forged version and an over-long reason", async () => {
    await db().meeting.update({ where: { id: world.meeting.id }, data: { cancelledAt: new Date() } });
    const cancelled = await publish({ seenVersion: "0" });
    expect(cancelled.status).toBe(400);
    expect(await cancelled.text()).toContain("This meeting has been cancelled, so its agenda cannot be published");
    await db().meeting.update({ where: { id: world.meeting.id }, data: { cancelledAt: null } });

    expect((await publish({ seenVersion: "-1" })).status).toBe(400);
    expect((await publish({ seenVersion: "one" })).status).toBe(400);
    expect((await publish({})).status).toBe(400);
    const long = await publish({ seenVersion: "0", reason: "x".repeat(1001) });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("The reason must be 1,000 characters or fewer");
    expect(await db().agendaPublication.count()).toBe(0);
    expect(await db().notification.count()).toBe(0);
  });

  it("escapes what people typed in the email", async () => {
    await putOnAgenda(world.panel.id, world.meeting.id, world.people.ada.id, [{ title: "<script>alert(1)</script> & more" }]);
    await publish({ seenVersion: "0" });
    const mail = await app().smtp.waitForMessage(world.people.ada.email);
    expect(mail.html).not.toContain("<script>alert(1)</script>");
    expect(mail.html).toContain("&lt;script&gt;");
    await notificationSenderIdle();
  });

  it("lets an officer publish too, and refuses members", async () => {
    const member = await app().cookieFor(world.people.ada.id);
    expect((await publish({ seenVersion: "0" }, member)).status).toBe(403);
    const officer = await app().cookieFor(world.people.officer.id);
    expect((await publish({ seenVersion: "0" }, officer)).status).toBe(302);
    await notificationSenderIdle();
    const admin = await createPerson({ isSiteAdmin: true });
    const page = await app().fetch(`${world.base}/agenda/publish`, { cookie: await app().cookieFor(admin.id) });
    expect(page.status).toBe(200);
  });
});
