// The authorisation matrix for profiles and communication needs (issue 4), in the approach of
// authorization-matrix.test.ts: every route × every kind of person → allowed or refused.
//   allowed:   the page or action was reached (200, a redirect elsewhere, or 400 for an empty form)
//   signIn:    sent to sign in;  forbidden: 403;  notFound: 404 (outsiders cannot probe ids)
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { createNeeds, needsForm } from "../support/needs-factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const people = ["anonymous", "member", "chair", "officer", "finance", "panelAdmin", "siteAdmin", "outsider"] as const;
type Who = (typeof people)[number];
type Outcome = "allowed" | "signIn" | "forbidden" | "notFound" | "notAllowedMethod";

type Ids = { panel: string; otherPanel: string; person: string };
type Row = { route: (ids: Ids) => string; method?: "GET" | "POST"; form?: Record<string, string>; expect: Record<Who, Outcome> };

const everyone = (outcome: Outcome): Record<Who, Outcome> => Object.fromEntries(people.map((p) => [p, outcome])) as Record<Who, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> => ({
  ...everyone(outcome),
  anonymous: "signIn",
  ...overrides,
});
const siteAdminOnly = signedIn("forbidden", { siteAdmin: "allowed" });
const staffOfPanel = signedIn("allowed", { member: "forbidden", outsider: "notFound" });

const matrix: Row[] = [
  { route: () => "/profile", expect: signedIn("allowed") },
  { route: () => "/profile", method: "POST", form: {}, expect: signedIn("allowed") },
  { route: () => "/profile/needs", expect: signedIn("allowed") },
  { route: () => "/profile/needs", method: "POST", form: {}, expect: signedIn("allowed") },
  { route: () => "/profile/needs", method: "POST", form: { intent: "confirm" }, expect: signedIn("allowed") },
  { route: () => "/profile/download", expect: signedIn("allowed") },
  { route: () => "/profile/download", method: "POST", form: {}, expect: signedIn("notAllowedMethod") },
  { route: () => "/profile/removal", expect: signedIn("allowed") },
  { route: () => "/profile/removal", method: "POST", form: {}, expect: signedIn("allowed") },
  { route: (ids) => `/admin/people/${ids.person}/needs`, expect: siteAdminOnly },
  { route: (ids) => `/admin/people/${ids.person}/needs`, method: "POST", form: {}, expect: siteAdminOnly },
  { route: () => "/admin/people/not-an-id/needs", expect: signedIn("forbidden", { siteAdmin: "notFound" }) },
  // A panel's id where a person's belongs: not a person.
  { route: (ids) => `/admin/people/${ids.panel}/needs`, expect: signedIn("forbidden", { siteAdmin: "notFound" }) },
  { route: (ids) => `/panels/${ids.panel}/needs`, expect: staffOfPanel },
  {
    route: (ids) => `/panels/${ids.panel}/needs`,
    method: "POST",
    form: {},
    expect: signedIn("notAllowedMethod", { member: "forbidden", outsider: "notFound" }),
  },
  {
    // The outsider is a member there, so is refused; everyone else has no role there.
    route: (ids) => `/panels/${ids.otherPanel}/needs`,
    expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "forbidden" }),
  },
  { route: () => "/panels/not-an-id/needs", expect: everyone("notFound") },
  // A person's id where a panel's belongs: not a panel.
  { route: (ids) => `/panels/${ids.person}/needs`, expect: signedIn("notFound") },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
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
  ids = { panel: panel.id, otherPanel: otherPanel.id, person: made.member.id };
  cookies = { anonymous: undefined } as Record<Who, string | undefined>;
  for (const [who, person] of Object.entries(made)) cookies[who as Who] = await app().cookieFor(person.id);
});

function classify(response: Response): Outcome | `unexpected ${number}` {
  const location = response.headers.get("Location") ?? "";
  if (response.status === 302 && location.startsWith("/sign-in")) return "signIn";
  if (response.status === 403) return "forbidden";
  if (response.status === 404) return "notFound";
  // A page with nothing to send: reached only after the person was checked.
  if (response.status === 405) return "notAllowedMethod";
  if ([200, 302, 303, 400].includes(response.status)) return "allowed";
  return `unexpected ${response.status}`;
}

describe("the authorisation matrix for profiles and communication needs", () => {
  for (const row of matrix) {
    const method = row.method ?? "GET";
    const label = row.route({ panel: ":panel", otherPanel: ":otherPanel", person: ":person" });
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

  it("changes nothing when a refused person posts someone else's needs", async () => {
    const before = await db().auditEvent.count();
    for (const who of ["anonymous", "member", "chair", "officer", "finance", "panelAdmin", "outsider"] as const) {
      await app().post(`/admin/people/${ids.person}/needs`, needsForm({ paperFormat: "AUDIO" }), cookies[who]);
    }
    expect(await db().communicationNeeds.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });

  it("a forged form on /profile/needs can only ever change the signed-in person's own record", async () => {
    await createNeeds(ids.person, { paperFormat: "EASY_READ" });
    await app().post("/profile/needs", { ...needsForm({ paperFormat: "AUDIO" }), personId: ids.person }, cookies.chair);
    expect((await db().communicationNeeds.findUniqueOrThrow({ where: { personId: ids.person } })).paperFormat).toBe("EASY_READ");
  });
});
