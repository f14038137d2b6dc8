// The authorisation matrix for minutes, notes history, actions and public minutes: every route ×
// every kind of person, on the real server, plus id swapping (another panel's meeting or action
// under this panel's URL is not found, even for a site admin) and forged posts that must change
// nothing. Follows tests/integration/authorization-publish.test.ts; outcomes as in
// tests/support/authorization.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { cookiesFor, defineMatrixTests, everyone, people, signedIn, type Row, type Who } from "../support/authorization.ts";
import { pageOf } from "../support/html.ts";
import { createMeeting } from "../support/meetings.ts";
import { createHeldMeeting, createMinutes, createNote } from "../support/minutes.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; meeting: string; otherMeeting: string; minutes: string; action: string; otherAction: string };

// Everyone in the panel reaches the minutes page (what they see and may do differs); the outsider
// is in another panel only.
const inPanel = signedIn("allowed", { outsider: "notFound" });
// The action belongs to the member; the chair, officers and admins organise.
const actionChangers = signedIn("allowed", { finance: "forbidden", outsider: "notFound" });

const minutesPage = (ids: Ids, meetingId = ids.meeting, panelId = ids.panel) => `/panels/${panelId}/meetings/${meetingId}/minutes`;
const history = (ids: Ids, meetingId = ids.meeting, panelId = ids.panel) => `/panels/${panelId}/meetings/${meetingId}/notes-history`;

// No form on any row: allowed people get 400 for the empty one, so nothing is changed by the
// matrix itself.
const matrix: Omit<Row<Ids>, "form">[] = [
  { route: (ids) => minutesPage(ids), expect: inPanel },
  { route: (ids) => minutesPage(ids), method: "POST", expect: inPanel },
  { route: (ids) => history(ids), expect: inPanel },
  { route: (ids) => history(ids), method: "POST", expect: signedIn("noSuchAction", { outsider: "notFound" }) },
  { route: (ids) => `/actions/${ids.action}`, method: "POST", expect: actionChangers },
  { route: (ids) => `/actions/${ids.action}`, expect: signedIn("noSuchAction") },
  // The outsider chairs the other panel, so its action is theirs to change.
  { route: (ids) => `/actions/${ids.otherAction}`, method: "POST", expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" }) },
  // Another panel's meeting under this panel's URL, and this meeting under another panel's: not
  // found for everyone, whatever their role.
  { route: (ids) => minutesPage(ids, ids.otherMeeting), expect: signedIn("notFound") },
  { route: (ids) => minutesPage(ids, ids.otherMeeting), method: "POST", expect: signedIn("notFound") },
  { route: (ids) => minutesPage(ids, ids.meeting, ids.otherPanel), expect: signedIn("notFound") },
  { route: (ids) => minutesPage(ids, ids.meeting, ids.otherPanel), method: "POST", expect: signedIn("notFound") },
  { route: (ids) => history(ids, ids.otherMeeting), expect: signedIn("notFound") },
  { route: (ids) => history(ids, ids.meeting, ids.otherPanel), expect: signedIn("notFound") },
  { route: (ids) => minutesPage(ids, "not-an-id"), expect: signedIn("notFound") },
  { route: () => "/actions/not-an-id", method: "POST", expect: signedIn("notFound") },
  // A meeting's id is not an action's.
  { route: (ids) => `/actions/${ids.meeting}`, method: "POST", expect: signedIn("notFound") },
  // The public page: draft minutes are not found for anyone, signed in or not.
  { route: (ids) => `/minutes/${ids.minutes}`, expect: everyone("notFound") },
  { route: () => "/minutes/not-an-id", expect: everyone("notFound") },
];

let world: Awaited<ReturnType<typeof createHeldMeeting>>;
let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  world = await createHeldMeeting();
  const otherMeeting = await createMeeting(world.otherPanel.id, { startsAt: new Date(Date.now() - 86_400_000) });
  const otherAction = await createNote(otherMeeting.id, world.people.outsider.id, { kind: "ACTION", text: "Their action", ownerId: world.people.outsider.id });
  const minutes = await createMinutes(world.meeting.id, world.people.chair.id, { text: "The secret draft" });
  ids = {
    panel: world.panel.id,
    otherPanel: world.otherPanel.id,
    meeting: world.meeting.id,
    otherMeeting: otherMeeting.id,
    minutes: minutes.id,
    action: world.notes.action.id,
    otherAction: otherAction.id,
  };
  cookies = await cookiesFor(app(), world.people);
});

describe("the authorisation matrix for minutes, notes history and actions", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    placeholders: {
      panel: ":panel",
      otherPanel: ":otherPanel",
      meeting: ":meeting",
      otherMeeting: ":otherPanelsMeeting",
      minutes: ":draftMinutes",
      action: ":membersAction",
      otherAction: ":otherPanelsAction",
    },
  });

  it("shows the draft only to those who write the minutes", async () => {
    for (const who of ["chair", "officer", "panelAdmin", "siteAdmin"] as const) {
      expect(await (await app().fetch(minutesPage(ids), { cookie: cookies[who] })).text(), who).toContain("The secret draft");
    }
    for (const who of ["member", "finance"] as const) {
      const page = await pageOf(await app().fetch(minutesPage(ids), { cookie: cookies[who] }));
      expect(page.h1(), who).toBe("Minutes");
      expect(page.text("#minutes-status"), who).toBe("The minutes are not ready yet. Everyone in the panel is told when the draft is shared for comments.");
      // Nowhere in the page, not even in the data sent for hydration.
      expect(page.html, who).not.toContain("The secret draft");
    }
  });

  it("changes nothing when refused people post complete forms, or swap in another panel's meeting", async () => {
    const laterMeeting = await createMeeting(ids.panel, { startsAt: new Date(Date.now() - 3_600_000) });
    const forms: Record<string, string>[] = [
      { intent: "build" },
      { intent: "rebuild", baseVersion: "1" },
      { intent: "edit", baseVersion: "1", text: "Forged text" },
      { intent: "share" },
      { intent: "approve", atMeetingId: laterMeeting.id },
      { intent: "publish", public: "on" },
      { intent: "comment", comment: "Forged comment" },
    ];
    for (const who of ["anonymous", "member", "finance", "outsider"] as const) {
      for (const form of forms) {
        const response = await app().post(minutesPage(ids), form, cookies[who]);
        expect([302, 403, 404], `${who} ${form.intent}`).toContain(response.status);
        if (response.status === 302) expect(response.headers.get("Location")).toMatch(/^\/sign-in/);
      }
    }
    // A site admin may write any panel's minutes, but not this meeting's under another panel.
    for (const form of forms) {
      expect((await app().post(minutesPage(ids, ids.meeting, ids.otherPanel), form, cookies.siteAdmin)).status).toBe(404);
      expect((await app().post(minutesPage(ids, ids.meeting, ids.otherPanel), form, cookies.outsider)).status).toBe(404);
    }
    // An intent nobody knows is refused as such.
    expect((await app().post(minutesPage(ids), { intent: "delete" }, cookies.chair)).status).toBe(400);

    const minutes = await db().minutes.findUniqueOrThrow({ where: { id: ids.minutes } });
    expect(minutes).toMatchObject({ status: "DRAFT", version: 1, text: "The secret draft", publishedAt: null, public: false, approvedAtMeetingId: null });
    expect(await db().minutesVersion.count()).toBe(1);
    expect(await db().minutesComment.count()).toBe(0);
    expect(await db().notification.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: { startsWith: "minutes." } } })).toBe(0);
  });

  it("keeps actions as they were when refused people post, or another panel's action is swapped in", async () => {
    for (const who of ["anonymous", "finance", "outsider"] as const) {
      await app().post(`/actions/${ids.action}`, { status: "DONE" }, cookies[who]);
    }
    for (const who of ["member", "chair", "officer"] as const) {
      expect((await app().post(`/actions/${ids.otherAction}`, { status: "DONE" }, cookies[who])).status).toBe(404);
    }
    expect((await db().meetingNote.findUniqueOrThrow({ where: { id: ids.action } })).actionStatus).toBe("OPEN");
    expect((await db().meetingNote.findUniqueOrThrow({ where: { id: ids.otherAction } })).actionStatus).toBe("OPEN");
    expect(await db().auditEvent.count({ where: { action: "action.status-changed" } })).toBe(0);
  });

  it("shows public minutes to anyone once published publicly, and nothing more", async () => {
    await db().minutes.update({ where: { id: ids.minutes }, data: { status: "APPROVED", approvedAt: new Date(), publishedAt: new Date(), public: true } });
    for (const who of people) {
      const response = await app().fetch(`/minutes/${ids.minutes}`, { cookie: cookies[who] });
      expect(response.status, who).toBe(200);
      // Nothing to change on the public page, for anyone.
      expect((await app().post(`/minutes/${ids.minutes}`, {}, cookies[who])).status, who).toBe(405);
    }
  });
});
