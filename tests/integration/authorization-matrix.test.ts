// The authorisation matrix: every route × every kind of person → allowed or refused, checked on
// the real server. Every later feature adds its routes here.
//   allowed:   the page or action was reached (200, a redirect elsewhere, or 400 for an empty form)
//   signIn:    sent to sign in;  forbidden: 403;  notFound: 404 (outsiders cannot probe ids)
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createOrganisation, createPanel, createPerson } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const people = ["anonymous", "member", "chair", "officer", "finance", "panelAdmin", "siteAdmin", "outsider"] as const;
type Who = (typeof people)[number];
type Outcome = "allowed" | "signIn" | "forbidden" | "notFound";

type Ids = { panel: string; otherPanel: string; person: string; organisation: string };
type Row = { route: (ids: Ids) => string; method?: "GET" | "POST"; form?: Record<string, string>; expect: Record<Who, Outcome> };

const everyone = (outcome: Outcome): Record<Who, Outcome> => Object.fromEntries(people.map((p) => [p, outcome])) as Record<Who, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> => ({
  ...everyone(outcome),
  anonymous: "signIn",
  ...overrides,
});
const siteAdminOnly = signedIn("forbidden", { siteAdmin: "allowed" });
const anyAdmin = signedIn("forbidden", { panelAdmin: "allowed", siteAdmin: "allowed" });

const matrix: Row[] = [
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
  const role = (r: "MEMBER" | "CHAIR" | "OFFICER" | "FINANCE" | "ADMIN") => [{ panelId: panel.id, role: r }];
  const made = {
    member: await createPerson({ roles: role("MEMBER") }),
    chair: await createPerson({ roles: [...role("MEMBER"), ...role("CHAIR")] }),
    officer: await createPerson({ roles: role("OFFICER") }),
    finance: await createPerson({ roles: role("FINANCE") }),
    panelAdmin: await createPerson({ roles: role("ADMIN") }),
    siteAdmin: await createPerson({ isSiteAdmin: true }),
    outsider: await createPerson({ roles: [{ panelId: otherPanel.id, role: "MEMBER" }] }),
  };
  ids = { panel: panel.id, otherPanel: otherPanel.id, person: made.member.id, organisation: organisation.id };
  cookies = { anonymous: undefined } as Record<Who, string | undefined>;
  for (const [who, person] of Object.entries(made)) cookies[who as Who] = await app().cookieFor(person.id);
});

function classify(response: Response): Outcome | `unexpected ${number}` {
  const location = response.headers.get("Location") ?? "";
  if (response.status === 302 && location.startsWith("/sign-in")) return "signIn";
  if (response.status === 403) return "forbidden";
  if (response.status === 404) return "notFound";
  if ([200, 302, 303, 400].includes(response.status)) return "allowed";
  return `unexpected ${response.status}`;
}

describe("the authorisation matrix", () => {
  for (const row of matrix) {
    const method = row.method ?? "GET";
    const label = row.route({ panel: ":panel", otherPanel: ":otherPanel", person: ":person", organisation: ":organisation" });
    it(`${method} ${label}`, async () => {
      const results: Partial<Record<Who, string>> = {};
      for (const who of people) {
        const path = row.route(ids);
        const response =
          method === "GET" ? await app().fetch(path, { cookie: cookies[who] }) : await app().post(path, row.form ?? {}, cookies[who]);
        results[who] = classify(response);
      }
      expect(results).toEqual(row.expect);
    });
  }

  it("changes nothing when a refused person posts", async () => {
    const before = await db().auditEvent.count();
    await app().post("/admin/organisations/new", { name: "Sneaky", kind: "COUNCIL" }, cookies.chair);
    await app().post("/admin/people/new", { name: "Sneaky", email: "sneaky@example.org" }, cookies.panelAdmin);
    expect(await db().organisation.count({ where: { name: "Sneaky" } })).toBe(0);
    expect(await db().person.count({ where: { email: "sneaky@example.org" } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });
});
