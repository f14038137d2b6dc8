// The authorisation matrix for publishing agendas and for contact tasks: every route × every kind
// of person, on the real server, plus id swapping (another panel's meeting or task under this
// panel's URL is not found, even for a site admin) and forged posts that must change nothing.
// Follows tests/integration/authorization-meetings.test.ts; outcomes as in
// tests/support/authorization.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { notificationSenderIdle } from "../../app/modules/notifications/queue.server.ts";
import { db } from "../../app/services.server.ts";
import { cookiesFor, createPeople, defineMatrixTests, everyone, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createPanel } from "../support/factories.ts";
import { pageOf } from "../support/html.ts";
import { createMeeting } from "../support/meetings.ts";
import { createContactTask, putOnAgenda } from "../support/notifications.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; meeting: string; otherMeeting: string };

// The chair, the council officers and the panel's admins organise; site admins hold every role.
const organisers = signedIn("forbidden", { chair: "allowed", officer: "allowed", panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" });
// The outsider chairs the other panel, so its tasks page is theirs.
const otherPanelsOrganisers = signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" });

const publish = (ids: Ids, meetingId = ids.meeting) => `/panels/${ids.panel}/meetings/${meetingId}/agenda/publish`;
const tasks = (panelId: string) => `/panels/${panelId}/contact-tasks`;

// No form on any row: allowed people get 400 for the empty one, so nothing is published by the
// matrix itself.
const matrix: Omit<Row<Ids>, "form">[] = [
  { route: (ids) => publish(ids), expect: organisers },
  { route: (ids) => publish(ids), method: "POST", expect: organisers },
  { route: (ids) => tasks(ids.panel), expect: organisers },
  { route: (ids) => tasks(ids.panel), method: "POST", expect: organisers },
  { route: (ids) => tasks(ids.otherPanel), expect: otherPanelsOrganisers },
  // Another panel's meeting under this panel's URL: not found for everyone, whatever their role.
  { route: (ids) => publish(ids, ids.otherMeeting), expect: signedIn("notFound") },
  { route: (ids) => publish(ids, ids.otherMeeting), method: "POST", expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.otherPanel}/meetings/${ids.meeting}/agenda/publish`, expect: signedIn("notFound") },
  { route: (ids) => publish(ids, "not-an-id"), expect: signedIn("notFound") },
  // A malformed id is not found before anything else is checked.
  { route: () => tasks("not-an-id"), expect: everyone("notFound") },
  { route: (ids) => tasks(ids.meeting), expect: signedIn("notFound") },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;
let made: Record<Exclude<Who, "anonymous">, { id: string }>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  made = await createPeople(panel.id, otherPanel.id, { outsiderChairs: true });
  const startsAt = new Date(Date.now() + 14 * 86_400_000);
  const meeting = await createMeeting(panel.id, { startsAt });
  const otherMeeting = await createMeeting(otherPanel.id, { startsAt });
  await putOnAgenda(panel.id, meeting.id, made.member.id, [{ title: "Our item" }]);
  await putOnAgenda(otherPanel.id, otherMeeting.id, made.outsider.id, [{ title: "Their item" }]);
  ids = { panel: panel.id, otherPanel: otherPanel.id, meeting: meeting.id, otherMeeting: otherMeeting.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for publishing agendas and contact tasks", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    placeholders: { panel: ":panel", otherPanel: ":otherPanel", meeting: ":meeting", otherMeeting: ":otherPanelsMeeting" },
  });

  it("publishes nothing and tells nobody when a refused person posts a complete form, or swaps in another panel's meeting", async () => {
    for (const who of ["anonymous", "member", "finance", "outsider"] as const) {
      await app().post(publish(ids), { seenVersion: "0" }, cookies[who]);
    }
    // A site admin may publish anywhere, but not another panel's meeting under this panel.
    expect((await app().post(publish(ids, ids.otherMeeting), { seenVersion: "0" }, cookies.siteAdmin)).status).toBe(404);
    expect(await db().agendaPublication.count()).toBe(0);
    expect(await db().notification.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: { startsWith: "agenda." } } })).toBe(0);
    // The chair can.
    expect((await app().post(publish(ids), { seenVersion: "0" }, cookies.chair)).status).toBe(302);
    await notificationSenderIdle();
  });

  it("keeps a task as it was when a refused person posts, or another panel's task id is swapped in", async () => {
    const task = await createContactTask(made.member.id, { panelId: ids.panel, channel: "POST" });
    const failed = await createContactTask(made.member.id, { panelId: ids.panel, channel: "EMAIL", status: "FAILED", attempts: 5 });
    for (const who of ["anonymous", "member", "finance"] as const) {
      await app().post(tasks(ids.panel), { intent: "done", notificationId: task.id }, cookies[who]);
      await app().post(tasks(ids.panel), { intent: "retry", notificationId: failed.id }, cookies[who]);
    }
    // The outsider organises the other panel: this panel's task is not found there.
    expect((await app().post(tasks(ids.otherPanel), { intent: "done", notificationId: task.id }, cookies.outsider)).status).toBe(404);
    expect((await app().post(tasks(ids.otherPanel), { intent: "retry", notificationId: failed.id }, cookies.outsider)).status).toBe(404);
    expect((await app().post(tasks(ids.otherPanel), { intent: "done", notificationId: task.id }, cookies.siteAdmin)).status).toBe(404);
    // An email is not a task to mark done by hand.
    expect((await app().post(tasks(ids.panel), { intent: "done", notificationId: failed.id }, cookies.chair)).status).toBe(404);
    expect(await db().notification.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "TO_DO", doneById: null, doneAt: null });
    expect(await db().notification.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(await db().auditEvent.count({ where: { action: { startsWith: "notification." } } })).toBe(0);
  });

  it("records no view of anyone's details for people who may not see them", async () => {
    await createContactTask(made.member.id, { panelId: ids.panel, channel: "POST" });
    for (const who of ["anonymous", "member", "finance", "outsider"] as const) await app().fetch(tasks(ids.panel), { cookie: cookies[who] });
    expect(await db().auditEvent.count({ where: { action: "contact-details.viewed" } })).toBe(0);
    await app().fetch(tasks(ids.panel), { cookie: cookies.officer });
    expect(await db().auditEvent.count({ where: { action: "contact-details.viewed", actorId: made.officer.id, entityId: made.member.id } })).toBe(1);
  });

  it("shows the publish link on the meeting page and the tasks link on the panel page to organisers only", async () => {
    const meetingPage = (who: Who) => app().fetch(`/panels/${ids.panel}/meetings/${ids.meeting}`, { cookie: cookies[who] }).then(pageOf);
    const panelPage = (who: Who) => app().fetch(`/panels/${ids.panel}`, { cookie: cookies[who] }).then(pageOf);
    const meetingTitle = (await db().meeting.findUniqueOrThrow({ where: { id: ids.meeting } })).title;
    const publish = `/panels/${ids.panel}/meetings/${ids.meeting}/agenda/publish`;
    const tasks = `/panels/${ids.panel}/contact-tasks`;

    const chairs = await meetingPage("chair");
    expect(chairs.link("Publish the agenda").getAttribute("href")).toBe(publish);
    expect(chairs.text()).toContain("Not published yet");
    for (const who of ["member", "finance"] as const) {
      const page = await meetingPage(who);
      expect(page.h1(), who).toBe(meetingTitle);
      expect(page.linksTo(publish), who).toEqual([]);
    }

    expect((await panelPage("officer")).link("Contact tasks: letters, calls and texts to send").getAttribute("href")).toBe(tasks);
    for (const who of ["member", "finance"] as const) {
      const page = await panelPage(who);
      expect(page.h1(), who).toBe("Panel A");
      expect(page.linksTo(tasks), who).toEqual([]);
    }
  });
});
