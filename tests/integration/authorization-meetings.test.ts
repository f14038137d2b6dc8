// The authorisation matrix for meetings: every meeting route × every kind of person, on the real
// server, plus id swapping (another panel's meeting under this panel's URL is not found, even for
// a site admin). Follows tests/integration/authorization-matrix.test.ts.
//   allowed:   the page or action was reached (200, a redirect elsewhere, or 400 for an empty form)
//   signIn:    sent to sign in;  forbidden: 403;  notFound: 404 (outsiders cannot probe ids)
//   noSuchAction: 405, a POST to a read-only page by someone allowed to read it
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { createMeeting } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const people = ["anonymous", "member", "chair", "officer", "finance", "panelAdmin", "siteAdmin", "outsider"] as const;
type Who = (typeof people)[number];
type Outcome = "allowed" | "signIn" | "forbidden" | "notFound" | "noSuchAction";

type Ids = { panel: string; otherPanel: string; meeting: string; otherMeeting: string };
type Row = { route: (ids: Ids) => string; method?: "GET" | "POST"; form?: Record<string, string>; expect: Record<Who, Outcome> };

const everyone = (outcome: Outcome): Record<Who, Outcome> => Object.fromEntries(people.map((p) => [p, outcome])) as Record<Who, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> => ({
  ...everyone(outcome),
  anonymous: "signIn",
  ...overrides,
});

const anyoneInPanel = signedIn("allowed", { outsider: "notFound" });
const organisers = signedIn("forbidden", { chair: "allowed", officer: "allowed", panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" });
// A reply is the person's own: members and the chair; a site admin who is not a member may not.
const invited = signedIn("forbidden", { member: "allowed", chair: "allowed", outsider: "notFound" });
// Another panel's meeting under this panel's URL: not found for everyone, whatever their role.
const swapped = signedIn("notFound");

const meetingPages = ["", "/edit", "/reply", "/attendance", ".ics"] as const;

const matrix: Row[] = [
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
  ...meetingPages.map((page): Row => ({ route: (ids) => `/panels/${ids.panel}/meetings/${ids.otherMeeting}${page}`, expect: swapped })),
  ...(["/edit", "/reply", "/attendance"] as const).map(
    (page): Row => ({ route: (ids) => `/panels/${ids.panel}/meetings/${ids.otherMeeting}${page}`, method: "POST", form: { intent: "cancel", mode: "APOLOGIES" }, expect: swapped }),
  ),
  ...meetingPages.map((page): Row => ({ route: (ids) => `/panels/${ids.panel}/meetings/not-an-id${page}`, expect: signedIn("notFound") })),
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
    outsider: await createPerson({ roles: [{ panelId: otherPanel.id, role: "MEMBER" }, { panelId: otherPanel.id, role: "CHAIR" }] }),
  };
  // Started an hour ago, so every page (attendance included) is open to those allowed.
  const startsAt = new Date(Date.now() - 3_600_000);
  const meeting = await createMeeting(panel.id, { startsAt });
  const otherMeeting = await createMeeting(otherPanel.id, { startsAt });
  ids = { panel: panel.id, otherPanel: otherPanel.id, meeting: meeting.id, otherMeeting: otherMeeting.id };
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

describe("the authorisation matrix for meetings", () => {
  for (const row of matrix) {
    const method = row.method ?? "GET";
    const label = row.route({ panel: ":panel", otherPanel: ":otherPanel", meeting: ":meeting", otherMeeting: ":otherPanelsMeeting" });
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

  it("changes nothing when a refused person posts, or when a meeting id is swapped", async () => {
    const before = await db().auditEvent.count();
    const meetingForm = { title: "Sneaky", date: "2035-07-11", startTime: "10:00", endTime: "11:00", onlineLink: "https://meet.example.org/x" };
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
