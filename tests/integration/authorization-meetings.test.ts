// The authorisation matrix for meetings: every meeting route × every kind of person, on the real
// server, plus id swapping (another panel's meeting under this panel's URL is not found, even for
// a site admin). Follows tests/integration/authorization-matrix.test.ts; outcomes as in
// tests/support/authorization.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import { db } from "../../app/services.server.ts";
import { cookiesFor, createPeople, defineMatrixTests, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createPanel } from "../support/factories.ts";
import { createMeeting } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; meeting: string; otherMeeting: string };

const anyoneInPanel = signedIn("allowed", { outsider: "notFound" });
const organisers = signedIn("forbidden", { chair: "allowed", officer: "allowed", panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" });
// A reply is the person's own: members and the chair; a site admin who is not a member may not.
const invited = signedIn("forbidden", { member: "allowed", chair: "allowed", outsider: "notFound" });
// Another panel's meeting under this panel's URL: not found for everyone, whatever their role.
const swapped = signedIn("notFound");

const meetingPages = ["", "/edit", "/reply", "/attendance", ".ics"] as const;

const matrix: Row<Ids>[] = [
  { route: (ids) => `/panels/${ids.panel}/meetings`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.otherPanel}/meetings`, expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" }) },
  { route: (ids) => `/panels/${ids.panel}/meetings`, method: "POST", form: {}, expect: signedIn("noSuchAction", { outsider: "notFound" }) },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}`, method: "POST", form: {}, expect: signedIn("noSuchAction", { outsider: "notFound" }) },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}.ics`, method: "POST", form: {}, expect: signedIn("noSuchAction", { outsider: "notFound" }) },
  { route: (ids) => `/panels/${ids.panel}/meetings/new`, expect: organisers },
  { route: (ids) => `/panels/${ids.panel}/meetings/new`, method: "POST", form: {}, expect: organisers },
  { route: (ids) => `/panels/${ids.meeting}/meetings/new`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}.ics`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/edit`, expect: organisers },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/edit`, method: "POST", form: { intent: "save" }, expect: organisers },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/reply`, expect: invited },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/reply`, method: "POST", form: {}, expect: invited },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/attendance`, expect: organisers },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/attendance`, method: "POST", form: {}, expect: organisers },
  ...meetingPages.map((page): Row<Ids> => ({ route: (ids) => `/panels/${ids.panel}/meetings/${ids.otherMeeting}${page}`, expect: swapped })),
  ...(["/edit", "/reply", "/attendance"] as const).map(
    (page): Row<Ids> => ({ route: (ids) => `/panels/${ids.panel}/meetings/${ids.otherMeeting}${page}`, method: "POST", form: { intent: "cancel", mode: "APOLOGIES" }, expect: swapped }),
  ),
  ...meetingPages.map((page): Row<Ids> => ({ route: (ids) => `/panels/${ids.panel}/meetings/not-an-id${page}`, expect: signedIn("notFound") })),
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  const made = await createPeople(panel.id, otherPanel.id, { outsiderChairs: true });
  // Started an hour ago, so every page (attendance included) is open to those allowed.
  const startsAt = new Date(Date.now() - 3_600_000);
  const meeting = await createMeeting(panel.id, { startsAt });
  const otherMeeting = await createMeeting(otherPanel.id, { startsAt });
  ids = { panel: panel.id, otherPanel: otherPanel.id, meeting: meeting.id, otherMeeting: otherMeeting.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for meetings", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    placeholders: { panel: ":panel", otherPanel: ":otherPanel", meeting: ":meeting", otherMeeting: ":otherPanelsMeeting" },
  });

  it("changes nothing when a refused person posts, or when a meeting id is swapped", async () => {
    const before = await db().auditEvent.count();
    const meetingForm = { title: "Sneaky", ...dateInputValue("date", "2035-07-11"), startTime: "10:00", endTime: "11:00", onlineLink: "https://meet.example.org/x" };
    await app().post(`/panels/${ids.panel}/meetings/new`, meetingForm, cookies.member);
    await app().post(`/panels/${ids.panel}/meetings/new`, meetingForm, cookies.finance);
    await app().post(`/panels/${ids.panel}/meetings/new`, meetingForm, cookies.outsider);
    await app().post(`/panels/${ids.panel}/meetings/${ids.meeting}/edit`, { intent: "cancel" }, cookies.member);
    await app().post(`/panels/${ids.panel}/meetings/${ids.otherMeeting}/edit`, { intent: "cancel" }, cookies.siteAdmin);
    await app().post(`/panels/${ids.panel}/meetings/${ids.meeting}/reply`, { mode: "APOLOGIES" }, cookies.officer);
    await app().post(`/panels/${ids.panel}/meetings/${ids.meeting}/reply`, { mode: "APOLOGIES" }, cookies.outsider);
    expect(await db().meeting.count({ where: { title: "Sneaky" } })).toBe(0);
    expect(await db().meeting.count({ where: { cancelledAt: { not: null } } })).toBe(0);
    expect(await db().meetingReply.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });
});
