// The authorisation matrix for supporters: every new route × every kind of person, on the real
// server, plus id swapping. Follows tests/integration/authorization-agendas.test.ts; outcomes as
// in tests/support/authorization.ts.
// People: the member who named the supporters; a supporter allowed everything; a "limited" one
// allowed only expenses (nothing that exists yet); a "stopped" one whose consent was withdrawn; an
// outsider (a member of another panel); a site admin with no role in the panel.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { cookiesFor, defineMatrixTests, outcomesFor, type Outcome, type Row } from "../support/authorization.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { createMeeting } from "../support/meetings.ts";
import { createConsent } from "../support/supporters.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const people = ["anonymous", "member", "supporter", "limited", "stopped", "outsider", "siteAdmin"] as const;
type Who = (typeof people)[number];

type Ids = { member: string; outsider: string; consent: string; panel: string; otherPanel: string; meeting: string; otherMeeting: string };

const { signedIn } = outcomesFor(people);

// The member's own pages: anyone who is a member or chair somewhere has their own.
const memberPages = signedIn("forbidden", { member: "allowed", outsider: "allowed" });
const memberReadOnly = signedIn("forbidden", { member: "noSuchAction", outsider: "noSuchAction" });
const ownConsent = signedIn("forbidden", { member: "allowed", outsider: "notFound" });
const admins = signedIn("forbidden", { siteAdmin: "allowed" });
const supporters = signedIn("forbidden", { supporter: "allowed", limited: "allowed", stopped: "allowed" });
// Acting: someone the member never named (including the member and admins) is told "not found".
const actingAny = signedIn("notFound", { supporter: "allowed", limited: "allowed", stopped: "forbidden" });
const actingScoped = signedIn("notFound", { supporter: "allowed", limited: "forbidden", stopped: "forbidden" });
const readOnly = (rule: Record<Who, Outcome>) =>
  Object.fromEntries(Object.entries(rule).map(([who, outcome]) => [who, outcome === "allowed" ? "noSuchAction" : outcome])) as Record<Who, Outcome>;
// Another panel's meeting or panel: refused for scope first, otherwise not found.
const swapped = signedIn("notFound", { limited: "forbidden", stopped: "forbidden" });

const meeting = (ids: Ids) => `/supporting/${ids.member}/meetings/${ids.meeting}`;
const item = { title: "An item", about: "About it", type: "DISCUSSION", minutesNeeded: "15" };

const matrix: Row<Ids, Who>[] = [
  { route: () => "/profile/supporters", expect: memberPages },
  { route: () => "/profile/supporters", method: "POST", form: {}, expect: memberReadOnly },
  { route: () => "/profile/supporters/new", expect: memberPages },
  { route: () => "/profile/supporters/new", method: "POST", form: {}, expect: memberPages },
  { route: (ids) => `/profile/supporters/${ids.consent}`, expect: ownConsent },
  { route: (ids) => `/profile/supporters/${ids.consent}`, method: "POST", form: {}, expect: ownConsent },
  { route: (ids) => `/profile/supporters/${ids.consent}/withdraw`, expect: ownConsent },
  { route: (ids) => `/profile/supporters/${ids.consent}/withdraw`, method: "POST", form: {}, fresh: true, expect: ownConsent },
  { route: () => "/profile/supporters/not-an-id", expect: signedIn("forbidden", { member: "notFound", outsider: "notFound" }) },
  { route: (ids) => `/admin/people/${ids.member}/supporters`, expect: admins },
  { route: (ids) => `/admin/people/${ids.member}/supporters`, method: "POST", form: {}, expect: admins },
  { route: () => "/supporting", expect: supporters },
  { route: () => "/supporting", method: "POST", form: {}, expect: readOnly(supporters) },
  { route: (ids) => `/supporting/${ids.member}`, expect: actingAny },
  { route: (ids) => `/supporting/${ids.member}`, method: "POST", form: {}, expect: readOnly(actingAny) },
  { route: (ids) => meeting(ids), expect: actingScoped },
  { route: (ids) => meeting(ids), method: "POST", form: {}, expect: readOnly(actingScoped) },
  { route: (ids) => `${meeting(ids)}/agenda`, expect: actingScoped },
  { route: (ids) => `${meeting(ids)}/agenda`, method: "POST", form: {}, expect: readOnly(actingScoped) },
  { route: (ids) => `${meeting(ids)}/reply`, expect: actingScoped },
  { route: (ids) => `${meeting(ids)}/reply`, method: "POST", form: {}, expect: actingScoped },
  { route: (ids) => `${meeting(ids)}/priorities`, expect: actingScoped },
  { route: (ids) => `${meeting(ids)}/priorities`, method: "POST", form: {}, expect: actingScoped },
  { route: (ids) => `/supporting/${ids.member}/panels/${ids.panel}/agenda-items/new`, expect: actingScoped },
  { route: (ids) => `/supporting/${ids.member}/panels/${ids.panel}/agenda-items/new`, method: "POST", form: {}, expect: actingScoped },
  { route: (ids) => `/supporting/${ids.member}/meetings/${ids.otherMeeting}`, expect: swapped },
  { route: (ids) => `/supporting/${ids.member}/meetings/${ids.otherMeeting}/reply`, method: "POST", form: { mode: "APOLOGIES" }, expect: swapped },
  { route: (ids) => `/supporting/${ids.member}/meetings/${ids.otherMeeting}/agenda`, expect: swapped },
  { route: (ids) => `/supporting/${ids.member}/meetings/${ids.otherMeeting}/priorities`, expect: swapped },
  { route: (ids) => `/supporting/${ids.member}/panels/${ids.otherPanel}/agenda-items/new`, method: "POST", form: item, expect: swapped },
  { route: (ids) => `/supporting/${ids.member}/meetings/not-an-id/reply`, expect: swapped },
  { route: (ids) => `/supporting/${ids.outsider}`, expect: signedIn("notFound") },
  { route: (ids) => `/supporting/${ids.outsider}/meetings/${ids.otherMeeting}/reply`, method: "POST", form: { mode: "APOLOGIES" }, expect: signedIn("notFound") },
  { route: () => "/supporting/not-an-id", expect: signedIn("notFound") },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  const made = {
    member: await createPerson({ name: "Jordan Ellis", roles: [{ panelId: panel.id, role: "MEMBER" }] }),
    supporter: await createPerson({ name: "Sam Lee" }),
    limited: await createPerson({ name: "Kim Lee" }),
    stopped: await createPerson({ name: "Alex Lee" }),
    outsider: await createPerson({ roles: [{ panelId: otherPanel.id, role: "MEMBER" }, { panelId: otherPanel.id, role: "CHAIR" }] }),
    siteAdmin: await createPerson({ isSiteAdmin: true }),
  };
  const consent = await createConsent(made.member.id, made.supporter.id, ["REPLY", "PAPERS", "PROPOSE", "PRIORITISE", "EXPENSES"]);
  await createConsent(made.member.id, made.limited.id, ["EXPENSES"]);
  await createConsent(made.member.id, made.stopped.id, ["REPLY", "PAPERS", "PROPOSE", "PRIORITISE"], { withdrawn: true });
  const meetingRow = await createMeeting(panel.id);
  const otherMeeting = await createMeeting(otherPanel.id);
  await createAgendaItem(panel.id, made.member.id);
  ids = {
    member: made.member.id,
    outsider: made.outsider.id,
    consent: consent.id,
    panel: panel.id,
    otherPanel: otherPanel.id,
    meeting: meetingRow.id,
    otherMeeting: otherMeeting.id,
  };
  cookies = await cookiesFor(app(), made, people);
});

describe("the authorisation matrix for supporters", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    people,
    placeholders: {
      member: ":member",
      outsider: ":someoneElse",
      consent: ":consent",
      panel: ":panel",
      otherPanel: ":otherPanel",
      meeting: ":meeting",
      otherMeeting: ":otherPanelsMeeting",
    },
    // Rows marked `fresh`: the consent is made current again before each person tries, as withdrawing changes it.
    refresh: () => db().supporterConsent.update({ where: { id: ids.consent }, data: { withdrawnAt: null, withdrawnById: null } }),
  });

  it("changes nothing when a refused person posts, or when an id is swapped", async () => {
    const before = await db().auditEvent.count();
    const itemId = (await db().agendaItem.findFirstOrThrow()).id;
    // The member cannot act for themselves through the supporter pages either.
    for (const who of ["limited", "stopped", "outsider", "siteAdmin", "member"] as const) {
      await app().post(`${meeting(ids)}/reply`, { mode: "APOLOGIES" }, cookies[who]);
      await app().post(`${meeting(ids)}/priorities`, { points3: itemId }, cookies[who]);
      await app().post(`/supporting/${ids.member}/panels/${ids.panel}/agenda-items/new`, { ...item, title: "Sneaky" }, cookies[who]);
    }
    for (const who of ["supporter", "limited", "stopped", "outsider", "siteAdmin"] as const) {
      await app().post(`/profile/supporters/${ids.consent}`, { scopes: "EXPENSES" }, cookies[who]);
      await app().post(`/profile/supporters/${ids.consent}/withdraw`, {}, cookies[who]);
    }
    await app().post(`/supporting/${ids.member}/meetings/${ids.otherMeeting}/reply`, { mode: "APOLOGIES" }, cookies.supporter);
    await app().post(`/supporting/${ids.member}/panels/${ids.otherPanel}/agenda-items/new`, { ...item, title: "Sneaky" }, cookies.supporter);
    await app().post(`/admin/people/${ids.member}/supporters`, { intent: "withdraw", consentId: ids.consent }, cookies.member);
    expect(await db().meetingReply.count()).toBe(0);
    expect(await db().priorityVote.count()).toBe(0);
    expect(await db().agendaItem.count({ where: { title: "Sneaky" } })).toBe(0);
    expect(await db().supporterConsent.findUniqueOrThrow({ where: { id: ids.consent } })).toMatchObject({ withdrawnAt: null, scopes: ["REPLY", "PAPERS", "PROPOSE", "PRIORITISE", "EXPENSES"] });
    expect(await db().auditEvent.count()).toBe(before);
  });
});
