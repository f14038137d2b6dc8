// The authorisation matrix for profiles and communication needs (issue 4), in the approach of
// authorization-matrix.test.ts: every route × every kind of person → allowed or refused (outcomes
// as in tests/support/authorization.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { cookiesFor, createPeople, defineMatrixTests, everyone, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createPanel } from "../support/factories.ts";
import { createNeeds, needsForm } from "../support/needs-factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; person: string };

const siteAdminOnly = signedIn("forbidden", { siteAdmin: "allowed" });
const staffOfPanel = signedIn("allowed", { member: "forbidden", outsider: "notFound" });

const matrix: Row<Ids>[] = [
  { route: () => "/profile", expect: signedIn("allowed") },
  { route: () => "/profile", method: "POST", form: {}, expect: signedIn("allowed") },
  { route: () => "/profile/needs", expect: signedIn("allowed") },
  { route: () => "/profile/needs", method: "POST", form: {}, expect: signedIn("allowed") },
  { route: () => "/profile/needs", method: "POST", form: { intent: "confirm" }, expect: signedIn("allowed") },
  { route: () => "/profile/download", expect: signedIn("allowed") },
  { route: () => "/profile/download", method: "POST", form: {}, expect: signedIn("noSuchAction") },
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
    expect: signedIn("noSuchAction", { member: "forbidden", outsider: "notFound" }),
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
  const made = await createPeople(panel.id, otherPanel.id);
  ids = { panel: panel.id, otherPanel: otherPanel.id, person: made.member.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for profiles and communication needs", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    intentInTitle: true,
    placeholders: { panel: ":panel", otherPanel: ":otherPanel", person: ":person" },
  });

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
