// The authorisation matrix for invitations, joining, removals, organisations and spoke forwarding:
// every new route × every kind of person, on the real server, plus id swapping. Follows
// tests/integration/authorization-matrix.test.ts. Here "panel" is a spoke group of "hub".
//   allowed:   the page or action was reached (200, a redirect elsewhere, or 400 for an empty form)
//   signIn:    sent to sign in;  forbidden: 403;  notFound: 404 (outsiders cannot probe ids)
//   noSuchAction: 405, a POST to a read-only page by someone allowed to read it
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { createOrganisation, createPanel, createPerson } from "../support/factories.ts";
import { createInvitation } from "../support/joining.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const people = ["anonymous", "member", "chair", "officer", "finance", "panelAdmin", "siteAdmin", "outsider"] as const;
type Who = (typeof people)[number];
type Outcome = "allowed" | "signIn" | "forbidden" | "notFound" | "noSuchAction";

type Ids = { panel: string; otherPanel: string; item: string; otherItem: string; token: string; requester: string; person: string };
type Row = { route: (ids: Ids) => string; method?: "GET" | "POST"; form?: Record<string, string>; expect: Record<Who, Outcome> };

const everyone = (outcome: Outcome): Record<Who, Outcome> => Object.fromEntries(people.map((p) => [p, outcome])) as Record<Who, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> => ({
  ...everyone(outcome),
  anonymous: "signIn",
  ...overrides,
});

// The chair, the panel's admins and site admins manage invitations; and speak for a spoke group.
const chairOrAdmin = signedIn("forbidden", { chair: "allowed", panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" });
const siteAdminOnly = signedIn("forbidden", { siteAdmin: "allowed" });
const swapped = signedIn("notFound");

const matrix: Row[] = [
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
  const role = (r: "MEMBER" | "CHAIR" | "OFFICER" | "FINANCE" | "ADMIN") => [{ panelId: panel.id, role: r }];
  const made = {
    member: await createPerson({ roles: role("MEMBER") }),
    chair: await createPerson({ roles: [...role("MEMBER"), ...role("CHAIR")] }),
    officer: await createPerson({ roles: role("OFFICER") }),
    finance: await createPerson({ roles: role("FINANCE") }),
    panelAdmin: await createPerson({ roles: role("ADMIN") }),
    siteAdmin: await createPerson({ isSiteAdmin: true }),
    outsider: await createPerson({ roles: [{ panelId: otherPanel.id, role: "MEMBER" }, { panelId: otherPanel.id, role: "CHAIR" }] }),
  };
  const item = await createAgendaItem(panel.id, made.member.id);
  const otherItem = await createAgendaItem(otherPanel.id, made.outsider.id);
  const { token } = await createInvitation(panel.id, made.chair.id, { maxUses: 100 });
  const requester = await createPerson({ name: "Wants Out" });
  await db().person.update({ where: { id: requester.id }, data: { removalRequestedAt: new Date() } });
  ids = { panel: panel.id, otherPanel: otherPanel.id, item: item.id, otherItem: otherItem.id, token, requester: requester.id, person: made.member.id };
  cookies = { anonymous: undefined } as Record<Who, string | undefined>;
  for (const [who, person] of Object.entries(made)) cookies[who as Who] = await app().cookieFor(person.id);
});

function classify(response: Response): Outcome | `unexpected ${number}` {
  const location = response.headers.get("Location") ?? "";
  if (response.status === 302 && location.startsWith("/sign-in")) return "signIn";
  if (response.status === 403) return "forbidden";
  if (response.status === 404) return "notFound";
  if (response.status === 405) return "noSuchAction";
  if ([200, 302, 303, 400].includes(response.status)) return "allowed";
  return `unexpected ${response.status}`;
}

describe("the authorisation matrix for joining, removals, organisations and forwarding", () => {
  for (const row of matrix) {
    const method = row.method ?? "GET";
    const label = row.route({
      panel: ":spoke",
      otherPanel: ":otherPanel",
      item: ":item",
      otherItem: ":otherPanelsItem",
      token: ":token",
      requester: ":requester",
      person: ":personWhoDidNotAsk",
    });
    it(`${method} ${label}${row.form?.intent ? ` (${row.form.intent})` : ""}`, async () => {
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
