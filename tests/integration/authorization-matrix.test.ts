// The authorisation matrix: every route × every kind of person → allowed or refused, checked on
// the real server. Every later feature adds its routes here. Outcomes as in
// tests/support/authorization.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { cookiesFor, createPeople, defineMatrixTests, everyone, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createOrganisation, createPanel } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; person: string; organisation: string };

const siteAdminOnly = signedIn("forbidden", { siteAdmin: "allowed" });
const anyAdmin = signedIn("forbidden", { panelAdmin: "allowed", siteAdmin: "allowed" });

const matrix: Row<Ids>[] = [
  { route: () => "/", expect: everyone("allowed") },
  { route: () => "/settings/display", expect: everyone("allowed") },
  { route: () => "/demo", expect: everyone("allowed") },
  { route: () => "/account", expect: signedIn("allowed") },
  { route: (ids) => `/panels/${ids.panel}`, expect: signedIn("allowed", { outsider: "notFound" }) },
  {
    route: (ids) => `/panels/${ids.otherPanel}`,
    expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" }),
  },
  { route: () => "/panels/not-an-id", expect: signedIn("notFound", { anonymous: "notFound" }) },
  { route: () => "/admin", expect: anyAdmin },
  { route: () => "/admin/panels", expect: anyAdmin },
  { route: () => "/admin/panels/new", expect: siteAdminOnly },
  {
    route: (ids) => `/admin/panels/${ids.panel}`,
    expect: signedIn("forbidden", { panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" }),
  },
  {
    route: (ids) => `/admin/panels/${ids.otherPanel}`,
    expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "forbidden" }),
  },
  {
    route: (ids) => `/admin/panels/${ids.otherPanel}`,
    method: "POST",
    form: { intent: "add-membership" },
    expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "forbidden" }),
  },
  { route: () => "/admin/organisations", expect: siteAdminOnly },
  { route: () => "/admin/organisations/new", expect: siteAdminOnly },
  { route: () => "/admin/organisations/new", method: "POST", form: {}, expect: siteAdminOnly },
  { route: (ids) => `/admin/organisations/${ids.organisation}`, expect: siteAdminOnly },
  { route: () => "/admin/people", expect: siteAdminOnly },
  { route: () => "/admin/people/new", expect: siteAdminOnly },
  { route: () => "/admin/people/new", method: "POST", form: {}, expect: siteAdminOnly },
  { route: (ids) => `/admin/people/${ids.person}`, expect: siteAdminOnly },
  { route: () => "/admin/audit", expect: siteAdminOnly },
  { route: () => "/admin/outbox", expect: siteAdminOnly },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  const organisation = await createOrganisation("COUNCIL");
  const made = await createPeople(panel.id, otherPanel.id);
  ids = { panel: panel.id, otherPanel: otherPanel.id, person: made.member.id, organisation: organisation.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    placeholders: { panel: ":panel", otherPanel: ":otherPanel", person: ":person", organisation: ":organisation" },
  });

  it("changes nothing when a refused person posts", async () => {
    const before = await db().auditEvent.count();
    await app().post("/admin/organisations/new", { name: "Sneaky", kind: "COUNCIL" }, cookies.chair);
    await app().post("/admin/people/new", { name: "Sneaky", email: "sneaky@example.org" }, cookies.panelAdmin);
    expect(await db().organisation.count({ where: { name: "Sneaky" } })).toBe(0);
    expect(await db().person.count({ where: { email: "sneaky@example.org" } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });
});
