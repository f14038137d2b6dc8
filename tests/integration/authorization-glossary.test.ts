// The authorisation matrix for the glossary and terms of reference pages: every route × every kind
// of person → allowed or refused, on the real server (the approach of authorization-matrix.test.ts;
// outcomes as in tests/support/authorization.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { cookiesFor, createPeople, defineMatrixTests, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createPanel } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; term: string; otherTerm: string };

const anyoneInPanel = signedIn("allowed", { outsider: "notFound" });
const otherPanelOnly = signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" });
const glossaryEditors = signedIn("allowed", { member: "forbidden", finance: "forbidden", outsider: "notFound" });
const torEditors = signedIn("allowed", { member: "forbidden", officer: "forbidden", finance: "forbidden", outsider: "notFound" });
// Another panel's term under this panel's address: those who may edit are told it is not there.
const swappedTerm = signedIn("notFound", { member: "forbidden", finance: "forbidden" });

const matrix: Row<Ids>[] = [
  { route: (ids) => `/panels/${ids.panel}/glossary`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/glossary?q=ULO`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.otherPanel}/glossary`, expect: otherPanelOnly },
  { route: () => "/panels/not-an-id/glossary", expect: signedIn("notFound", { anonymous: "notFound" }) },
  { route: (ids) => `/panels/${ids.panel}/glossary/new`, expect: glossaryEditors },
  { route: (ids) => `/panels/${ids.panel}/glossary/new`, method: "POST", form: {}, expect: glossaryEditors },
  {
    route: (ids) => `/panels/${ids.otherPanel}/glossary/new`,
    method: "POST",
    form: {},
    expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "forbidden" }),
  },
  { route: (ids) => `/panels/${ids.panel}/glossary/${ids.term}`, expect: glossaryEditors },
  { route: (ids) => `/panels/${ids.panel}/glossary/${ids.term}?remove=1`, expect: glossaryEditors },
  { route: (ids) => `/panels/${ids.panel}/glossary/${ids.term}`, method: "POST", form: { intent: "save" }, expect: glossaryEditors },
  { route: (ids) => `/panels/${ids.panel}/glossary/${ids.otherTerm}`, expect: swappedTerm },
  { route: (ids) => `/panels/${ids.panel}/glossary/${ids.otherTerm}`, method: "POST", form: { intent: "save", term: "Mine", explanation: "Mine" }, expect: swappedTerm },
  { route: (ids) => `/panels/${ids.panel}/glossary/${ids.otherTerm}`, method: "POST", form: { intent: "remove" }, expect: swappedTerm },
  { route: (ids) => `/panels/${ids.panel}/glossary/not-an-id`, expect: signedIn("notFound", { member: "forbidden", finance: "forbidden" }) },
  { route: (ids) => `/panels/${ids.otherPanel}/glossary/${ids.otherTerm}`, expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "forbidden" }) },
  { route: (ids) => `/panels/${ids.panel}/terms-of-reference`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/terms-of-reference`, method: "POST", form: {}, expect: torEditors },
  { route: (ids) => `/panels/${ids.otherPanel}/terms-of-reference`, expect: otherPanelOnly },
  { route: (ids) => `/panels/${ids.otherPanel}/terms-of-reference`, method: "POST", form: {}, expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "forbidden" }) },
  { route: () => "/panels/not-an-id/terms-of-reference", expect: signedIn("notFound", { anonymous: "notFound" }) },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  const term = await db().glossaryTerm.create({ data: { panelId: panel.id, term: "ULO", explanation: "User led organisation" } });
  const otherTerm = await db().glossaryTerm.create({ data: { panelId: otherPanel.id, term: "ULO", explanation: "Panel B's words" } });
  const made = await createPeople(panel.id, otherPanel.id);
  ids = { panel: panel.id, otherPanel: otherPanel.id, term: term.id, otherTerm: otherTerm.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for the glossary and terms of reference", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    placeholders: { panel: ":panel", otherPanel: ":otherPanel", term: ":term", otherTerm: ":otherTerm" },
  });

  it("changes nothing when refused people post real changes", async () => {
    const refused = [cookies.anonymous, cookies.member, cookies.finance, cookies.outsider];
    for (const cookie of refused) {
      await app().post(`/panels/${ids.panel}/glossary/new`, { term: "Sneaky", explanation: "Sneaky" }, cookie);
      await app().post(`/panels/${ids.panel}/glossary/${ids.term}`, { intent: "save", term: "Sneaky", explanation: "Sneaky" }, cookie);
      await app().post(`/panels/${ids.panel}/glossary/${ids.term}`, { intent: "remove" }, cookie);
    }
    for (const cookie of [...refused, cookies.officer]) {
      await app().post(`/panels/${ids.panel}/terms-of-reference`, { termsOfReference: "Sneaky" }, cookie);
    }
    // Panel A's chair, by swapping ids, at panel B's term.
    await app().post(`/panels/${ids.panel}/glossary/${ids.otherTerm}`, { intent: "save", term: "Sneaky", explanation: "Sneaky" }, cookies.chair);
    await app().post(`/panels/${ids.panel}/glossary/${ids.otherTerm}`, { intent: "remove" }, cookies.chair);

    expect(await db().glossaryTerm.findMany({ select: { term: true, explanation: true }, orderBy: { explanation: "asc" } })).toEqual([
      { term: "ULO", explanation: "Panel B's words" },
      { term: "ULO", explanation: "User led organisation" },
    ]);
    expect(await db().panel.count({ where: { termsOfReference: "Sneaky" } })).toBe(0);
    expect(await db().termsOfReferenceVersion.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });
});
