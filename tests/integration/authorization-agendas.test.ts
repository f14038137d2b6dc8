// The authorisation matrix for agenda items and priorities: every route × every kind of person, on
// the real server, plus id swapping (another panel's item or meeting under this panel's URL is not
// found, even for a site admin). Follows tests/integration/authorization-matrix.test.ts; outcomes
// as in tests/support/authorization.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { cookiesFor, createPeople, defineMatrixTests, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createPanel } from "../support/factories.ts";
import { createMeeting } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; item: string; otherItem: string; meeting: string; otherMeeting: string };

const anyoneInPanel = signedIn("allowed", { outsider: "notFound" });
// The item is the member's: they, the chair and officers shape it (site admins hold every role).
const shapers = signedIn("forbidden", { member: "allowed", chair: "allowed", officer: "allowed", siteAdmin: "allowed", outsider: "notFound" });
const withdrawers = signedIn("forbidden", { member: "allowed", chair: "allowed", siteAdmin: "allowed", outsider: "notFound" });
// Choosing priorities is a member's own choice: members and the chair, not a site admin as such.
const voters = signedIn("forbidden", { member: "allowed", chair: "allowed", outsider: "notFound" });
const swapped = signedIn("notFound");

const matrix: Row<Ids>[] = [
  { route: (ids) => `/panels/${ids.panel}/agenda-items`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/agenda-items`, method: "POST", form: {}, expect: signedIn("noSuchAction", { outsider: "notFound" }) },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/new`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/new`, method: "POST", form: {}, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.item}`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.item}`, method: "POST", form: { intent: "save" }, expect: shapers },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.item}`, method: "POST", form: { intent: "withdraw" }, fresh: true, expect: withdrawers },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/priorities`, expect: anyoneInPanel },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.meeting}/priorities`, method: "POST", form: {}, expect: voters },
  { route: (ids) => `/panels/${ids.otherPanel}/agenda-items`, expect: signedIn("notFound", { siteAdmin: "allowed", outsider: "allowed" }) },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.otherItem}`, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.otherItem}`, method: "POST", form: { intent: "withdraw" }, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/${ids.otherItem}`, method: "POST", form: { intent: "save" }, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.otherMeeting}/priorities`, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/meetings/${ids.otherMeeting}/priorities`, method: "POST", form: {}, expect: swapped },
  { route: (ids) => `/panels/${ids.panel}/agenda-items/not-an-id`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.panel}/meetings/not-an-id/priorities`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.item}/agenda-items/new`, expect: signedIn("notFound") },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  const made = await createPeople(panel.id, otherPanel.id, { outsiderChairs: true });
  const item = await createAgendaItem(panel.id, made.member.id);
  const otherItem = await createAgendaItem(otherPanel.id, made.outsider.id);
  const meeting = await createMeeting(panel.id);
  const otherMeeting = await createMeeting(otherPanel.id);
  ids = { panel: panel.id, otherPanel: otherPanel.id, item: item.id, otherItem: otherItem.id, meeting: meeting.id, otherMeeting: otherMeeting.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for agenda items and priorities", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    intentInTitle: true,
    placeholders: { panel: ":panel", otherPanel: ":otherPanel", item: ":item", otherItem: ":otherPanelsItem", meeting: ":meeting", otherMeeting: ":otherPanelsMeeting" },
    // Rows marked `fresh`: the item is put back to proposed before each person tries, as withdrawing changes it.
    refresh: () => db().agendaItem.updateMany({ data: { status: "PROPOSED" } }),
  });

  it("changes nothing when a refused person posts, or when an item or meeting id is swapped", async () => {
    const before = await db().auditEvent.count();
    const item = { intent: "save", title: "Sneaky", about: "x", type: "DECISION", minutesNeeded: "15" };
    await app().post(`/panels/${ids.panel}/agenda-items/new`, item, cookies.outsider);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.item}`, item, cookies.finance);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.item}`, { intent: "withdraw" }, cookies.officer);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.otherItem}`, item, cookies.siteAdmin);
    await app().post(`/panels/${ids.panel}/agenda-items/${ids.otherItem}`, { intent: "withdraw" }, cookies.chair);
    await app().post(`/panels/${ids.panel}/meetings/${ids.meeting}/priorities`, { points3: ids.item }, cookies.officer);
    await app().post(`/panels/${ids.panel}/meetings/${ids.meeting}/priorities`, { points3: ids.item }, cookies.outsider);
    await app().post(`/panels/${ids.panel}/meetings/${ids.otherMeeting}/priorities`, { points3: ids.otherItem }, cookies.outsider);
    await app().post(`/panels/${ids.otherPanel}/meetings/${ids.otherMeeting}/priorities`, { points3: ids.item }, cookies.outsider);
    expect(await db().agendaItem.count({ where: { title: "Sneaky" } })).toBe(0);
    expect(await db().agendaItem.count({ where: { status: "WITHDRAWN" } })).toBe(0);
    expect(await db().priorityVote.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });
});
