// Joining by an admin with the person's agreement, the organisations people belong to, and spoke
// groups sending items to their hub, through real form posts on the real server (issue 4).
import { describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { createOrganisation, createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createHubAndSpoke, createInvitation } from "../support/joining.ts";
import { createMeeting } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

/** POSTs a form whose fields may repeat (checkboxes), as a browser does. */
function postForm(path: string, fields: [string, string][], cookie?: string) {
  return app().fetch(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    cookie,
  });
}

async function siteAdmin() {
  const person = await createPerson({ name: "Morgan Admin", isSiteAdmin: true });
  return { person, cookie: await app().cookieFor(person.id) };
}

describe("an admin adds a person to a panel with their agreement", () => {
  it("is refused, naming the person, when their agreement is not ticked; nothing is added", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel();
    const priya = await createPerson({ name: "Priya Shah" });
    const page = await htmlOf(await app().fetch(`/admin/panels/${panel.id}`, { cookie }));
    expect(page).toContain("They have agreed to join this panel and for us to keep their details");

    const response = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: priya.id, role: "MEMBER" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Confirm that Priya Shah has agreed to join this panel and for us to keep their details");
    expect(html).toContain('href="#add-membership-consent"');
    expect(html).toContain("Priya Shah has agreed to join this panel and for us to keep their details");
    const forged = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: priya.id, role: "MEMBER", consent: "no" }, cookie);
    expect(forged.status).toBe(400);
    expect(await db().membership.count({ where: { panelId: panel.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "membership.added" } })).toBe(0);
  });

  it("records the agreement, who recorded it and when; the admin person page says how each role came about", async () => {
    const { person: admin, cookie } = await siteAdmin();
    const panel = await createPanel({ name: "Wessex panel" });
    const priya = await createPerson({ name: "Priya Shah" });
    const added = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: priya.id, role: "MEMBER", consent: "on" }, cookie);
    expect(added.status).toBe(302);
    const membership = await db().membership.findFirstOrThrow({ where: { panelId: panel.id, personId: priya.id } });
    expect(membership).toMatchObject({ joinedVia: "ADMIN", consentRecordedById: admin.id });
    expect(Date.now() - membership.consentRecordedAt!.getTime()).toBeLessThan(60_000);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "membership.added", entityId: membership.id } });
    expect(audit.after).toMatchObject({ personId: priya.id, role: "MEMBER", joinedVia: "ADMIN", consentRecorded: true });

    const { path } = await createInvitation(panel.id, admin.id, { role: "CHAIR" });
    await app().post(path, { intent: "join" }, await app().cookieFor(priya.id));
    const older = await createPanel({ name: "Older panel" });
    await db().membership.create({ data: { personId: priya.id, panelId: older.id, role: "MEMBER" } });

    const page = await htmlOf(await app().fetch(`/admin/people/${priya.id}`, { cookie }));
    expect(page).toMatch(/Member: Added by Morgan Admin with their agreement on \w+ \d+ \w+ \d{4}/);
    expect(page).toMatch(/Chair: Joined by invitation on \w+ \d+ \w+ \d{4}/);
    expect(page).toContain("Member: Added before agreements were recorded");
  });
});

describe("the organisations a person belongs to", () => {
  it("a person ticks their ULOs on their profile: saved, audited, and shown on the profile, in the download and to admins", async () => {
    const ulo = await createOrganisation("ULO", "Wessex Centre for Independent Living");
    const group = await createOrganisation("OTHER", "Carers Together");
    const council = await createOrganisation("COUNCIL", "Wessex County Council");
    const person = await createPerson({ name: "Priya Shah" });
    const cookie = await app().cookieFor(person.id);

    const form = await pageOf(await app().fetch("/profile", { cookie }));
    expect(form.h1()).toBe("Your profile");
    expect(form.source).toContain("Organisations you belong to");
    expect(form.source).toContain("Wessex Centre for Independent Living (user led organisation)");
    expect(form.source).toContain("Carers Together");
    expect(form.hasField(/Carers Together/)).toBe(true);
    expect(form.hasField(/Wessex County Council/)).toBe(false);

    const saved = await postForm("/profile", [["preferredName", "Priya"], ["organisationIds", ulo.id], ["organisationIds", group.id]], cookie);
    expect(saved.status).toBe(302);
    const rows = await db().personOrganisation.findMany({ where: { personId: person.id } });
    expect(rows.map((r) => r.organisationId).sort()).toEqual([ulo.id, group.id].sort());
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).preferredName).toBe("Priya");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "person.organisations-updated", entityId: person.id } });
    expect(audit).toMatchObject({ actorId: person.id, before: { organisationIds: [] }, after: { organisationIds: [ulo.id, group.id].sort() } });

    const profile = await htmlOf(await app().fetch("/profile?saved=1", { cookie }));
    expect(profile).toContain("Carers Together, Wessex Centre for Independent Living");
    expect(profile).toMatch(new RegExp(`<input[^>]*checked=""[^>]*value="${ulo.id}"`));

    const download = (await (await app().fetch("/profile/download", { cookie })).json()) as { organisations: { name: string }[] };
    expect(download.organisations.map((o) => o.name)).toEqual(["Carers Together", "Wessex Centre for Independent Living"]);

    const { cookie: adminCookie } = await siteAdmin();
    const adminPage = await htmlOf(await app().fetch(`/admin/people/${person.id}`, { cookie: adminCookie }));
    expect(adminPage).toContain("Priya Shah belongs to Carers Together, Wessex Centre for Independent Living.");

    // Unticking all of them leaves none; saving the same again records nothing new.
    expect((await postForm("/profile", [["preferredName", "Priya"]], cookie)).status).toBe(302);
    expect(await db().personOrganisation.count({ where: { personId: person.id } })).toBe(0);
    await postForm("/profile", [["preferredName", "Priya"]], cookie);
    expect(await db().auditEvent.count({ where: { action: "person.organisations-updated" } })).toBe(2);
    void council;
  });

  it("refuses a council, an unknown organisation or a bad id, changing nothing", async () => {
    const council = await createOrganisation("COUNCIL");
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    for (const id of [council.id, "00000000-0000-4000-8000-999999999999", "not-an-id"]) {
      const response = await postForm("/profile", [["preferredName", "Changed"], ["organisationIds", id]], cookie);
      expect(response.status).toBe(400);
      expect(await htmlOf(response)).toContain("Choose organisations from the list");
    }
    expect(await db().personOrganisation.count()).toBe(0);
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).preferredName).toBe("");
  });

  it("a site admin sets a person's organisations on the admin person page", async () => {
    const ulo = await createOrganisation("ULO", "Wessex CIL");
    const council = await createOrganisation("COUNCIL");
    const { person: admin, cookie } = await siteAdmin();
    const person = await createPerson({ name: "Sam Taylor" });
    const saved = await postForm(`/admin/people/${person.id}`, [["intent", "organisations"], ["organisationIds", ulo.id]], cookie);
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/admin/people/${person.id}?organisations=1`);
    expect(await db().personOrganisation.count({ where: { personId: person.id, organisationId: ulo.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "person.organisations-updated", actorId: admin.id, entityId: person.id } })).toBe(1);
    const page = await htmlOf(await app().fetch(`/admin/people/${person.id}?organisations=1`, { cookie }));
    expect(page).toContain("Their organisations have been saved.");
    expect(page).toContain("Sam Taylor belongs to Wessex CIL.");

    const refused = await postForm(`/admin/people/${person.id}`, [["intent", "organisations"], ["organisationIds", council.id]], cookie);
    expect(refused.status).toBe(400);
    expect(await htmlOf(refused)).toContain('href="#person-organisations-organisationIds"');
    expect(await db().personOrganisation.count({ where: { personId: person.id } })).toBe(1);
  });
});

describe("a spoke group sends an item to its hub", () => {
  it("the spoke's chair sends a proposed item with the group's view: a copy in the hub, the spoke's item marked sent, both audited", async () => {
    const { hub, spoke, chair, member, item } = await createHubAndSpoke();
    const cookie = await app().cookieFor(chair.id);
    const itemPage = await htmlOf(await app().fetch(`/panels/${spoke.id}/agenda-items/${item.id}`, { cookie }));
    expect(itemPage).toContain("Send this item to Hub panel");
    expect(itemPage).toContain(`href="/panels/${spoke.id}/agenda-items/${item.id}/forward"`);
    const memberPage = await pageOf(await app().fetch(`/panels/${spoke.id}/agenda-items/${item.id}`, { cookie: await app().cookieFor(member.id) }));
    expect(memberPage.h1()).toBe("Respite breaks");
    expect(memberPage.hasLink(/^Send this item to/)).toBe(false);

    const form = await htmlOf(await app().fetch(`/panels/${spoke.id}/agenda-items/${item.id}/forward`, { cookie }));
    expect(form).toContain("Send this item to Hub panel");
    expect(form).toContain("Our view");

    const response = await app().post(`/panels/${spoke.id}/agenda-items/${item.id}/forward`, { spokeView: "  Carers wait months for a break.  " }, cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/panels/${spoke.id}/agenda-items/${item.id}?forwarded=1`);
    const hubItem = await db().agendaItem.findFirstOrThrow({ where: { panelId: hub.id } });
    expect(hubItem).toMatchObject({
      title: "Respite breaks",
      about: "What it is about",
      type: "DISCUSSION",
      status: "PROPOSED",
      proposedById: chair.id,
      proposedAs: "MEMBER",
      forwardedFromItemId: item.id,
      forwardedFromPanelId: spoke.id,
      spokeView: "Carers wait months for a break.",
    });
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("FORWARDED");
    expect(await db().auditEvent.count({ where: { action: "agenda-item.forwarded", entityId: item.id, panelId: spoke.id, actorId: chair.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "agenda-item.received-from-spoke", entityId: hubItem.id, panelId: hub.id } })).toBe(1);

    const sentPage = await pageOf(await app().fetch(response.headers.get("Location")!, { cookie }));
    const sent = sentPage.source;
    expect(sentPage.h1()).toBe("Respite breaks");
    expect(sent).toContain("The item was sent to Hub panel with your view");
    expect(sent).toMatch(/Sent to Hub panel on \w+ \d+ \w+ \d{4}\./);
    // The chair is not in the hub, so there is no link to it; someone in both panels gets one.
    expect(sentPage.linksTo(`/panels/${hub.id}/agenda-items/${hubItem.id}`)).toEqual([]);
    expect(sentPage.hasLink(/^Send this item to/)).toBe(false);
    const both = await createPerson({ roles: [{ panelId: spoke.id, role: "MEMBER" }, { panelId: hub.id, role: "MEMBER" }] });
    const bothCookie = await app().cookieFor(both.id);
    expect(await htmlOf(await app().fetch(`/panels/${spoke.id}/agenda-items/${item.id}`, { cookie: bothCookie }))).toContain(
      `href="/panels/${hub.id}/agenda-items/${hubItem.id}"`,
    );

    const hubPage = await htmlOf(await app().fetch(`/panels/${hub.id}/agenda-items/${hubItem.id}`, { cookie: bothCookie }));
    expect(hubPage).toContain("Sent by Carers' spoke with their view:");
    expect(hubPage).toContain("Carers wait months for a break.");
    const hubList = await htmlOf(await app().fetch(`/panels/${hub.id}/agenda-items`, { cookie: bothCookie }));
    expect(hubList).toContain("From Carers' spoke");
    const spokeList = await htmlOf(await app().fetch(`/panels/${spoke.id}/agenda-items`, { cookie: bothCookie }));
    expect(spokeList).toContain("Sent to hub");
    const meeting = await createMeeting(hub.id);
    const ranked = await htmlOf(await app().fetch(`/panels/${hub.id}/meetings/${meeting.id}/priorities`, { cookie: bothCookie }));
    expect(ranked).toContain("From Carers' spoke");
  });

  it("a panel admin or site admin may send; a member, an officer or an outsider may not", async () => {
    const { spoke, hub, item } = await createHubAndSpoke();
    const officer = await createPerson({ roles: [{ panelId: spoke.id, role: "OFFICER" }] });
    const member = await createPerson({ roles: [{ panelId: spoke.id, role: "MEMBER" }] });
    const outsider = await createPerson({ roles: [{ panelId: hub.id, role: "CHAIR" }] });
    const path = `/panels/${spoke.id}/agenda-items/${item.id}/forward`;
    for (const [person, status] of [[member, 403], [officer, 403], [outsider, 404]] as const) {
      const cookie = await app().cookieFor(person.id);
      expect((await app().fetch(path, { cookie })).status).toBe(status);
      expect((await app().post(path, { spokeView: "Sneaky" }, cookie)).status).toBe(status);
    }
    expect(await db().agendaItem.count({ where: { panelId: hub.id } })).toBe(0);
    const panelAdmin = await createPerson({ roles: [{ panelId: spoke.id, role: "ADMIN" }] });
    expect((await app().post(path, { spokeView: "Agreed" }, await app().cookieFor(panelAdmin.id))).status).toBe(302);
    expect(await db().agendaItem.count({ where: { panelId: hub.id } })).toBe(1);
  });

  it("tells a member who opens the send page why they may not: only the chair or an admin sends", async () => {
    const { spoke, member, item } = await createHubAndSpoke();
    const response = await app().fetch(`/panels/${spoke.id}/agenda-items/${item.id}/forward`, { cookie: await app().cookieFor(member.id) });
    expect(response.status).toBe(403);
    const refused = await pageOf(response);
    expect(refused.h1()).toBe("You cannot see this page");
    expect(refused.mainText()).toContain("Only the group's chair or an admin can send its items to the hub.");
  });

  it("is refused for a panel without a hub, a withdrawn item, an item already sent, an empty or too long view, and swapped ids", async () => {
    const { hub, spoke, chair, member, item } = await createHubAndSpoke();
    const cookie = await app().cookieFor(chair.id);
    const path = (panelId: string, itemId: string) => `/panels/${panelId}/agenda-items/${itemId}/forward`;

    const lonely = await createPanel({ name: "No hub" });
    await db().membership.create({ data: { personId: chair.id, panelId: lonely.id, role: "CHAIR" } });
    const lonelyItem = await createAgendaItem(lonely.id, chair.id);
    expect((await app().fetch(path(lonely.id, lonelyItem.id), { cookie })).status).toBe(404);
    expect((await app().post(path(lonely.id, lonelyItem.id), { spokeView: "x" }, cookie)).status).toBe(404);
    const lonelyPage = await pageOf(await app().fetch(`/panels/${lonely.id}/agenda-items/${lonelyItem.id}`, { cookie }));
    expect(lonelyPage.h1()).toBe(lonelyItem.title);
    expect(lonelyPage.hasLink(/^Send this item to/)).toBe(false);

    const empty = await app().post(path(spoke.id, item.id), { spokeView: "   " }, cookie);
    expect(empty.status).toBe(400);
    expect(await htmlOf(empty)).toContain("Enter your group's view of this item");
    const long = await app().post(path(spoke.id, item.id), { spokeView: "x".repeat(2001) }, cookie);
    expect(long.status).toBe(400);
    expect(await htmlOf(long)).toContain("Your group's view must be 2,000 characters or fewer");

    const withdrawn = await createAgendaItem(spoke.id, member.id, { status: "WITHDRAWN" });
    expect(await htmlOf(await app().fetch(path(spoke.id, withdrawn.id), { cookie }))).toContain("This item was withdrawn, so it cannot be sent.");
    const forcedWithdrawn = await app().post(path(spoke.id, withdrawn.id), { spokeView: "Please" }, cookie);
    expect(forcedWithdrawn.status).toBe(400);
    expect(await htmlOf(forcedWithdrawn)).toContain("This item was withdrawn, so it cannot be sent.");

    expect((await app().post(path(spoke.id, item.id), { spokeView: "First" }, cookie)).status).toBe(302);
    const twice = await app().post(path(spoke.id, item.id), { spokeView: "Second" }, cookie);
    expect(twice.status).toBe(400);
    expect(await htmlOf(twice)).toMatch(/This item was already sent to Hub panel on \w+ \d+ \w+ \d{4}\. It can only be sent once\./);

    // Another panel's item under the spoke's address, and the hub's copy sent back: not found.
    const hubItem = await db().agendaItem.findFirstOrThrow({ where: { panelId: hub.id } });
    expect((await app().post(path(spoke.id, hubItem.id), { spokeView: "Back" }, cookie)).status).toBe(404);
    expect((await app().post(path(spoke.id, lonelyItem.id), { spokeView: "Swap" }, cookie)).status).toBe(404);
    expect((await app().fetch(path(spoke.id, "not-an-id"), { cookie })).status).toBe(404);

    expect(await db().agendaItem.count({ where: { panelId: hub.id } })).toBe(1);
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: hubItem.id } })).spokeView).toBe("First");
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: withdrawn.id } })).status).toBe("WITHDRAWN");
  });

  it("of two sends at once, one wins", async () => {
    const { hub, spoke, chair, item } = await createHubAndSpoke();
    const cookie = await app().cookieFor(chair.id);
    const path = `/panels/${spoke.id}/agenda-items/${item.id}/forward`;
    const responses = await Promise.all([app().post(path, { spokeView: "One" }, cookie), app().post(path, { spokeView: "Two" }, cookie)]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    expect(await db().agendaItem.count({ where: { panelId: hub.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "agenda-item.forwarded" } })).toBe(1);
  });
});
