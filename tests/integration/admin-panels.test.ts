// Admin pages for organisations, panels (hub and spokes) and panel roles, through real form posts.
import { describe, expect, it } from "vitest";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { db } from "../../app/services.server.ts";
import { createOrganisation, createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

async function signedIn(data: Parameters<typeof createPerson>[0] = {}) {
  const person = await createPerson(data);
  return { person, cookie: await app().cookieFor(person.id) };
}

const siteAdmin = () => signedIn({ name: "Sid Admin", isSiteAdmin: true });

/** The form fields of a panel's details, as the edit page would post them. */
function detailsForm(panel: {
  name: string;
  purpose?: string;
  termsOfReference?: string;
  timeZone?: string;
  councilId?: string | null;
  financeOrganisationId?: string | null;
  hubId?: string | null;
}): Record<string, string> {
  return {
    intent: "save-details",
    name: panel.name,
    purpose: panel.purpose ?? "",
    termsOfReference: panel.termsOfReference ?? "",
    timeZone: panel.timeZone ?? "Europe/London",
    councilId: panel.councilId ?? "",
    financeOrganisationId: panel.financeOrganisationId ?? "",
    hubId: panel.hubId ?? "",
  };
}

describe("organisations", () => {
  it("a site admin adds an organisation: it is saved trimmed, listed with its kind in words, and audited", async () => {
    const { person, cookie } = await siteAdmin();
    const response = await app().post("/admin/organisations/new", { name: "  Wessex Centre for Independent Living ", kind: "ULO" }, cookie);
    expect(response.status).toBe(302);
    const organisation = await db().organisation.findFirstOrThrow({ where: { name: "Wessex Centre for Independent Living" } });
    expect(organisation.kind).toBe("ULO");
    expect(response.headers.get("Location")).toBe(`/admin/organisations?added=${organisation.id}`);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "organisation.created", entityId: organisation.id } });
    expect(audit).toMatchObject({ actorId: person.id, entityType: "Organisation", after: { name: organisation.name, kind: "ULO" } });

    const list = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie }));
    expect(list).toContain("Wessex Centre for Independent Living has been added.");
    expect(list).toContain("User led organisation (ULO)");
    expect(list).toContain(`href="/admin/organisations/${organisation.id}"`);
    expect(list).toContain("Add an organisation");
  });

  it("a site admin changes an organisation's name and kind, and the audit keeps before and after", async () => {
    const { cookie } = await siteAdmin();
    const organisation = await createOrganisation("OTHER", "Wesex Council");
    const form = await htmlOf(await app().fetch(`/admin/organisations/${organisation.id}`, { cookie }));
    expect(form).toContain('value="Wesex Council"');

    const response = await app().post(`/admin/organisations/${organisation.id}`, { name: "Wessex Council", kind: "COUNCIL" }, cookie);
    expect(response.status).toBe(302);
    expect(await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({ name: "Wessex Council", kind: "COUNCIL" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "organisation.updated", entityId: organisation.id } });
    expect(audit.before).toEqual({ name: "Wesex Council", kind: "OTHER" });
    expect(audit.after).toEqual({ name: "Wessex Council", kind: "COUNCIL" });
  });

  it("refuses an organisation with no name or kind, with messages linked to the fields", async () => {
    const { cookie } = await siteAdmin();
    const response = await app().post("/admin/organisations/new", { name: "   ", kind: "" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Enter the organisation's name");
    expect(html).toContain("Select what kind of organisation this is");
    expect(html).toContain('href="#organisation-name"');
    expect(await db().organisation.count()).toBe(0);
  });

  it("refuses a name over 200 characters or a made-up kind, and keeps what was typed", async () => {
    const { cookie } = await siteAdmin();
    const long = "A".repeat(201);
    const tooLong = await app().post("/admin/organisations/new", { name: long, kind: "ULO" }, cookie);
    expect(tooLong.status).toBe(400);
    const html = await htmlOf(tooLong);
    expect(html).toContain("The organisation's name must be 200 characters or fewer");
    expect(html).toContain(`value="${long}"`);
    expect(html).toMatch(/id="organisation-kind-ULO"[^>]*checked=""/);

    const madeUp = await app().post("/admin/organisations/new", { name: "Bank of Wessex", kind: "BANK" }, cookie);
    expect(madeUp.status).toBe(400);
    const madeUpHtml = await htmlOf(madeUp);
    expect(madeUpHtml).toContain("Select what kind of organisation this is");
    expect(madeUpHtml).toContain('value="Bank of Wessex"');
    expect(await db().organisation.count()).toBe(0);
  });

  it("answers not found for an unknown or malformed organisation id", async () => {
    const { cookie } = await siteAdmin();
    expect((await app().fetch("/admin/organisations/00000000-0000-4000-8000-00000000abcd", { cookie })).status).toBe(404);
    expect((await app().fetch("/admin/organisations/1", { cookie })).status).toBe(404);
    expect((await app().post("/admin/organisations/00000000-0000-4000-8000-00000000abcd", { name: "X", kind: "OTHER" }, cookie)).status).toBe(404);
    expect((await app().post("/admin/organisations/1'%20OR%201=1", { name: "X", kind: "OTHER" }, cookie)).status).toBe(404);
  });
});

describe("panels", () => {
  it("a site admin adds a spoke panel with a council and a ULO; it is saved tidy and audited", async () => {
    const { person, cookie } = await siteAdmin();
    const council = await createOrganisation("COUNCIL");
    const ulo = await createOrganisation("ULO");
    const hub = await createPanel({ name: "Hub panel" });
    const response = await app().post(
      "/admin/panels/new",
      {
        name: " Young carers' spoke ",
        purpose: "Young carers bring their views to the hub.",
        termsOfReference: "First term\r\n\r\n   Second term  \r\n",
        timeZone: "europe/london",
        councilId: council.id,
        financeOrganisationId: ulo.id,
        hubId: hub.id,
      },
      cookie,
    );
    expect(response.status).toBe(302);
    const panel = await db().panel.findFirstOrThrow({ where: { name: "Young carers' spoke" } });
    expect(response.headers.get("Location")).toBe(`/admin/panels/${panel.id}?created=1`);
    expect(panel).toMatchObject({
      termsOfReference: "First term\nSecond term",
      timeZone: "Europe/London",
      councilId: council.id,
      financeOrganisationId: ulo.id,
      hubId: hub.id,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "panel.created", entityId: panel.id } });
    expect(audit).toMatchObject({ actorId: person.id, panelId: panel.id, after: { name: "Young carers' spoke", hubId: hub.id } });

    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie }));
    expect(page).toContain("Young carers' spoke has been added. Now add people to it.");
    const list = await htmlOf(await app().fetch("/admin/panels", { cookie }));
    expect(list).toContain("Young carers' spoke");
    expect(list).toContain(council.name);
    expect(list).toContain(ulo.name);
    expect(list).toContain("Add a panel");
  });

  it("counts each panel's members in the list", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel({ name: "Counted panel" });
    await createPerson({ roles: [{ panelId: panel.id, role: "MEMBER" }, { panelId: panel.id, role: "CHAIR" }] });
    await createPerson({ roles: [{ panelId: panel.id, role: "MEMBER" }] });
    await createPerson({ roles: [{ panelId: panel.id, role: "OFFICER" }] });
    const list = await htmlOf(await app().fetch("/admin/panels", { cookie }));
    expect(list).toMatch(/Counted panel[\s\S]*?govuk-table__cell--numeric">2</);
  });

  it("refuses a panel without a name, with a made-up time zone, or with organisations of the wrong kind, keeping what was typed", async () => {
    const { cookie } = await siteAdmin();
    const ulo = await createOrganisation("ULO", "Only a ULO");
    const noName = await app().post("/admin/panels/new", { name: "  ", purpose: "Kept purpose", termsOfReference: "Kept term", timeZone: "Europe/London" }, cookie);
    expect(noName.status).toBe(400);
    const noNameHtml = await htmlOf(noName);
    expect(noNameHtml).toContain("Enter the panel's name");
    expect(noNameHtml).toContain('href="#panel-name"');
    expect(noNameHtml).toContain(">Kept purpose</textarea>");
    expect(noNameHtml).toContain(">Kept term</textarea>");

    const badZone = await app().post("/admin/panels/new", { name: "Zone panel", timeZone: "Mars/Olympus_Mons" }, cookie);
    expect(badZone.status).toBe(400);
    const badZoneHtml = await htmlOf(badZone);
    expect(badZoneHtml).toContain("Enter a real time zone, like Europe/London");
    expect(badZoneHtml).toContain('value="Mars/Olympus_Mons"');
    expect(badZoneHtml).toContain('value="Zone panel"');

    const offset = await app().post("/admin/panels/new", { name: "Offset panel", timeZone: "+01:00" }, cookie);
    expect(offset.status).toBe(400);

    const wrongKind = await app().post("/admin/panels/new", { name: "Kind panel", timeZone: "Europe/London", councilId: ulo.id, financeOrganisationId: ulo.id }, cookie);
    expect(wrongKind.status).toBe(400);
    const wrongKindPage = await pageOf(wrongKind);
    expect(wrongKindPage.h1()).toBe("Add a panel");
    expect(wrongKindPage.errorSummary().map((error) => error.message)).toEqual(["Select a council from the list"]);
    expect(wrongKindPage.errorFor("Council")).toBe("Select a council from the list");
    expect(wrongKindPage.errorFor(/^User led organisation/)).toBeUndefined();
    expect(wrongKindPage.formValues()).toMatchObject({ name: "Kind panel" });

    const forged = await app().post("/admin/panels/new", { name: "Forged panel", timeZone: "Europe/London", hubId: "not-an-id" }, cookie);
    expect(forged.status).toBe(400);
    expect(await htmlOf(forged)).toContain("Select a hub panel from the list");
    expect(await db().panel.count()).toBe(0);
  });

  it("refuses a spoke group as a hub: hub and spokes go one level deep", async () => {
    const { cookie } = await siteAdmin();
    const hub = await createPanel({ name: "Top panel" });
    const spoke = await createPanel({ name: "Spoke group one", hubId: hub.id });
    const response = await app().post("/admin/panels/new", { name: "Spoke of a spoke", timeZone: "Europe/London", hubId: spoke.id }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Spoke group one is a spoke group, so it cannot be a hub");
    expect(html).toContain('value="Spoke of a spoke"');
    expect(await db().panel.count({ where: { name: "Spoke of a spoke" } })).toBe(0);
  });

  it("a panel cannot be its own hub", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel({ name: "Self panel" });
    const response = await app().post(`/admin/panels/${panel.id}`, detailsForm({ name: "Self panel renamed", hubId: panel.id }), cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("A panel cannot be its own hub");
    expect(html).toContain('value="Self panel renamed"');
    expect(await db().panel.findUniqueOrThrow({ where: { id: panel.id } })).toMatchObject({ name: "Self panel", hubId: null });
  });

  it("a panel with spoke groups cannot become a spoke, not even of one of its own spokes", async () => {
    const { cookie } = await siteAdmin();
    const hub = await createPanel({ name: "Hub with spokes" });
    const spoke = await createPanel({ name: "Its spoke", hubId: hub.id });
    const other = await createPanel({ name: "Another hub" });
    for (const target of [spoke, other]) {
      const response = await app().post(`/admin/panels/${hub.id}`, detailsForm({ name: "Hub with spokes", hubId: target.id }), cookie);
      expect(response.status).toBe(400);
      expect(await htmlOf(response)).toContain("This panel has spoke groups, so it cannot be a spoke of another panel");
    }
    expect((await db().panel.findUniqueOrThrow({ where: { id: hub.id } })).hubId).toBeNull();
  });

  it("saves changed details and audits only the fields that changed", async () => {
    const { person, cookie } = await siteAdmin();
    const council = await createOrganisation("COUNCIL");
    const panel = await createPanel({ name: "Old name" });
    const response = await app().post(
      `/admin/panels/${panel.id}`,
      detailsForm({ name: "New name", timeZone: "Europe/Dublin", councilId: council.id }),
      cookie,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/admin/panels/${panel.id}?saved=1`);
    expect(await db().panel.findUniqueOrThrow({ where: { id: panel.id } })).toMatchObject({
      name: "New name",
      timeZone: "Europe/Dublin",
      councilId: council.id,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "panel.updated", entityId: panel.id } });
    expect(audit).toMatchObject({ actorId: person.id, panelId: panel.id });
    expect(audit.before).toEqual({ name: "Old name", timeZone: "Europe/London", councilId: null });
    expect(audit.after).toEqual({ name: "New name", timeZone: "Europe/Dublin", councilId: council.id });

    // Saving again with nothing changed writes no audit entry.
    await app().post(`/admin/panels/${panel.id}`, detailsForm({ name: "New name", timeZone: "Europe/Dublin", councilId: council.id }), cookie);
    expect(await db().auditEvent.count({ where: { action: "panel.updated" } })).toBe(1);
  });

  it("changing the terms of reference here adds to their history, keeping the text it replaced", async () => {
    const { person, cookie } = await siteAdmin();
    const panel = await createPanel({ name: "Wessex panel" });
    await db().panel.update({ where: { id: panel.id }, data: { termsOfReference: "Meet every two months" } });
    await app().post(`/admin/panels/${panel.id}`, detailsForm({ name: "Wessex panel", termsOfReference: "Meet every month" }), cookie);
    await app().post(`/admin/panels/${panel.id}`, detailsForm({ name: "Wessex panel", termsOfReference: "Meet every month" }), cookie);
    const versions = await db().termsOfReferenceVersion.findMany({ where: { panelId: panel.id }, orderBy: { createdAt: "asc" } });
    expect(versions.map((v) => [v.text, v.editedById])).toEqual([
      ["Meet every two months", null],
      ["Meet every month", person.id],
    ]);
  });

  it("refuses invalid details on the edit page with status 400 and keeps what was typed", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel({ name: "Edit me" });
    const response = await app().post(`/admin/panels/${panel.id}`, { ...detailsForm({ name: "", purpose: "Typed purpose" }), timeZone: "Nowhere/Land" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Enter the panel's name");
    expect(html).toContain("Enter a real time zone, like Europe/London");
    expect(html).toContain('href="#panel-details-name"');
    expect(html).toContain(">Typed purpose</textarea>");
    expect(html).toContain('value="Nowhere/Land"');
    expect((await db().panel.findUniqueOrThrow({ where: { id: panel.id } })).name).toBe("Edit me");
  });
});

describe("panel roles", () => {
  it("a site admin gives a person a role, and then a second role, each audited", async () => {
    const { person: admin, cookie } = await siteAdmin();
    const panel = await createPanel();
    const priya = await createPerson({ name: "Priya Shah" });
    const added = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: priya.id, role: "MEMBER", consent: "on" }, cookie);
    expect(added.status).toBe(302);
    const membership = await db().membership.findFirstOrThrow({ where: { panelId: panel.id, personId: priya.id, role: "MEMBER" } });
    expect(added.headers.get("Location")).toBe(`/admin/panels/${panel.id}?added=${membership.id}`);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "membership.added", entityId: membership.id } });
    expect(audit).toMatchObject({ actorId: admin.id, panelId: panel.id, after: { personId: priya.id, role: "MEMBER" } });
    const page = await htmlOf(await app().fetch(added.headers.get("Location")!, { cookie }));
    expect(page).toContain("Priya Shah is now a Member on this panel.");
    expect(page).toContain("Remove<span class=\"govuk-visually-hidden\"> Member role from Priya Shah</span>");

    const chair = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: priya.id, role: "CHAIR", consent: "on" }, cookie);
    expect(chair.status).toBe(302);
    expect(await db().membership.count({ where: { panelId: panel.id, personId: priya.id } })).toBe(2);
  });

  it("refuses a role the person already has, naming them and the role", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel();
    const priya = await createPerson({ name: "Priya Shah", roles: [{ panelId: panel.id, role: "OFFICER" }] });
    const response = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: priya.id, role: "OFFICER", consent: "on" }, cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Priya Shah is already a Council officer on this panel");
    expect(html).toContain('href="#add-membership-personId"');
    expect(html).toMatch(new RegExp(`value="${priya.id}" selected=""`));
    expect(html).toMatch(/id="add-membership-role-OFFICER"[^>]*checked=""/);
    expect(await db().membership.count({ where: { panelId: panel.id } })).toBe(1);
  });

  it("refuses a missing person or role, a deactivated person, and a made-up role", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel();
    const gone = await createPerson({ name: "Gone Person", active: false });
    const empty = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: "", role: "" }, cookie);
    expect(empty.status).toBe(400);
    const emptyHtml = await htmlOf(empty);
    expect(emptyHtml).toContain("Select a person");
    expect(emptyHtml).toContain("Select a role");

    const inactive = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: gone.id, role: "MEMBER" }, cookie);
    expect(inactive.status).toBe(400);
    expect(await htmlOf(inactive)).toContain("Select a person from the list");

    const madeUp = await app().post(`/admin/panels/${panel.id}`, { intent: "add-membership", personId: gone.id, role: "OWNER" }, cookie);
    expect(madeUp.status).toBe(400);
    expect(await db().membership.count()).toBe(0);
  });

  it("removes a role and audits it", async () => {
    const { person: admin, cookie } = await siteAdmin();
    const panel = await createPanel();
    const priya = await createPerson({ name: "Priya Shah", roles: [{ panelId: panel.id, role: "MEMBER" }] });
    const membership = await db().membership.findFirstOrThrow({ where: { personId: priya.id } });
    const response = await app().post(`/admin/panels/${panel.id}`, { intent: "remove-membership", membershipId: membership.id }, cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/admin/panels/${panel.id}?removed=1`);
    expect(await db().membership.count({ where: { id: membership.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "membership.removed", entityId: membership.id } });
    expect(audit).toMatchObject({ actorId: admin.id, panelId: panel.id, before: { personId: priya.id, role: "MEMBER" } });
  });
});

describe("who may use the admin pages", () => {
  const nonAdminRoles: PanelRole[] = ["MEMBER", "CHAIR", "OFFICER", "FINANCE"];

  it.each(nonAdminRoles)("a person with the %s role (not an admin) is refused every admin page", async (role) => {
    const panel = await createPanel();
    const organisation = await createOrganisation();
    const { cookie } = await signedIn({ roles: [{ panelId: panel.id, role }] });
    for (const path of ["/admin/organisations", "/admin/organisations/new", `/admin/organisations/${organisation.id}`, "/admin/panels", "/admin/panels/new"]) {
      expect((await app().fetch(path, { cookie })).status, path).toBe(403);
    }
    // In the panel but without the admin role: may not, rather than not found.
    expect((await app().fetch(`/admin/panels/${panel.id}`, { cookie })).status).toBe(403);
    expect((await app().post("/admin/organisations/new", { name: "Sneaky", kind: "OTHER" }, cookie)).status).toBe(403);
    expect((await app().post("/admin/panels/new", { name: "Sneaky", timeZone: "Europe/London" }, cookie)).status).toBe(403);
    expect((await app().post(`/admin/panels/${panel.id}`, detailsForm({ name: "Sneaky" }), cookie)).status).toBe(403);
    expect(await db().organisation.count({ where: { name: "Sneaky" } })).toBe(0);
    expect(await db().panel.count({ where: { name: "Sneaky" } })).toBe(0);
  });

  it("someone signed out is sent to sign in", async () => {
    const response = await app().fetch("/admin/panels");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in?returnTo=%2Fadmin%2Fpanels");
  });

  it("a panel admin sees only their own panels, and cannot add panels or organisations", async () => {
    const own = await createPanel({ name: "Own panel" });
    await createPanel({ name: "Someone else's panel" });
    const { cookie } = await signedIn({ roles: [{ panelId: own.id, role: "ADMIN" }] });
    const list = await pageOf(await app().fetch("/admin/panels", { cookie }));
    expect(list.h1()).toBe("Panels");
    expect(list.mainText()).toContain("Own panel");
    // Other panels must not reach their browser at all: the whole markup, page data included.
    expect(list.source).not.toContain("Someone else's panel");
    expect(list.hasLink("Add a panel")).toBe(false);
    expect(list.linksTo("/admin/panels/new")).toEqual([]);
    expect((await app().fetch("/admin/panels/new", { cookie })).status).toBe(403);
    expect((await app().fetch("/admin/organisations", { cookie })).status).toBe(403);
  });

  it("a panel admin of one panel is told another panel is not found, and changes nothing there", async () => {
    const own = await createPanel({ name: "Panel A" });
    const other = await createPanel({ name: "Panel B" });
    const priya = await createPerson({ name: "Priya Shah" });
    const { cookie } = await signedIn({ roles: [{ panelId: own.id, role: "ADMIN" }] });
    expect((await app().fetch(`/admin/panels/${other.id}`, { cookie })).status).toBe(404);
    expect((await app().post(`/admin/panels/${other.id}`, detailsForm({ name: "Taken over" }), cookie)).status).toBe(404);
    expect((await app().post(`/admin/panels/${other.id}`, { intent: "add-membership", personId: priya.id, role: "ADMIN" }, cookie)).status).toBe(404);
    expect((await db().panel.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Panel B");
    expect(await db().membership.count({ where: { panelId: other.id } })).toBe(0);
  });

  it("a panel admin cannot change their panel's council, ULO or hub with a forged form, but other details are saved", async () => {
    const council = await createOrganisation("COUNCIL");
    const otherCouncil = await createOrganisation("COUNCIL");
    const ulo = await createOrganisation("ULO");
    const hub = await createPanel({ name: "Their hub" });
    const otherHub = await createPanel({ name: "Another hub" });
    const own = await db().panel.create({ data: { name: "Own spoke", councilId: council.id, hubId: hub.id } });
    const { cookie } = await signedIn({ roles: [{ panelId: own.id, role: "ADMIN" }] });

    const page = await pageOf(await app().fetch(`/admin/panels/${own.id}`, { cookie }));
    expect(page.h1()).toBe("Own spoke");
    expect(page.mainText()).toContain("Only a site admin can change the council");
    expect(page.hasField("Hub panel")).toBe(false);
    expect([...page.document.querySelectorAll('[name="hubId"]')]).toEqual([]);

    const response = await app().post(
      `/admin/panels/${own.id}`,
      detailsForm({ name: "Own spoke, renamed", councilId: otherCouncil.id, financeOrganisationId: ulo.id, hubId: otherHub.id }),
      cookie,
    );
    expect(response.status).toBe(302);
    const saved = await db().panel.findUniqueOrThrow({ where: { id: own.id } });
    expect(saved).toMatchObject({ name: "Own spoke, renamed", councilId: council.id, financeOrganisationId: null, hubId: hub.id });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "panel.updated", entityId: own.id } });
    expect(audit.after).toEqual({ name: "Own spoke, renamed" });

    // Emptying the fields does not unlink them either.
    await app().post(`/admin/panels/${own.id}`, detailsForm({ name: "Own spoke, renamed", councilId: "", hubId: "" }), cookie);
    expect(await db().panel.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ councilId: council.id, hubId: hub.id });
  });

  it("a panel admin adds and removes roles on their own panel", async () => {
    const own = await createPanel();
    const { person: admin, cookie } = await signedIn({ roles: [{ panelId: own.id, role: "ADMIN" }] });
    const sam = await createPerson({ name: "Sam Taylor" });
    const added = await app().post(`/admin/panels/${own.id}`, { intent: "add-membership", personId: sam.id, role: "MEMBER", consent: "on" }, cookie);
    expect(added.status).toBe(302);
    const membership = await db().membership.findFirstOrThrow({ where: { panelId: own.id, personId: sam.id } });
    const removed = await app().post(`/admin/panels/${own.id}`, { intent: "remove-membership", membershipId: membership.id }, cookie);
    expect(removed.status).toBe(302);
    expect(await db().membership.count({ where: { personId: sam.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { actorId: admin.id, panelId: own.id, action: { in: ["membership.added", "membership.removed"] } } })).toBe(2);
  });

  it("a panel admin cannot remove their own admin role", async () => {
    const own = await createPanel();
    const { person, cookie } = await signedIn({ roles: [{ panelId: own.id, role: "ADMIN" }] });
    const membership = await db().membership.findFirstOrThrow({ where: { personId: person.id } });
    const response = await app().post(`/admin/panels/${own.id}`, { intent: "remove-membership", membershipId: membership.id }, cookie);
    expect(response.status).toBe(400);
    expect(await htmlOf(response)).toContain("You cannot remove your own Panel admin role");
    expect(await db().membership.count({ where: { id: membership.id } })).toBe(1);
  });

  it("removing another panel's role through this panel's address is not found, and removes nothing", async () => {
    const own = await createPanel();
    const other = await createPanel();
    const { cookie } = await signedIn({ roles: [{ panelId: own.id, role: "ADMIN" }] });
    const victim = await createPerson({ roles: [{ panelId: other.id, role: "CHAIR" }] });
    const membership = await db().membership.findFirstOrThrow({ where: { personId: victim.id } });
    const response = await app().post(`/admin/panels/${own.id}`, { intent: "remove-membership", membershipId: membership.id }, cookie);
    expect(response.status).toBe(404);
    expect(await db().membership.count({ where: { id: membership.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "membership.removed" } })).toBe(0);

    // Not even a site admin can reach it through the wrong panel.
    const { cookie: adminCookie } = await siteAdmin();
    expect((await app().post(`/admin/panels/${own.id}`, { intent: "remove-membership", membershipId: membership.id }, adminCookie)).status).toBe(404);
    expect(await db().membership.count({ where: { id: membership.id } })).toBe(1);
  });

  it("a malformed or unknown panel id in the address is not found", async () => {
    const { cookie } = await siteAdmin();
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-00000000abcd", "%00"]) {
      expect((await app().fetch(`/admin/panels/${id}`, { cookie })).status, id).toBe(404);
      expect((await app().post(`/admin/panels/${id}`, detailsForm({ name: "X" }), cookie)).status, id).toBe(404);
    }
  });

  it("an unknown or missing intent is a bad request", async () => {
    const { cookie } = await siteAdmin();
    const panel = await createPanel({ name: "Intent panel" });
    expect((await app().post(`/admin/panels/${panel.id}`, { intent: "delete-panel" }, cookie)).status).toBe(400);
    expect((await app().post(`/admin/panels/${panel.id}`, { name: "No intent" }, cookie)).status).toBe(400);
    expect(await db().panel.count({ where: { name: "Intent panel" } })).toBe(1);
  });
});
