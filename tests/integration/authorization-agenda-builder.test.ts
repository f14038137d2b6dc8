// The authorisation matrix for building and reading a meeting's agenda: every route × every kind
// of person, on the real server, plus id swapping (another panel's meeting or agenda line under
// this panel's URL is not found or refused, even for a site admin). Follows
// tests/integration/authorization-agendas.test.ts; outcomes as in tests/support/authorization.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaEntry, publishAgendaNow } from "../support/agenda-builder.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { cookiesFor, createPeople, defineMatrixTests, everyone, signedIn, type Row, type Who } from "../support/authorization.ts";
import { createPanel } from "../support/factories.ts";
import { createMeeting } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

type Ids = { panel: string; otherPanel: string; meeting: string; otherMeeting: string; entry: string; otherEntry: string; item: string };

const anyoneInPanel = signedIn("allowed", { outsider: "notFound" });
const readOnly = signedIn("noSuchAction", { outsider: "notFound" });
// The chair, the panel's officers and admins build the agenda (site admins hold every role).
const organisers = signedIn("forbidden", { chair: "allowed", officer: "allowed", panelAdmin: "allowed", siteAdmin: "allowed", outsider: "notFound" });
const swapped = signedIn("notFound");

const agenda = (ids: Ids, meeting = ids.meeting) => `/panels/${ids.panel}/meetings/${meeting}/agenda`;

const matrix: Row<Ids>[] = [
  { route: (ids) => agenda(ids), expect: anyoneInPanel },
  { route: (ids) => agenda(ids), method: "POST", expect: readOnly },
  { route: (ids) => `${agenda(ids)}/build`, expect: organisers },
  { route: (ids) => `${agenda(ids)}/build`, method: "POST", expect: organisers },
  { route: (ids) => `${agenda(ids)}/build`, method: "POST", form: (ids) => ({ intent: "move-down", entryId: ids.entry }), expect: organisers },
  { route: (ids) => `${agenda(ids)}/print`, expect: anyoneInPanel },
  { route: (ids) => `${agenda(ids)}/print?size=28`, expect: anyoneInPanel },
  { route: (ids) => `${agenda(ids)}/print`, method: "POST", expect: readOnly },
  { route: (ids) => `${agenda(ids)}.html`, expect: anyoneInPanel },
  { route: (ids) => `${agenda(ids)}.html`, method: "POST", expect: readOnly },
  { route: (ids) => `${agenda(ids)}.txt`, expect: anyoneInPanel },
  { route: (ids) => `${agenda(ids)}.txt`, method: "POST", expect: readOnly },
  // Another panel's meeting under this panel's address: not found, whoever asks.
  { route: (ids) => agenda(ids, ids.otherMeeting), expect: swapped },
  { route: (ids) => `${agenda(ids, ids.otherMeeting)}/build`, expect: swapped },
  { route: (ids) => `${agenda(ids, ids.otherMeeting)}/build`, method: "POST", form: (ids) => ({ intent: "remove", entryId: ids.otherEntry }), expect: swapped },
  { route: (ids) => `${agenda(ids, ids.otherMeeting)}/print`, expect: swapped },
  { route: (ids) => `${agenda(ids, ids.otherMeeting)}.html`, expect: swapped },
  { route: (ids) => `${agenda(ids, ids.otherMeeting)}.txt`, expect: swapped },
  // Another panel's address: the outsider belongs there and finds no such meeting.
  { route: (ids) => `/panels/${ids.otherPanel}/meetings/${ids.meeting}/agenda`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.otherPanel}/meetings/${ids.meeting}/agenda/build`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.panel}/meetings/not-an-id/agenda`, expect: signedIn("notFound") },
  { route: (ids) => `/panels/${ids.panel}/meetings/not-an-id/agenda/build`, expect: signedIn("notFound") },
  // A panel id that is not one of ours is not found before anything else is asked.
  { route: (ids) => `/panels/not-an-id/meetings/${ids.meeting}/agenda.txt`, expect: everyone("notFound") },
];

let ids: Ids;
let cookies: Record<Who, string | undefined>;

beforeEach(async () => {
  const panel = await createPanel({ name: "Panel A" });
  const otherPanel = await createPanel({ name: "Panel B" });
  const made = await createPeople(panel.id, otherPanel.id, { outsiderChairs: true });
  const meeting = await createMeeting(panel.id);
  const otherMeeting = await createMeeting(otherPanel.id);
  const { entry } = await createAgendaEntry(panel.id, meeting.id, made.member.id, { title: "Ours" });
  await createAgendaEntry(panel.id, meeting.id, made.member.id, { title: "Ours too" });
  const { entry: otherEntry } = await createAgendaEntry(otherPanel.id, otherMeeting.id, made.outsider.id, { title: "Theirs" });
  const item = await createAgendaItem(panel.id, made.member.id, { title: "Waiting" });
  // Published, so that everyone allowed to read the agenda has something to read.
  await publishAgendaNow(panel.id, meeting.id, made.chair.id);
  await publishAgendaNow(otherPanel.id, otherMeeting.id, made.outsider.id);
  ids = { panel: panel.id, otherPanel: otherPanel.id, meeting: meeting.id, otherMeeting: otherMeeting.id, entry: entry.id, otherEntry: otherEntry.id, item: item.id };
  cookies = await cookiesFor(app(), made);
});

describe("the authorisation matrix for building and reading agendas", () => {
  defineMatrixTests(matrix, {
    app,
    ids: () => ids,
    cookies: () => cookies,
    intentInTitle: true,
    placeholders: {
      panel: ":panel",
      otherPanel: ":otherPanel",
      meeting: ":meeting",
      otherMeeting: ":otherPanelsMeeting",
      entry: ":entry",
      otherEntry: ":otherPanelsEntry",
      item: ":item",
    },
  });

  it("changes nothing when a refused person posts, or when a meeting or line id is swapped", async () => {
    const before = {
      audit: await db().auditEvent.count(),
      entries: await db().agendaEntry.findMany({ orderBy: { id: "asc" } }),
      items: await db().agendaItem.findMany({ orderBy: { id: "asc" } }),
    };
    const build = `/panels/${ids.panel}/meetings/${ids.meeting}/agenda/build`;
    const otherBuild = `/panels/${ids.otherPanel}/meetings/${ids.otherMeeting}/agenda/build`;
    // People without the role, on this panel's own agenda.
    for (const who of ["anonymous", "member", "finance", "outsider"] as const) {
      await app().post(build, { intent: "add-item", itemId: ids.item }, cookies[who]);
      await app().post(build, { intent: "remove", entryId: ids.entry }, cookies[who]);
      await app().post(build, { intent: "move-down", entryId: ids.entry }, cookies[who]);
      await app().post(build, { intent: "timing", entryId: ids.entry, minutes: "60" }, cookies[who]);
      await app().post(build, { intent: "add-break", minutes: "15" }, cookies[who]);
    }
    // Organisers of this panel reaching for another panel's lines and meetings.
    for (const who of ["chair", "officer", "panelAdmin", "siteAdmin"] as const) {
      await app().post(build, { intent: "remove", entryId: ids.otherEntry }, cookies[who]);
      await app().post(build, { intent: "carry", entryId: ids.otherEntry }, cookies[who]);
      await app().post(build, { intent: "timing", entryId: ids.otherEntry, minutes: "60" }, cookies[who]);
      await app().post(build, { intent: "paper", entryId: ids.otherEntry }, cookies[who]);
      await app().post(`/panels/${ids.panel}/meetings/${ids.otherMeeting}/agenda/build`, { intent: "remove", entryId: ids.otherEntry }, cookies[who]);
      await app().post(`/panels/${ids.panel}/meetings/${ids.otherMeeting}/agenda/build`, { intent: "add-break", minutes: "15" }, cookies[who]);
    }
    // The other panel's chair reaching into this panel, from their own panel's address too.
    await app().post(otherBuild, { intent: "remove", entryId: ids.entry }, cookies.outsider);
    await app().post(otherBuild, { intent: "add-item", itemId: ids.item }, cookies.outsider);
    expect(await db().auditEvent.count()).toBe(before.audit);
    expect(await db().agendaEntry.findMany({ orderBy: { id: "asc" } })).toEqual(before.entries);
    expect(await db().agendaItem.findMany({ orderBy: { id: "asc" } })).toEqual(before.items);
  });
});
