// Members' profiles and communication needs (issue 4: identify, record, flag, share), and each
// person's own data: download it all, or ask for it to be removed.
import { describe, expect, it } from "vitest";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { needsReviewDue, needsReviewDueFor, viewNeedsOfPanel } from "../../app/modules/needs/needs.server.ts";
import { messages } from "../../app/modules/needs/schema.ts";
import { db } from "../../app/services.server.ts";
import { demoIds, loadDemoData } from "../../prisma/demo-data.ts";
import { loadNeedsDemo } from "../../prisma/demo-needs.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createNeeds, needsForm } from "../support/needs-factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const DAY = 24 * 60 * 60 * 1000;

/** Posts a form that may repeat a name (checkboxes), as a browser does. */
function postForm(path: string, fields: [string, string][], cookie?: string) {
  return app().fetch(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    cookie,
  });
}

async function signedInMember() {
  const panel = await createPanel();
  const person = await createPerson({ name: "Priya Shah", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  return { panel, person, cookie: await app().cookieFor(person.id) };
}

describe("recording your own communication needs", () => {
  it("saves them, keeps only the follow-up for the option chosen, and records the change", async () => {
    const { person, cookie } = await signedInMember();
    const response = await postForm(
      "/profile/needs",
      [
        ...Object.entries(
          needsForm({ paperFormat: "LARGE_PRINT", largePrintPointSize: " 24 ", brailleGrade: "2", language: "Welsh", shareWithStaff: "yes" }),
        ),
        ["meetingSupport", "BSL_INTERPRETER"],
        ["meetingSupport", "BREAKS"],
        ["physicalAccess", "STEP_FREE"],
      ],
      cookie,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/profile/needs?saved=1");

    const saved = await db().communicationNeeds.findUniqueOrThrow({ where: { personId: person.id } });
    expect(saved).toMatchObject({
      paperFormat: "LARGE_PRINT",
      largePrintPointSize: 24,
      brailleGrade: null,
      language: "",
      meetingSupport: ["BSL_INTERPRETER", "BREAKS"],
      physicalAccess: ["STEP_FREE"],
      shareWithStaff: true,
      updatedById: person.id,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "needs.updated", entityId: person.id } });
    expect(audit.actorId).toBe(person.id);
    expect(audit.after).not.toHaveProperty("onBehalfOf");

    const page = await pageOf(await app().fetch("/profile/needs?saved=1", { cookie }));
    expect(page.h1()).toBe("Your communication needs");
    expect(page.mainText()).toContain("Your communication needs are saved.");
    expect(page.mainText()).not.toContain("Last changed by");
  });

  const refusals: { name: string; form: Record<string, string>; extra?: [string, string][]; message: string; kept?: string }[] = [
    { name: "no paper format", form: { paperFormat: "" }, message: messages.paperFormat },
    { name: "an unknown paper format", form: { paperFormat: "CARRIER_PIGEON" }, message: messages.paperFormat },
    { name: "large print without a size", form: { paperFormat: "LARGE_PRINT" }, message: messages.pointSize },
    { name: "large print at 13pt", form: { paperFormat: "LARGE_PRINT", largePrintPointSize: "13" }, message: messages.pointSize, kept: 'value="13"' },
    { name: "large print at 49pt", form: { paperFormat: "LARGE_PRINT", largePrintPointSize: "49" }, message: messages.pointSize, kept: 'value="49"' },
    { name: "a size that is not a whole number", form: { paperFormat: "LARGE_PRINT", largePrintPointSize: "24.5" }, message: messages.pointSize },
    { name: "a size in words", form: { paperFormat: "LARGE_PRINT", largePrintPointSize: "big" }, message: messages.pointSize, kept: 'value="big"' },
    { name: "Braille without a grade", form: { paperFormat: "BRAILLE" }, message: messages.brailleGrade },
    { name: "Braille grade 3", form: { paperFormat: "BRAILLE", brailleGrade: "3" }, message: messages.brailleGrade },
    { name: "another language without saying which", form: { paperFormat: "OTHER_LANGUAGE", language: "  " }, message: messages.language },
    { name: "a supporter without their details", form: { contactMethod: "VIA_SUPPORTER" }, message: messages.supporterContact },
    { name: "no answer about sharing", form: { shareWithStaff: "" }, message: messages.shareWithStaff },
    { name: "an unknown kind of support", form: {}, extra: [["meetingSupport", "TELEPATHY"]], message: "Choose from the list" },
    {
      name: "dietary needs that are too long",
      form: { dietaryNeeds: "x".repeat(1001) },
      message: "Dietary needs must be 1,000 characters or fewer",
    },
  ];

  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with its own message, saves nothing and keeps what was typed`, async () => {
      const { person, cookie } = await signedInMember();
      const form = needsForm({ dietaryNeeds: "No nuts, please", ...refusal.form });
      const response = await postForm("/profile/needs", [...Object.entries(form), ...(refusal.extra ?? [])], cookie);
      expect(response.status).toBe(400);
      const page = await htmlOf(response);
      expect(page).toContain("There is a problem");
      expect(page).toContain(refusal.message);
      if (refusal.kept) expect(page).toContain(refusal.kept);
      if (!refusal.form.dietaryNeeds) expect(page).toContain("No nuts, please");
      expect(await db().communicationNeeds.count({ where: { personId: person.id } })).toBe(0);
    });
  }

  it("ignores a wrong point size when large print is not chosen", async () => {
    const { person, cookie } = await signedInMember();
    const response = await app().post("/profile/needs", needsForm({ paperFormat: "EASY_READ", largePrintPointSize: "big" }), cookie);
    expect(response.status).toBe(302);
    const saved = await db().communicationNeeds.findUniqueOrThrow({ where: { personId: person.id } });
    expect(saved).toMatchObject({ paperFormat: "EASY_READ", largePrintPointSize: null });
  });

  it("'These are still right' marks them checked without changing them", async () => {
    const { person, cookie } = await signedInMember();
    const twoYearsAgo = new Date(Date.now() - 730 * DAY);
    await createNeeds(person.id, { paperFormat: "AUDIO", reviewedAt: twoYearsAgo });
    expect(await htmlOf(await app().fetch("/profile/needs", { cookie }))).toContain("Please check they are still right.");

    const response = await app().post("/profile/needs", { intent: "confirm" }, cookie);
    expect(response.headers.get("Location")).toBe("/profile/needs?checked=1");
    const saved = await db().communicationNeeds.findUniqueOrThrow({ where: { personId: person.id } });
    expect(saved.paperFormat).toBe("AUDIO");
    expect(saved.reviewedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await db().auditEvent.count({ where: { action: "needs.reviewed", entityId: person.id, actorId: person.id } })).toBe(1);
  });
});

describe("a site admin recording needs on a person's behalf", () => {
  it("is recorded as such in the audit trail and shown to the person", async () => {
    const { person, cookie } = await signedInMember();
    const admin = await createPerson({ name: "Morgan Lee", isSiteAdmin: true });
    const adminCookie = await app().cookieFor(admin.id);

    const form = await htmlOf(await app().fetch(`/admin/people/${person.id}/needs`, { cookie: adminCookie }));
    expect(form).toContain("You are changing these for Priya Shah. They will see that you made the change.");

    const response = await app().post(`/admin/people/${person.id}/needs`, needsForm({ paperFormat: "BRAILLE", brailleGrade: "2" }), adminCookie);
    expect(response.status).toBe(302);
    const saved = await db().communicationNeeds.findUniqueOrThrow({ where: { personId: person.id } });
    expect(saved).toMatchObject({ paperFormat: "BRAILLE", brailleGrade: 2, updatedById: admin.id });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "needs.updated", entityId: person.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({ paperFormat: "BRAILLE", onBehalfOf: person.id });

    const own = await htmlOf(await app().fetch("/profile/needs", { cookie }));
    expect(own).toMatch(/Last changed by Morgan Lee on \w+day \d+ \w+ \d{4}/);
    // Once the person confirms them, they are theirs again.
    await app().post("/profile/needs", { intent: "confirm" }, cookie);
    const confirmed = await pageOf(await app().fetch("/profile/needs", { cookie }));
    expect(confirmed.h1()).toBe("Your communication needs");
    expect(confirmed.mainText()).not.toContain("Last changed by");

    // Opening the record again is a view of someone's needs, so it is recorded.
    await app().fetch(`/admin/people/${person.id}/needs`, { cookie: adminCookie });
    expect(await db().auditEvent.count({ where: { action: "needs.viewed", entityId: person.id, actorId: admin.id } })).toBe(1);
  });

  it("refuses anyone else, whatever their panel role, and saves nothing", async () => {
    const { panel, person } = await signedInMember();
    const chair = await createPerson({ roles: [{ panelId: panel.id, role: "CHAIR" }] });
    const response = await app().post(`/admin/people/${person.id}/needs`, needsForm(), await app().cookieFor(chair.id));
    expect(response.status).toBe(403);
    expect(await db().communicationNeeds.count()).toBe(0);
  });

  it("says a person who is not there is not found", async () => {
    const admin = await createPerson({ isSiteAdmin: true });
    const cookie = await app().cookieFor(admin.id);
    expect((await app().fetch("/admin/people/00000000-0000-4000-8000-00000000dead/needs", { cookie })).status).toBe(404);
    expect((await app().fetch("/admin/people/not-an-id/needs", { cookie })).status).toBe(404);
  });
});

describe("the yearly check", () => {
  const now = new Date("2027-06-01T12:00:00Z");

  it("is due when nothing is recorded, or the last check was over a year ago", () => {
    expect(needsReviewDue(null, now)).toBe(true);
    expect(needsReviewDue({ reviewedAt: new Date(now.getTime() - 364 * DAY) }, now)).toBe(false);
    expect(needsReviewDue({ reviewedAt: new Date(now.getTime() - 365 * DAY) }, now)).toBe(false);
    expect(needsReviewDue({ reviewedAt: new Date(now.getTime() - 366 * DAY) }, now)).toBe(true);
  });

  it("reads the person's record", async () => {
    const person = await createPerson();
    expect(await needsReviewDueFor(person.id, now)).toBe(true);
    await createNeeds(person.id, { reviewedAt: new Date(now.getTime() - 30 * DAY) });
    expect(await needsReviewDueFor(person.id, now)).toBe(false);
    expect(await needsReviewDueFor(person.id, new Date(now.getTime() + 400 * DAY))).toBe(true);
  });

  it("reminds you on your profile: tell us first, then check each year", async () => {
    const { person, cookie } = await signedInMember();
    const profile = () => app().fetch("/profile", { cookie }).then(htmlOf);
    expect(await profile()).toContain("Please tell us your");
    await createNeeds(person.id, { reviewedAt: new Date(Date.now() - 400 * DAY) });
    expect(await profile()).toMatch(/Please check your <a[^>]*href="\/profile\/needs"[^>]*>communication needs<\/a> are still right\./);
    await db().communicationNeeds.update({ where: { personId: person.id }, data: { reviewedAt: new Date() } });
    const checked = await pageOf(await profile());
    expect(checked.h1()).toBe("Your profile");
    expect(checked.mainText()).not.toMatch(/Please (tell|check) your/);
  });
});

describe("the panel's needs: summed up for staff, named only with consent", () => {
  async function panelWithNeeds() {
    const panel = await createPanel({ name: "Panel A" });
    const otherPanel = await createPanel({ name: "Panel B" });
    const role = (r: PanelRole) => [{ panelId: panel.id, role: r }];
    const sharer = await createPerson({ name: "Sharing Sally", roles: role("MEMBER") });
    const private_ = await createPerson({ name: "Private Pat", roles: role("MEMBER") });
    await createPerson({ name: "Not Yet Nia", roles: role("MEMBER") });
    const elsewhere = await createPerson({ name: "Elsewhere Eli", roles: [{ panelId: otherPanel.id, role: "MEMBER" }] });
    await createNeeds(sharer.id, { paperFormat: "LARGE_PRINT", largePrintPointSize: 24, meetingSupport: ["BSL_INTERPRETER"], shareWithStaff: true });
    await createNeeds(private_.id, { paperFormat: "BRAILLE", brailleGrade: 2, shareWithStaff: false });
    await createNeeds(elsewhere.id, { paperFormat: "AUDIO", shareWithStaff: true });
    const people = {
      member: await createPerson({ roles: role("MEMBER") }),
      chair: await createPerson({ roles: [...role("MEMBER"), ...role("CHAIR")] }),
      officer: await createPerson({ roles: role("OFFICER") }),
      finance: await createPerson({ roles: role("FINANCE") }),
      panelAdmin: await createPerson({ roles: role("ADMIN") }),
      siteAdmin: await createPerson({ isSiteAdmin: true }),
      outsider: await createPerson({ roles: [{ panelId: otherPanel.id, role: "CHAIR" }] }),
    };
    return { panel, otherPanel, sharer, private_, people };
  }

  for (const who of ["chair", "officer", "panelAdmin", "siteAdmin"] as const) {
    it(`shows the ${who} the summary and the people who agreed to share, and records each view`, async () => {
      const { panel, sharer, people } = await panelWithNeeds();
      const viewer = people[who];
      const response = await app().fetch(`/panels/${panel.id}/needs`, { cookie: await app().cookieFor(viewer.id) });
      expect(response.status).toBe(200);
      const page = await htmlOf(response);
      expect((await pageOf(page)).h1()).toBe("Communication needs");
      expect(page).toContain("1 large print at 24pt");
      expect(page).toContain("1 Braille grade 2");
      expect(page).toContain("1 BSL interpreter");
      // What must not be shown must not be sent either (not even in the page's data), so the
      // absence checks here look at the whole markup of the page the h1 says this is.
      expect(page).not.toContain("audio");
      expect(page).toContain("Sharing Sally");
      expect(page).not.toContain("Private Pat");
      expect(page).not.toContain("Elsewhere Eli");
      // Everyone with a role counts (staff attend too): Nia and the five staff in this panel.
      expect(page).toContain("6 people have not told us yet.");

      const views = await db().auditEvent.findMany({ where: { action: "needs.viewed" } });
      expect(views).toEqual([expect.objectContaining({ actorId: viewer.id, entityType: "Person", entityId: sharer.id, panelId: panel.id })]);
    });
  }

  it("leaves out people who have been deactivated", async () => {
    const { panel, sharer, people } = await panelWithNeeds();
    await db().person.update({ where: { id: sharer.id }, data: { active: false } });
    const page = await htmlOf(await app().fetch(`/panels/${panel.id}/needs`, { cookie: await app().cookieFor(people.chair.id) }));
    expect((await pageOf(page)).h1()).toBe("Communication needs");
    // A deactivated person's name and needs are not sent at all: the whole markup, data included.
    expect(page).not.toContain("Sharing Sally");
    expect(page).not.toContain("large print");
    expect(page).toContain("1 Braille grade 2");
  });

  it("shows finance staff the summary only: no names, so no view of anyone's needs is recorded", async () => {
    const { panel, people } = await panelWithNeeds();
    const response = await app().fetch(`/panels/${panel.id}/needs`, { cookie: await app().cookieFor(people.finance.id) });
    expect(response.status).toBe(200);
    const page = await htmlOf(response);
    expect((await pageOf(page)).h1()).toBe("Communication needs");
    expect(page).toContain("1 large print at 24pt");
    // No names are sent to finance staff at all: the whole markup, data included.
    expect(page).not.toContain("Sharing Sally");
    expect(page).not.toContain("Private Pat");
    expect(await db().auditEvent.count({ where: { action: "needs.viewed" } })).toBe(0);
  });

  it("refuses members, and tells people outside the panel it is not found", async () => {
    const { panel, otherPanel, people } = await panelWithNeeds();
    const member = await app().fetch(`/panels/${panel.id}/needs`, { cookie: await app().cookieFor(people.member.id) });
    expect(member.status).toBe(403);
    // The refusal page, and nothing of the needs anywhere in its markup.
    const refused = await pageOf(member);
    expect(refused.h1()).toBe("You cannot see this page");
    expect(refused.html).not.toContain("Sharing Sally");
    const outsider = await app().fetch(`/panels/${panel.id}/needs`, { cookie: await app().cookieFor(people.outsider.id) });
    expect(outsider.status).toBe(404);
    // The chair of one panel cannot reach another panel's needs by changing the id.
    const swapped = await app().fetch(`/panels/${otherPanel.id}/needs`, { cookie: await app().cookieFor(people.chair.id) });
    expect(swapped.status).toBe(404);
    expect(await db().auditEvent.count({ where: { action: "needs.viewed" } })).toBe(0);
  });

  it("gives a member nothing of other members' needs, by any URL", async () => {
    const { panel, sharer, people } = await panelWithNeeds();
    const cookie = await app().cookieFor(people.member.id);
    for (const path of [`/admin/people/${sharer.id}/needs`, `/panels/${panel.id}/needs`]) {
      const response = await app().fetch(path, { cookie });
      expect(response.status).toBe(403);
      // The refusal page, and nothing of the needs anywhere in its markup.
      const refused = await pageOf(response);
      expect(refused.h1()).toBe("You cannot see this page");
      expect(refused.html).not.toMatch(/Sharing Sally|large print/i);
    }
    // /profile/needs is always the signed-in person's own record, whatever is added to the address.
    const own = await htmlOf(await app().fetch(`/profile/needs?personId=${sharer.id}`, { cookie }));
    expect(own).toContain("You have not told us your needs yet.");
    expect(await viewNeedsOfPanel(panel.id, { personId: people.member.id, isSiteAdmin: false, roles: ["MEMBER"] })).toBeNull();
  });
});

describe("your profile", () => {
  it("saves your preferred name, pronouns, contact details and groups", async () => {
    const { person, cookie } = await signedInMember();
    const response = await postForm(
      "/profile",
      [
        ["preferredName", "Pri"],
        ["pronouns", "she/her"],
        ["phone", "07700 900 982"],
        ["postalAddress", "1 High Street\nWinchester"],
        ["groups", "CARER"],
        ["groups", "MENTAL_HEALTH"],
      ],
      cookie,
    );
    expect(response.headers.get("Location")).toBe("/profile?saved=1");
    const saved = await db().person.findUniqueOrThrow({ where: { id: person.id } });
    expect(saved).toMatchObject({ preferredName: "Pri", pronouns: "she/her", phone: "07700 900 982", groups: ["CARER", "MENTAL_HEALTH"] });
    expect(await db().auditEvent.count({ where: { action: "person.profile-updated", entityId: person.id } })).toBe(1);
  });

  it("refuses a phone number that is not one, and an unknown group, keeping what was typed", async () => {
    const { person, cookie } = await signedInMember();
    const response = await postForm(
      "/profile",
      [
        ["preferredName", "Pri"],
        ["phone", "call me maybe"],
        ["groups", "ASTRONAUTS"],
      ],
      cookie,
    );
    expect(response.status).toBe(400);
    const page = await htmlOf(response);
    expect(page).toContain("Enter a phone number, like 01632 960 001 or 07700 900 982");
    expect(page).toContain("Choose from the list");
    expect(page).toContain('value="call me maybe"');
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).preferredName).toBe("");
  });
});

describe("downloading everything held about you", () => {
  it("gives you your own records as a file, and nothing of anyone else's", async () => {
    const { panel, person, cookie } = await signedInMember();
    await db().person.update({ where: { id: person.id }, data: { phone: "07700 900 111", groups: ["CARER"] } });
    await createNeeds(person.id, { paperFormat: "LARGE_PRINT", largePrintPointSize: 24 });
    await db().displayPreferences.create({ data: { personId: person.id, textSize: "LARGER" } });
    await db().auditEvent.create({
      data: { actorId: person.id, action: "person.signed-in", entityType: "Person", entityId: person.id, after: { method: "link" } },
    });
    const other = await createPerson({ name: "Somebody Else", email: "somebody.else@example.org", roles: [{ panelId: panel.id, role: "MEMBER" }] });
    await db().person.update({ where: { id: other.id }, data: { phone: "07700 900 999" } });
    await createNeeds(other.id, { paperFormat: "BRAILLE", brailleGrade: 1, inOwnWords: "Secret of somebody else" });
    await app().cookieFor(other.id);
    // Something you did to another person's record: listed as yours, without naming them.
    await db().auditEvent.create({ data: { actorId: person.id, action: "membership.added", entityType: "Person", entityId: other.id } });
    // Something done to your record by someone else: listed, without saying who.
    await db().auditEvent.create({ data: { actorId: other.id, action: "needs.viewed", entityType: "Person", entityId: person.id } });

    const response = await app().fetch("/profile/download", { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="panel-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ id: person.id, name: "Priya Shah", email: person.email, phone: "07700 900 111", groups: ["CARER"] });
    expect(data.communicationNeeds).toMatchObject({ paperFormat: "LARGE_PRINT", largePrintPointSize: 24 });
    expect(data.memberships).toEqual([expect.objectContaining({ panelId: panel.id, role: "MEMBER" })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.sessions[0]).toHaveProperty("lastSeenAt");
    expect(data.displayPreferences).toMatchObject({ textSize: "LARGER" });
    expect(data.signIns).toEqual([expect.objectContaining({ how: { method: "link" } })]);
    expect(data.yourActions.map((a: { action: string }) => a.action)).toEqual(["person.signed-in", "membership.added"]);
    expect(data.doneToYourRecordByOthers).toEqual([expect.objectContaining({ action: "needs.viewed" })]);

    expect(text).not.toMatch(/tokenHash|linkHash|codeHash/);
    for (const theirs of [other.id, "Somebody Else", "somebody.else@example.org", "07700 900 999", "Secret of somebody else", "BRAILLE"]) {
      expect(text).not.toContain(theirs);
    }
  });

  it("includes your supporters, the people you support, your agenda items, your priorities and the messages sent to you", async () => {
    const { panel, person, cookie } = await signedInMember();
    const helper = await createPerson({ name: "Helpful Assistant", email: "helpful.assistant@example.org" });
    const supported = await createPerson({ name: "Supported Friend", email: "supported.friend@example.org" });
    await db().supporterConsent.create({ data: { memberId: person.id, supporterId: helper.id, relationship: "PERSONAL_ASSISTANT", scopes: ["REPLY"], recordedById: person.id } });
    await db().supporterConsent.create({ data: { memberId: supported.id, supporterId: person.id, relationship: "FRIEND", scopes: ["PAPERS"], recordedById: supported.id } });
    const item = await db().agendaItem.create({
      data: { panelId: panel.id, title: "Bus passes for carers", about: "Carers cannot travel with us.", type: "DISCUSSION", proposedById: person.id, proposedAs: "MEMBER" },
    });
    const meeting = await db().meeting.create({
      data: { panelId: panel.id, title: "Spring meeting", startsAt: new Date(Date.now() + 20 * 86_400_000), endsAt: new Date(Date.now() + 20 * 86_400_000 + 7_200_000), papersDeadline: new Date(Date.now() + 13 * 86_400_000) },
    });
    await db().priorityVote.create({ data: { meetingId: meeting.id, personId: person.id, itemId: item.id, weight: 3 } });
    await db().notification.create({
      data: { personId: person.id, kind: "agenda.published", channel: "EMAIL", address: person.email, subject: "The agenda for Spring meeting", body: "{}", status: "SENT" },
    });

    const data = JSON.parse(await (await app().fetch("/profile/download", { cookie })).text());
    expect(data.yourSupporters).toEqual([expect.objectContaining({ supporter: "Helpful Assistant", scopes: ["REPLY"] })]);
    expect(data.peopleYouSupport).toEqual([expect.objectContaining({ member: "Supported Friend", scopes: ["PAPERS"] })]);
    expect(data.agendaItemsYouProposed).toEqual([expect.objectContaining({ title: "Bus passes for carers", panel: panel.name })]);
    expect(data.yourPriorities).toEqual([expect.objectContaining({ meeting: "Spring meeting", item: "Bus passes for carers", points: 3 })]);
    expect(data.messagesToYou).toEqual([expect.objectContaining({ subject: "The agenda for Spring meeting", status: "SENT" })]);
  });

  it("sends someone not signed in to sign in", async () => {
    const response = await app().fetch("/profile/download");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/sign-in/);
  });
});

describe("asking for your information to be removed", () => {
  it("explains what removal means, records the request once and shows its status", async () => {
    const { person, cookie } = await signedInMember();
    const before = await htmlOf(await app().fetch("/profile/removal", { cookie }));
    expect(before).toContain("records of money paid to you, such as fees and expenses, are kept for as long as the law requires");
    expect(before).toContain("Ask for my information to be removed");

    const response = await app().post("/profile/removal", {}, cookie);
    expect(response.headers.get("Location")).toBe("/profile/removal?asked=1");
    const first = (await db().person.findUniqueOrThrow({ where: { id: person.id } })).removalRequestedAt;
    expect(first).toBeInstanceOf(Date);
    await app().post("/profile/removal", {}, cookie);
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).removalRequestedAt).toEqual(first);
    expect(await db().auditEvent.count({ where: { action: "person.removal-requested", entityId: person.id, actorId: person.id } })).toBe(1);

    const after = await pageOf(await app().fetch("/profile/removal", { cookie }));
    expect(after.h1()).toBe("Ask for your information to be removed");
    expect(after.mainText()).toContain("You asked for your information to be removed on");
    expect(after.hasButton("Ask for my information to be removed")).toBe(false);
  });
});

describe("the demo data", () => {
  it("gives the demo panel needs in every format, with one person not sharing, and loads again harmlessly", async () => {
    await loadDemoData(db());
    await db().$transaction((tx) => loadNeedsDemo(tx));
    await db().$transaction((tx) => loadNeedsDemo(tx));
    const view = await viewNeedsOfPanel(demoIds.panel, { personId: demoIds.admin, isSiteAdmin: true, roles: ["ADMIN"] });
    expect(view?.summary).toEqual(
      expect.arrayContaining([
        "1 large print at 24pt",
        "1 easy read",
        "1 audio",
        "1 plain text for a screen reader",
        "1 another language in Polish",
        "1 BSL interpreter",
        "1 Hearing loop",
        "1 Quiet space",
        "1 step-free access",
      ]),
    );
    expect(view?.notShared).toBe(1);
    expect(view?.people?.map((p) => p.name)).not.toContain("Ravi Patel");
    const spoke = await viewNeedsOfPanel(demoIds.spoke, { personId: demoIds.admin, isSiteAdmin: true, roles: ["ADMIN"] });
    expect(spoke?.summary).toContain("1 Braille grade 2");
    expect(await db().person.count({ where: { email: { in: ["jordan.ellis@example.org", "ravi.patel@example.org", "grace.obi@example.org"] } } })).toBe(3);
  });
});
