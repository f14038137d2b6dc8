// The authorisation matrix for invitations, joining, removals, organisations and spoke forwarding:
// every new route × every kind of person, on the real server, plus id swapping. Follows
// tests/integration/authorization-matrix.test.ts; outcomes as in tests/support/authorization.ts.
// Here "panel" is a spoke group of "hub".
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { cookiesFor, createPeople, defineMatrixTests, everyone, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createOrganisation, createPanel, createPerson } from "../support/factories.ts";
import { createInvitation } from "../support/joining.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; item: string; otherItem: string; token: string; requester: string; person: string };

// The chair, the panel's admins and site admins manage invitations; and speak for a spoke group.
const chairOrAdmin = signedIn("forbidden", { chair: "allowed", panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" });
const siteAdminOnly = signedIn("forbidden", { siteAdmin: "allowed" });
const swapped = signedIn("notFound");

const matrix: Row<Ids>[] = [
  { route: (ids) => `/panels/${ids.panel}/invitations`, expect: chairOrAdmin },
  { route: (ids) => `/panels/${ids.panel}/invitations`, method: "POST", form: {}, expect: chairOrAdmin },
  { route: (ids) => `/panels/${ids.panel}/invitations`, method: "POST", form: { intent: "revoke" }, expect: chairOrAdmin },
  // The outsider chairs the other panel: only they and site admins reach its invitations.
  { route: (ids) => `/panels/${ids.otherPanel}/invitations`, expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" }) },
  { route: () => "/panels/not-an-id/invitations", expect: everyone("notFound") },
  // Anyone may open a link; a link that does not work is the same calm page for everyone.
  { route: (ids) => `/join/${ids.token}`, expect: everyone("allowed") },
  { route: (ids) => `/join/${ids.token}`, method: "POST", form: {}, expect: everyone("allowed") },
  { route: () => `/join/${"Z".repeat(43)}`, expect: everyone("notFound") },
  { route: () => "/join/not-a-token", expect: everyone("notFound") },
  { route: () => "/admin/removals", expect: siteAdminOnly },
  { route: () => "/admin/removals", method: "POST", form: {}, expect: signedIn("forbidden", { siteAdmin: "noSuchAction" }) },
  { route: (ids) => `/admin/removals/${ids.requester}`, expect: siteAdminOnly },
  { route: (ids) => `/admin/removals/${ids.person}`, expect: signedIn("forbidden", { siteAdmin: "notFound" }) },
  { route: () => "/admin/removals/not-an-id", expect: signedIn("forbidden", { siteAdmin: "notFound" }) },
  { route: (ids) => `/admin/people/${ids.person}`, method: "POST", form: { intent: "organisations" }, expect: siteAdminOnly },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.item}/forward`, expect: chairOrAdmin },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.item}/forward`, method: "POST", form: {}, expect: chairOrAdmin },
  // The other panel has no hub: there is nothing to send to, even for its chair.
  { route: (ids) => `/panels/${ids.otherPanel}/agenda-items/${ids.otherItem}/forward`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.otherItem}/forward`, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.otherItem}/forward`, method: "POST", form: { spokeView: "x" }, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/not-an-id/forward`, expect: signedIn("notFound") },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const hub = await createPanel({ name: "Hub" });
  const panel = await createPanel({ name: "Panel A", hubId: hub.id });
  const otherPanel = await createPanel({ name: "Panel B" });
  await createOrganisation("ULO");
  const made = await createPeople(panel.id, otherPanel.id, { outsiderChairs: true });
  const item = await createAgendaItem(panel.id, made.member.id);
  const otherItem = await createAgendaItem(otherPanel.id, made.outsider.id);
  const { token } = await createInvitation(panel.id, made.chair.id, { maxUses: 100 });
  const requester = await createPerson({ name: "Wants Out" });
  await db().person.update({ where: { id: requester.id }, data: { removalRequestedAt: new Date() } });
  ids = { panel: panel.id, otherPanel: otherPanel.id, item: item.id, otherItem: otherItem.id, token, requester: requester.id, person: made.member.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for joining, removals, organisations and forwarding", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    intentInTitle: true,
    placeholders: {
      panel: ":spoke",
      otherPanel: ":otherPanel",
      item: ":item",
      otherItem: ":otherPanelsItem",
      token: ":token",
      requester: ":requester",
      person: ":personWhoDidNotAsk",
    },
  });

  it("changes nothing when a refused person posts, or when an id is swapped", async () => {
    const before = await db().auditEvent.count();
    const link = { intent: "create", role: "ADMIN", expiresInDays: "14", maxUses: "1" };
    await app().post(`/panels/${ids.panel}/invitations`, link, cookies.member);
    await app().post(`/panels/${ids.panel}/invitations`, link, cookies.outsider);
    await app().post(`/panels/${ids.panel}/invitations`, link, cookies.officer);
    await app().post(`/panels/${ids.panel}/invitations`, link, cookies.chair);
    await app().post(`/admin/removals/${ids.requester}`, {}, cookies.panelAdmin);
    await app().post(`/admin/removals/${ids.requester}`, {}, cookies.chair);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.item}/forward`, { spokeView: "Sneaky" }, cookies.member);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.item}/forward`, { spokeView: "Sneaky" }, cookies.outsider);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.otherItem}/forward`, { spokeView: "Sneaky" }, cookies.siteAdmin);
    await app().post(`/panels/${ids.otherPanel}/agenda-items/${ids.otherItem}/forward`, { spokeView: "Sneaky" }, cookies.outsider);
    expect(await db().panelInvitation.count()).toBe(1);
    expect((await db().person.findUniqueOrThrow({ where: { id: ids.requester } })).anonymisedAt).toBeNull();
    expect(await db().agendaItem.count({ where: { spokeView: "Sneaky" } })).toBe(0);
    expect(await db().agendaItem.count({ where: { status: "FORWARDED" } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });
});
