// Site admin pages for people and the audit log, through the real server.
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { recordAudit } from "../../app/modules/audit/audit.server.ts";
import { createPerson as addPerson } from "../../app/modules/people/people.server.ts";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

/** The audit log filtered by dates ("2026-03-02"), as its date inputs send them. */
function audit(dates: { from?: string; to?: string }): string {
  const boxes = { ...(dates.from ? dateInputValue("from", dates.from) : {}), ...(dates.to ? dateInputValue("to", dates.to) : {}) };
  return `/admin/audit?${new URLSearchParams(boxes)}`;
}

async function signedInAdmin(name = "Morgan Admin") {
  const admin = await createPerson({ name, isSiteAdmin: true });
  return { admin, cookie: await app().cookieFor(admin.id) };
}

function connectAs(cookie: string): Socket {
  const socket = io(app().url, { extraHeaders: { Cookie: cookie }, transports: ["websocket"], reconnection: false, forceNew: true });
  sockets.push(socket);
  return socket;
}

function nextEvent<T = unknown>(socket: Socket, event: string, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No "${event}" within ${ms} ms`)), ms);
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe("the list of people", () => {
  it("shows each person's status in words and their roles per panel, and searches by name or email", async () => {
    const { cookie } = await signedInAdmin();
    const panel = await createPanel({ name: "Carers Panel" });
    await createPerson({ name: "Priya Shah", email: "priya@example.org", roles: [{ panelId: panel.id, role: "MEMBER" }, { panelId: panel.id, role: "CHAIR" }] });
    await createPerson({ name: "Sam Gone", email: "sam@council.example", active: false });

    const all = await htmlOf(await app().fetch("/admin/people", { cookie }));
    expect(all).toContain("Priya Shah");
    expect(all).toMatch(/Carers Panel: (Member, Chair|Chair, Member)/);
    expect(all).toContain(">Deactivated<");
    expect(all).toContain(">Active<");
    expect(all).toContain("Add a person");

    // Who is listed is the table's rows, not the whole markup (the search words are in it too).
    const byEmail = await pageOf(await app().fetch("/admin/people?q=COUNCIL.example", { cookie }));
    expect(byEmail.h1()).toBe("People");
    expect(byEmail.text("main tbody")).toContain("Sam Gone");
    expect(byEmail.text("main tbody")).not.toContain("Priya Shah");
    const byName = await pageOf(await app().fetch("/admin/people?q=priya", { cookie }));
    expect(byName.h1()).toBe("People");
    expect(byName.text("main tbody")).toContain("Priya Shah");
    expect(byName.text("main tbody")).not.toContain("Sam Gone");
    expect(await htmlOf(await app().fetch("/admin/people?q=nobody-at-all", { cookie }))).toContain('No one matches "nobody-at-all"');
  });

  it("refuses search words over 100 characters with a message", async () => {
    const { cookie } = await signedInAdmin();
    const response = await app().fetch(`/admin/people?q=${"a".repeat(101)}`, { cookie });
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Search words must be 100 characters or fewer");
  });

  it("pages after 50 people", async () => {
    const { cookie } = await signedInAdmin("Aaron Admin");
    for (let i = 0; i < 55; i++) await createPerson({ name: `Person ${String(i).padStart(2, "0")}` });
    const first = await htmlOf(await app().fetch("/admin/people", { cookie }));
    expect(first).toContain("Showing 1 to 50 of 56 people");
    expect(first).toContain('href="/admin/people?page=2"');
    const second = await htmlOf(await app().fetch("/admin/people?page=2", { cookie }));
    expect(second).toContain("Showing 51 to 56 of 56 people");
    expect(second).toContain("Person 54");
    expect((await app().fetch("/admin/people?page=banana", { cookie })).status).toBe(200);
  });
});

describe("adding a person", () => {
  it("stores the email trimmed and in lower case, and audits it", async () => {
    const { admin, cookie } = await signedInAdmin();
    const response = await app().post("/admin/people/new", { name: " Ada Lovelace ", email: " ADA@Example.ORG ", isSiteAdmin: "on" }, cookie);
    expect(response.status).toBe(302);
    const person = await db().person.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(response.headers.get("Location")).toBe(`/admin/people/${person.id}?added=1`);
    expect(person).toMatchObject({ name: "Ada Lovelace", isSiteAdmin: true, active: true });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "person.created", entityId: person.id } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "Person" });
    expect(audit.after).toEqual({ name: "Ada Lovelace", email: "ada@example.org", isSiteAdmin: true });
    expect(await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie }))).toContain("The person has been added.");
  });

  it("explains a missing name and a bad email next to the fields, and keeps what was typed", async () => {
    const { cookie } = await signedInAdmin();
    const response = await app().post("/admin/people/new", { name: "", email: "ada@" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Enter the person's full name");
    expect(html).toContain("Enter an email address in the correct format, like name@example.com");
    expect(html).toContain('href="#add-person-name"');
    expect(html).toContain('value="ada@"');
    expect(await db().person.count()).toBe(1);
  });

  it("refuses an email address someone already has, whatever its case", async () => {
    const { cookie } = await signedInAdmin();
    await createPerson({ email: "taken@example.org" });
    const response = await app().post("/admin/people/new", { name: "Second Person", email: "Taken@Example.org" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Someone already has this email address");
    expect(html).toContain('href="#add-person-email"');
    expect(html).toContain('value="Second Person"');
    expect(await db().person.count({ where: { email: "taken@example.org" } })).toBe(1);
  });

  it("lets only one of two people added at once have the same email", async () => {
    const { admin } = await signedInAdmin();
    const details = { name: "Twin", email: "twin@example.org", isSiteAdmin: false };
    const results = await Promise.all([addPerson(details, { personId: admin.id }), addPerson(details, { personId: admin.id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { email: ["Someone already has this email address"] } });
    expect(await db().person.count({ where: { email: "twin@example.org" } })).toBe(1);
  });
});

describe("changing a person", () => {
  it("saves a new name and email (in lower case) and audits before and after", async () => {
    const { admin, cookie } = await signedInAdmin();
    const person = await createPerson({ name: "Old Name", email: "old@example.org" });
    const response = await app().post(`/admin/people/${person.id}`, { intent: "update", name: "New Name", email: "NEW@EXAMPLE.ORG" }, cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/admin/people/${person.id}?saved=1`);
    expect(await db().person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: "New Name", email: "new@example.org" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "person.updated", entityId: person.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toEqual({ name: "Old Name", email: "old@example.org", isSiteAdmin: false });
    expect(audit.after).toEqual({ name: "New Name", email: "new@example.org", isSiteAdmin: false });
  });

  it("refuses an email address someone else has, and keeps what was typed", async () => {
    const { cookie } = await signedInAdmin();
    await createPerson({ email: "taken@example.org" });
    const person = await createPerson({ name: "Keep Me", email: "keep@example.org" });
    const response = await app().post(`/admin/people/${person.id}`, { intent: "update", name: "Changed Name", email: "taken@example.org" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Someone already has this email address");
    expect(html).toContain('value="Changed Name"');
    expect(html).toContain('value="taken@example.org"');
    expect(await db().person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: "Keep Me", email: "keep@example.org" });
    expect(await db().auditEvent.count({ where: { action: "person.updated" } })).toBe(0);
  });

  it("does not let a site admin remove their own admin access, but lets them change another admin's", async () => {
    const { admin, cookie } = await signedInAdmin();
    const own = await app().post(`/admin/people/${admin.id}`, { intent: "update", name: admin.name, email: admin.email }, cookie);
    expect(own.status).toBe(400);
    expect(await htmlOf(own)).toContain("You cannot remove your own admin access");
    expect((await db().person.findUniqueOrThrow({ where: { id: admin.id } })).isSiteAdmin).toBe(true);

    const other = await createPerson({ isSiteAdmin: true });
    const response = await app().post(`/admin/people/${other.id}`, { intent: "update", name: other.name, email: other.email }, cookie);
    expect(response.status).toBe(302);
    expect((await db().person.findUniqueOrThrow({ where: { id: other.id } })).isSiteAdmin).toBe(false);
  });

  it("shows the person's roles per panel, linked to the panel's admin page", async () => {
    const { cookie } = await signedInAdmin();
    const panel = await createPanel({ name: "Hub Panel" });
    const person = await createPerson({ name: "Role Holder", roles: [{ panelId: panel.id, role: "OFFICER" }] });
    const html = await htmlOf(await app().fetch(`/admin/people/${person.id}`, { cookie }));
    expect(html).toContain(`href="/admin/panels/${panel.id}"`);
    expect(html).toContain("Council officer");
    expect(html).toContain("Deactivate Role Holder");
  });
});

describe("deactivating and reactivating", () => {
  it("asks for confirmation on a page of its own first", async () => {
    const { cookie } = await signedInAdmin();
    const person = await createPerson({ name: "Sam Taylor" });
    const asked = await app().post(`/admin/people/${person.id}`, { intent: "deactivate" }, cookie);
    expect(asked.status).toBe(302);
    expect(asked.headers.get("Location")).toBe(`/admin/people/${person.id}/deactivate`);
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).active).toBe(true);
    const confirm = await htmlOf(await app().fetch(`/admin/people/${person.id}/deactivate`, { cookie }));
    expect(confirm).toContain("Yes, deactivate Sam Taylor");
  });

  it("ends the person's sessions and live connections at once, and keeps their records", async () => {
    const { admin, cookie: adminCookie } = await signedInAdmin();
    const panel = await createPanel();
    const person = await createPerson({ name: "Leaving Person", roles: [{ panelId: panel.id, role: "MEMBER" }] });
    const cookie = await app().cookieFor(person.id);
    const socket = connectAs(cookie);
    await nextEvent(socket, "connect", 5000);
    const disconnected = nextEvent<string>(socket, "disconnect", 2000);

    const response = await app().post(`/admin/people/${person.id}/deactivate`, {}, adminCookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/admin/people/${person.id}?deactivated=1`);
    expect(await disconnected).toBe("io server disconnect");

    // The signed-out home page, not the one that greets them.
    const home = await pageOf(await app().fetch("/", { cookie }));
    expect(home.h1()).toBe("Panel");
    expect(home.mainText()).not.toContain("Leaving Person");
    expect(home.mainText()).toContain("Panel is where disabled people");
    const account = await app().fetch("/account", { cookie });
    expect(account.status).toBe(302);
    expect(account.headers.get("Location")).toMatch(/^\/sign-in/);

    const again = connectAs(cookie);
    expect((await nextEvent<Error>(again, "connect_error", 5000)).message).toBe("unauthenticated");

    const stored = await db().person.findUniqueOrThrow({ where: { id: person.id }, include: { memberships: true } });
    expect(stored.active).toBe(false);
    expect(stored.deactivatedAt).toBeInstanceOf(Date);
    expect(stored.memberships).toHaveLength(1);
    expect(await db().session.count({ where: { personId: person.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "person.deactivated", entityId: person.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toEqual({ active: true });
    expect(audit.after).toMatchObject({ active: false });
    expect(await htmlOf(await app().fetch(`/admin/people/${person.id}?deactivated=1`, { cookie: adminCookie }))).toContain(
      "The person has been deactivated and signed out everywhere.",
    );
  });

  it("stops a deactivated person signing in: no email is sent", async () => {
    const { cookie } = await signedInAdmin();
    const person = await createPerson({ email: "leaver@example.org" });
    await app().post(`/admin/people/${person.id}/deactivate`, {}, cookie);
    const response = await app().post("/sign-in", { email: "leaver@example.org", device: "own" });
    expect(response.status).toBe(302);
    await new Promise((r) => setTimeout(r, 300));
    expect(app().smtp.messages).toHaveLength(0);
  });

  it("reactivates a person, who can then sign in again", async () => {
    const { admin, cookie } = await signedInAdmin();
    const person = await createPerson({ email: "back@example.org", active: false });
    await db().person.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    const response = await app().post(`/admin/people/${person.id}`, { intent: "reactivate" }, cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/admin/people/${person.id}?reactivated=1`);
    expect(await db().person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ active: true, deactivatedAt: null });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "person.reactivated", entityId: person.id } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { active: true, deactivatedAt: null } });
    await app().post("/sign-in", { email: "back@example.org", device: "own" });
    await app().smtp.waitForMessage("back@example.org");
  });

  it("does not let an admin deactivate themselves, even with a forged form", async () => {
    const { admin, cookie } = await signedInAdmin();
    const page = await pageOf(await app().fetch(`/admin/people/${admin.id}`, { cookie }));
    expect(page.h1()).toBe(admin.name);
    expect(page.mainText()).toContain("You cannot deactivate yourself");
    expect(page.hasButton(`Deactivate ${admin.name}`)).toBe(false);

    const viaPage = await app().post(`/admin/people/${admin.id}`, { intent: "deactivate" }, cookie);
    expect(viaPage.status).toBe(400);
    expect(await htmlOf(viaPage)).toContain('href="#deactivation"');
    const direct = await app().post(`/admin/people/${admin.id}/deactivate`, {}, cookie);
    expect(direct.status).toBe(400);
    expect(await htmlOf(direct)).toContain("You cannot deactivate yourself");
    expect((await db().person.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "person.deactivated" } })).toBe(0);
  });
});

describe("who may use these pages", () => {
  const roles: PanelRole[] = ["MEMBER", "CHAIR", "OFFICER", "FINANCE", "ADMIN"];

  it.each(roles)("someone with the %s role in a panel is refused every page and every form", async (role) => {
    const panel = await createPanel();
    const person = await createPerson({ roles: [{ panelId: panel.id, role }] });
    const cookie = await app().cookieFor(person.id);
    const target = await createPerson({ name: "Target" });
    const pages = [
      "/admin/people",
      "/admin/people?q=x",
      "/admin/people/new",
      `/admin/people/${target.id}`,
      `/admin/people/${target.id}/deactivate`,
      "/admin/people/not-a-uuid",
      "/admin/audit",
      "/admin/audit?from-day=bad",
      "/admin/outbox",
      "/admin/outbox/2026-11-23T16-40-00-000Z-1a2b3c4d.eml",
      "/admin/outbox/..%2F..%2Fsession-secret",
    ];
    for (const page of pages) expect((await app().fetch(page, { cookie })).status, `GET ${page}`).toBe(403);
    const forms: [string, Record<string, string>][] = [
      ["/admin/people/new", { name: "Sneaky", email: "sneaky@example.org", isSiteAdmin: "on" }],
      [`/admin/people/${target.id}`, { intent: "update", name: "Hacked", email: "hacked@example.org", isSiteAdmin: "on" }],
      [`/admin/people/${person.id}`, { intent: "update", name: person.name, email: person.email, isSiteAdmin: "on" }],
      [`/admin/people/${target.id}`, { intent: "deactivate" }],
      [`/admin/people/${target.id}`, { intent: "reactivate" }],
      [`/admin/people/${target.id}/deactivate`, {}],
      ["/admin/people", { q: "x" }],
      ["/admin/audit", {}],
      ["/admin/outbox", {}],
      ["/admin/outbox/2026-11-23T16-40-00-000Z-1a2b3c4d.eml", {}],
    ];
    for (const [page, form] of forms) expect((await app().post(page, form, cookie)).status, `POST ${page}`).toBe(403);
    expect(await db().person.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ name: "Target", active: true });
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).isSiteAdmin).toBe(false);
    expect(await db().person.count({ where: { email: "sneaky@example.org" } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("sends someone signed out to sign in", async () => {
    const response = await app().fetch("/admin/people");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/sign-in?returnTo=${encodeURIComponent("/admin/people")}`);
    expect((await app().post("/admin/people/new", { name: "X", email: "x@example.org" })).status).toBe(302);
    expect(await db().person.count()).toBe(0);
  });

  it("says not found for an unknown or malformed person id", async () => {
    const { cookie } = await signedInAdmin();
    const unknown = "00000000-0000-4000-8000-00000000dead";
    for (const id of [unknown, "not-a-uuid", "..%2F..%2Fadmin", `${unknown}'--`]) {
      expect((await app().fetch(`/admin/people/${id}`, { cookie })).status, `GET ${id}`).toBe(404);
      expect((await app().fetch(`/admin/people/${id}/deactivate`, { cookie })).status, `GET ${id}/deactivate`).toBe(404);
      expect((await app().post(`/admin/people/${id}`, { intent: "reactivate" }, cookie)).status, `POST ${id}`).toBe(404);
      expect((await app().post(`/admin/people/${id}/deactivate`, {}, cookie)).status, `POST ${id}/deactivate`).toBe(404);
    }
  });
});

describe("the audit log", () => {
  async function eventAt(at: string, entry: { actorId: string | null; action: string; entityType?: string; entityId?: string }) {
    await db().auditEvent.create({
      data: { at: new Date(at), actorId: entry.actorId, action: entry.action, entityType: entry.entityType ?? "Person", entityId: entry.entityId ?? "some-id" },
    });
  }

  it("shows who did what to which record, newest first, with the changes", async () => {
    const { admin, cookie } = await signedInAdmin("Morgan Lee");
    await recordAudit({ actorId: admin.id, action: "person.updated", entityType: "Person", entityId: admin.id, before: { name: "Old <b>" }, after: { name: "New" } });
    await recordAudit({ actorId: null, action: "panel.created", entityType: "Panel", entityId: "p1" });
    const html = await htmlOf(await app().fetch("/admin/audit", { cookie }));
    expect(html.indexOf("panel.created")).toBeLessThan(html.indexOf("person.updated"));
    expect(html).toContain("System");
    expect(html).toContain("Morgan Lee");
    expect(html).toContain("Show changes");
    expect(html).toContain('<pre class="app-audit-json">{\n  "name": "Old &lt;b&gt;"\n}</pre>');
    expect(html).toContain(`href="/admin/people/${admin.id}"`);
    expect(html).toMatch(/<option value="Panel">Panel<\/option>/);
  });

  it("filters by who, by what happened and by UK dates, and keeps the filters when paging", async () => {
    const { admin, cookie } = await signedInAdmin("Alice Admin");
    const other = await createPerson({ name: "Bob Other" });
    await eventAt("2026-03-01T10:00:00Z", { actorId: admin.id, action: "person.created" });
    await eventAt("2026-03-05T10:00:00Z", { actorId: other.id, action: "panel.created", entityType: "Panel" });
    await eventAt("2026-03-10T10:00:00Z", { actorId: admin.id, action: "person.updated" });
    // 00:30 on 1 July in the UK (summer time) is still 30 June in UTC.
    await eventAt("2026-06-30T23:30:00Z", { actorId: admin.id, action: "summer.event" });

    // Which events are listed is the table's rows: the filters and the list of actions are in the markup too.
    const events = async (path: string) => {
      const page = await pageOf(await app().fetch(path, { cookie }));
      expect(page.h1()).toBe("Audit log");
      return page.text("main tbody");
    };
    const byWho = await events(`/admin/audit?actorId=${other.id}`);
    expect(byWho).toContain("panel.created");
    expect(byWho).not.toContain("person.created");

    const byWhat = await events("/admin/audit?action=PERSON.");
    expect(byWhat).toContain("person.created");
    expect(byWhat).toContain("person.updated");
    expect(byWhat).not.toContain("panel.created");

    const byDates = await events(audit({ from: "2026-03-02", to: "2026-03-05" }));
    expect(byDates).toContain("panel.created");
    expect(byDates).not.toContain("person.created");
    expect(byDates).not.toContain("person.updated");

    const summer = await events(audit({ from: "2026-07-01" }));
    expect(summer).toContain("summer.event");
    expect(summer).toContain("1 Jul 2026");
    const beforeSummer = await events(audit({ to: "2026-06-30" }));
    expect(beforeSummer).toContain("person.updated");
    expect(beforeSummer).not.toContain("summer.event");

    const byType = await events("/admin/audit?entityType=Panel");
    expect(byType).toContain("panel.created");
    expect(byType).not.toContain("person.created");

    for (let i = 0; i < 51; i++) await eventAt("2026-04-01T10:00:00Z", { actorId: admin.id, action: `bulk.${i}` });
    const paged = await htmlOf(await app().fetch("/admin/audit?action=bulk", { cookie }));
    expect(paged).toContain('href="/admin/audit?action=bulk&page=2"');
  });

  it("explains a bad date range or a date that does not exist, with status 400", async () => {
    const { cookie } = await signedInAdmin();
    const range = await app().fetch(audit({ from: "2026-03-10", to: "2026-03-01" }), { cookie });
    expect(range.status).toBe(400);
    const rangeHtml = await htmlOf(range);
    expect(rangeHtml).toContain("There is a problem");
    expect(rangeHtml).toContain("The end date must be on or after the start date");
    expect(rangeHtml).toContain('href="#audit-filter-to-day"');
    expect((await pageOf(rangeHtml)).formValues()).toMatchObject({ "from-day": "10", "from-month": "3", "from-year": "2026" });

    const badDate = await app().fetch(audit({ from: "2026-02-30" }), { cookie });
    expect(badDate.status).toBe(400);
    expect(await htmlOf(badDate)).toContain("The start date must be a real date: February 2026 has 28 days");
    const badPerson = await app().fetch("/admin/audit?actorId=1%20OR%201%3D1", { cookie });
    expect(badPerson.status).toBe(400);
    expect(await htmlOf(badPerson)).toContain("Choose a person from the list");
  });

  it("does not audit reading the audit log", async () => {
    const { cookie } = await signedInAdmin();
    await app().fetch("/admin/audit", { cookie });
    await app().fetch("/admin/audit?action=person", { cookie });
    expect(await db().auditEvent.count()).toBe(0);
  });
});

describe("the email outbox with a mail server", () => {
  it("says emails go to the mail server, and has no messages to open", async () => {
    const { cookie } = await signedInAdmin();
    const html = await htmlOf(await app().fetch("/admin/outbox", { cookie }));
    expect(html).toContain("Emails go to the mail server, so there is no outbox to show here.");
    expect((await app().fetch("/admin/outbox/2026-11-23T16-40-00-000Z-1a2b3c4d.eml", { cookie })).status).toBe(404);
  });
});
