// Completing a person's request to have their information removed, through real form posts on the
// real server (issue 4, "Profiles: … ask for removal (admin completes it; money records are kept
// as the law requires and the rest anonymised)").
import { describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createOrganisation, createPanel, createPerson } from "../support/factories.ts";
import { htmlOf } from "../support/html.ts";
import { createInvitation } from "../support/joining.ts";
import { createMeeting } from "../support/meetings.ts";
import { createNeeds } from "../support/needs-factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

async function siteAdmin() {
  const person = await createPerson({ name: "Morgan Admin", isSiteAdmin: true });
  return { person, cookie: await app().cookieFor(person.id) };
}

/** A member with something in every place personal data is kept, who has asked to be removed. */
async function memberWhoAskedToLeave() {
  const panel = await createPanel({ name: "Wessex panel" });
  const person = await createPerson({ name: "Robin Hale", email: "robin.hale@example.org", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  await db().person.update({
    where: { id: person.id },
    data: { preferredName: "Rob", pronouns: "they/them", phone: "07700 900 982", postalAddress: "1 High Street, Wessex", groups: ["CARER"] },
  });
  await createNeeds(person.id, { paperFormat: "LARGE_PRINT", largePrintPointSize: 18, dietaryNeeds: "No nuts", inOwnWords: "I use a wheelchair" });
  await db().displayPreferences.create({ data: { personId: person.id, textSize: "LARGER" } });
  const ulo = await createOrganisation("ULO", "Wessex CIL");
  await db().personOrganisation.create({ data: { personId: person.id, organisationId: ulo.id } });
  const supporter = await createPerson({ name: "Sam Supporter" });
  await db().supporterConsent.create({ data: { memberId: person.id, supporterId: supporter.id, relationship: "Brother", scopes: ["REPLY"], recordedById: person.id } });
  const meeting = await createMeeting(panel.id);
  await db().meetingReply.create({ data: { meetingId: meeting.id, personId: person.id, mode: "IN_PERSON", dietaryNeeds: "No nuts", otherNeeds: "A quiet room", meetingSupport: ["HEARING_LOOP"] } });
  await db().notification.create({
    data: { personId: person.id, panelId: panel.id, kind: "agenda.published", channel: "POST", address: "1 High Street, Wessex", subject: "Agenda", body: "Hello Robin", status: "TO_DO" },
  });
  const chair = await createPerson({ roles: [{ panelId: panel.id, role: "CHAIR" }] });
  await createInvitation(panel.id, chair.id, { name: "Robin Hale", email: "robin.hale@example.org", uses: 1 });
  const cookie = await app().cookieFor(person.id);
  // Their own profile change and their own request, through the real pages, so the audit trail has them.
  await app().post("/profile", { preferredName: "Robin", pronouns: "they/them", phone: "07700 900 982", postalAddress: "1 High Street, Wessex", groups: "CARER" }, cookie);
  expect((await app().post("/profile/removal", {}, cookie)).status).toBe(302);
  // A sign-in email asked for, so there is a sign-in token too.
  await app().post("/sign-in", { email: "robin.hale@example.org", device: "own", returnTo: "/" });
  await app().smtp.waitForMessage("robin.hale@example.org");
  return { panel, person, cookie, supporter };
}

const personalWords = ["Robin", "Hale", "robin.hale", "07700", "High Street", "they/them", "No nuts", "wheelchair", "quiet room"];

describe("completing a removal", () => {
  it("lists the request, explains what happens and what is kept, and removes everything personal in one go", async () => {
    const { person, cookie, supporter } = await memberWhoAskedToLeave();
    const { person: admin, cookie: adminCookie } = await siteAdmin();

    const list = await htmlOf(await app().fetch("/admin/removals", { cookie: adminCookie }));
    expect(list).toContain("Robin Hale");
    expect(list).toContain("Wessex panel");
    expect(list).toContain(`href="/admin/removals/${person.id}"`);

    const confirm = await htmlOf(await app().fetch(`/admin/removals/${person.id}`, { cookie: adminCookie }));
    expect(confirm).toContain("Remove Robin Hale's information?");
    expect(confirm).toContain("What is kept");
    expect(confirm).toContain("records of money paid to them");
    expect(confirm).toContain("as the law requires");
    expect(confirm).toContain(`Former member ${person.id.slice(0, 8)}`);

    const response = await app().post(`/admin/removals/${person.id}`, {}, adminCookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin/removals?removed=1");

    const removed = await db().person.findUniqueOrThrow({ where: { id: person.id } });
    expect(removed).toMatchObject({
      name: `Former member ${person.id.slice(0, 8)}`,
      email: `removed-${person.id}@removed.invalid`,
      preferredName: "",
      pronouns: "",
      phone: "",
      postalAddress: "",
      groups: [],
      active: false,
      isSiteAdmin: false,
    });
    expect(removed.anonymisedAt).not.toBeNull();
    expect(removed.deactivatedAt).not.toBeNull();
    expect(await db().communicationNeeds.count({ where: { personId: person.id } })).toBe(0);
    expect(await db().session.count({ where: { personId: person.id } })).toBe(0);
    expect(await db().signInToken.count({ where: { OR: [{ personId: person.id }, { email: "robin.hale@example.org" }] } })).toBe(0);
    expect(await db().membership.count({ where: { personId: person.id } })).toBe(0);
    expect(await db().displayPreferences.count({ where: { personId: person.id } })).toBe(0);
    expect(await db().personOrganisation.count({ where: { personId: person.id } })).toBe(0);
    expect(await db().notification.count({ where: { personId: person.id } })).toBe(0);
    expect(await db().supporterConsent.findFirstOrThrow({ where: { supporterId: supporter.id } })).toMatchObject({ withdrawnById: admin.id });
    const reply = await db().meetingReply.findFirstOrThrow({ where: { personId: person.id } });
    expect(reply).toMatchObject({ mode: "IN_PERSON", dietaryNeeds: "", otherNeeds: "", meetingSupport: [] });

    const everythingLeft = JSON.stringify([
      removed,
      await db().meetingReply.findMany(),
      await db().panelInvitation.findMany(),
      (await db().auditEvent.findMany()).map((e) => ({ ...e, id: String(e.id) })),
    ]);
    for (const word of personalWords) expect(everythingLeft, word).not.toContain(word);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "person.anonymised", entityId: person.id } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "Person" });
    // The trail of what was done stays, by id.
    expect(await db().auditEvent.count({ where: { actorId: person.id, action: "person.removal-requested" } })).toBe(1);

    const after = await htmlOf(await app().fetch("/admin/removals?removed=1", { cookie: adminCookie }));
    expect(after).toContain("The person's information has been removed.");
    expect(after).toContain("Nobody is waiting");
    expect(after).toContain(`Former member ${person.id.slice(0, 8)}, removed on`);

    // Signed out, and cannot sign in again.
    const old = await app().fetch("/account", { cookie });
    expect(old.status).toBe(302);
    expect(old.headers.get("Location")).toMatch(/^\/sign-in/);
    const before = app().smtp.messages.length;
    expect((await app().post("/sign-in", { email: "robin.hale@example.org", device: "own", returnTo: "/" })).status).toBe(302);
    expect((await app().post("/sign-in", { email: removed.email, device: "own", returnTo: "/" })).status).toBe(302);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app().smtp.messages.length).toBe(before);
    expect(await db().signInToken.count()).toBe(0);
  });

  it("refuses someone who has not asked, yourself, an unknown id, and a second completion", async () => {
    const { person: admin, cookie } = await siteAdmin();
    const notAsked = await createPerson({ name: "Not Asked" });
    expect((await app().fetch(`/admin/removals/${notAsked.id}`, { cookie })).status).toBe(404);
    expect((await app().post(`/admin/removals/${notAsked.id}`, {}, cookie)).status).toBe(404);
    expect((await db().person.findUniqueOrThrow({ where: { id: notAsked.id } })).name).toBe("Not Asked");

    await db().person.update({ where: { id: admin.id }, data: { removalRequestedAt: new Date() } });
    expect(await htmlOf(await app().fetch(`/admin/removals/${admin.id}`, { cookie }))).toContain("You cannot complete your own removal");
    const self = await app().post(`/admin/removals/${admin.id}`, {}, cookie);
    expect(self.status).toBe(400);
    expect(await htmlOf(self)).toContain("You cannot complete your own removal. Ask another site admin to do it.");
    expect((await db().person.findUniqueOrThrow({ where: { id: admin.id } })).anonymisedAt).toBeNull();

    expect((await app().fetch("/admin/removals/not-an-id", { cookie })).status).toBe(404);
    expect((await app().fetch("/admin/removals/00000000-0000-4000-8000-999999999999", { cookie })).status).toBe(404);

    const asked = await createPerson({ name: "Asked Twice" });
    await db().person.update({ where: { id: asked.id }, data: { removalRequestedAt: new Date() } });
    expect((await app().post(`/admin/removals/${asked.id}`, {}, cookie)).status).toBe(302);
    expect((await app().post(`/admin/removals/${asked.id}`, {}, cookie)).status).toBe(404);
    expect(await db().auditEvent.count({ where: { action: "person.anonymised" } })).toBe(1);
  });

  it("only site admins see requests or complete them", async () => {
    const { person } = await memberWhoAskedToLeave();
    const panelAdmin = await createPerson({ roles: [{ panelId: (await createPanel()).id, role: "ADMIN" }] });
    const cookie = await app().cookieFor(panelAdmin.id);
    expect((await app().fetch("/admin/removals", { cookie })).status).toBe(403);
    expect((await app().post(`/admin/removals/${person.id}`, {}, cookie)).status).toBe(403);
    expect((await app().post(`/admin/removals/${person.id}`, {})).status).toBe(302);
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).anonymisedAt).toBeNull();
  });

  it("the person's own removal page says what is kept and why", async () => {
    const person = await createPerson();
    const html = await htmlOf(await app().fetch("/profile/removal", { cookie: await app().cookieFor(person.id) }));
    expect(html).toContain("What we keep, and why");
    expect(html).toContain("tax law says we must keep them");
  });
});
