// Building a meeting's agenda, its page, large print and exports, through real form posts on the
// real server (issue 4, "Chair and lead officer build the agenda"; "Agenda page"; R6.4).
import { describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { db } from "../../app/services.server.ts";
import { createAgendaEntry, createBreak, publishAgendaNow } from "../support/agenda-builder.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf, type HtmlPage } from "../support/html.ts";
import { createMeeting } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const DAY = 86_400_000;

/** The words of the tags (Late paper, For discussion…) on the page's agenda lines. */
const tagsOf = (page: HtmlPage) => [...page.document.querySelectorAll("main .govuk-tag")].map((tag) => tag.textContent.trim());

/** A panel with a chair, an officer, a member and finance, and a two-hour meeting in two weeks. */
async function setUp(meeting: Parameters<typeof createMeeting>[1] = {}) {
  const panel = await createPanel({ name: "Wessex panel" });
  const person = async (name: string, roles: PanelRole[]) => {
    const made = await createPerson({ name, roles: roles.map((role) => ({ panelId: panel.id, role })) });
    return { ...made, cookie: await app().cookieFor(made.id) };
  };
  const chair = await person("Alex Morgan", ["MEMBER", "CHAIR"]);
  const officer = await person("Chris Jones", ["OFFICER"]);
  const member = await person("Priya Shah", ["MEMBER"]);
  const finance = await person("Dana Okafor", ["FINANCE"]);
  const made = await createMeeting(panel.id, { title: "Spring meeting", ...meeting });
  const base = `/panels/${panel.id}/meetings/${made.id}/agenda`;
  return { panel, chair, officer, member, finance, meeting: made, base, build: `${base}/build` };
}

async function entriesOf(meetingId: string) {
  const entries = await db().agendaEntry.findMany({ where: { meetingId }, orderBy: { position: "asc" }, include: { item: true } });
  return entries.map((e) => ({ id: e.id, position: e.position, kind: e.kind, title: e.item?.title ?? e.title, minutes: e.minutes, presenter: e.presenter }));
}

const auditCount = (action?: string) => db().auditEvent.count({ where: action ? { action } : {} });

describe("putting items on the agenda", () => {
  it("the chair adds proposed items: each goes at the end with the time it asked for, and is audited", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    const first = await createAgendaItem(panel.id, member.id, { title: "Easy read letters" });
    const second = await createAgendaItem(panel.id, member.id, { title: "Paying personal assistants" });
    await db().agendaItem.update({ where: { id: second.id }, data: { minutesNeeded: 30 } });

    const response = await app().post(build, { intent: "add-item", itemId: first.id }, chair.cookie);
    expect(response.status).toBe(302);
    const [entry] = await entriesOf(meeting.id);
    expect(response.headers.get("Location")).toBe(`${build}?added=${entry!.id}#entry-${entry!.id}`);
    await app().post(build, { intent: "add-item", itemId: second.id }, chair.cookie);

    expect(await entriesOf(meeting.id)).toEqual([
      expect.objectContaining({ position: 1, kind: "ITEM", title: "Easy read letters", minutes: 15 }),
      expect.objectContaining({ position: 2, kind: "ITEM", title: "Paying personal assistants", minutes: 30 }),
    ]);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "ON_AGENDA", meetingId: meeting.id });
    expect(await auditCount("agenda.item-added")).toBe(2);

    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("'Easy read letters' is on the agenda as number 1");
    expect(page).toContain("1. Easy read letters");
    expect(page).toContain("2. Paying personal assistants");
    // The item is no longer among the candidates.
    const builder = await pageOf(page);
    expect(builder.h1()).toBe("Build the agenda");
    expect(builder.hasButton("Add to agenda Easy read letters")).toBe(false);
  });

  it("lists the candidates in the members' priority order with their points and whose idea each was", async () => {
    const { panel, chair, member, officer, meeting, build } = await setUp();
    const low = await createAgendaItem(panel.id, member.id, { title: "Low priority item" });
    const high = await createAgendaItem(panel.id, officer.id, { title: "High priority item", proposedAs: "OFFICER" });
    await db().priorityVote.createMany({
      data: [
        { meetingId: meeting.id, personId: member.id, itemId: high.id, weight: 3 },
        { meetingId: meeting.id, personId: member.id, itemId: low.id, weight: 1 },
      ],
    });
    const page = await htmlOf(await app().fetch(build, { cookie: chair.cookie }));
    expect(page.indexOf("High priority item")).toBeLessThan(page.indexOf("Low priority item"));
    expect(page).toContain("Proposed by an officer");
    expect(page).toContain("Proposed by a member");
    expect(page).toMatch(/High priority item[\s\S]*?>3<\/td>/);
    expect(page).toContain('Add to agenda<span class="govuk-visually-hidden"> High priority item</span>');
  });

  it("refuses an item that is withdrawn, already on an agenda or another panel's, and changes nothing", async () => {
    const { panel, chair, member, build, meeting } = await setUp();
    const otherPanel = await createPanel();
    const withdrawn = await createAgendaItem(panel.id, member.id, { status: "WITHDRAWN" });
    const elsewhere = await createAgendaItem(otherPanel.id, member.id);
    const { item: onAgenda } = await createAgendaEntry(panel.id, meeting.id, member.id);
    const before = await auditCount();
    for (const itemId of [withdrawn.id, elsewhere.id, onAgenda.id, "not-an-id", ""]) {
      const response = await app().post(build, { intent: "add-item", itemId }, chair.cookie);
      expect(response.status).toBe(400);
    }
    const refusal = await htmlOf(await app().post(build, { intent: "add-item", itemId: elsewhere.id }, chair.cookie));
    expect(refusal).toContain("That item is not one of this panel's proposed items, so it cannot be added to the agenda.");
    expect(refusal).toContain('href="#agenda-so-far"');
    expect(await db().agendaEntry.count()).toBe(1);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ status: "PROPOSED", meetingId: null });
    expect(await auditCount()).toBe(before);
  });
});

describe("ordering the agenda with buttons", () => {
  it("moving swaps a line with its neighbour, says where it went and brings focus back to the same button", async () => {
    const { panel, officer, member, meeting, build } = await setUp();
    const a = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    const b = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const c = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Any other business" });

    const up = await app().post(build, { intent: "move-up", entryId: c.entry.id }, officer.cookie);
    expect(up.status).toBe(302);
    expect(up.headers.get("Location")).toBe(`${build}?moved=${c.entry.id}&to=up#move-up-${c.entry.id}`);
    expect((await entriesOf(meeting.id)).map((e) => e.title)).toEqual(["Welcome", "Any other business", "Easy read letters"]);
    const page = await htmlOf(await app().fetch(up.headers.get("Location")!, { cookie: officer.cookie }));
    expect(page).toMatch(/<div role="status"[^>]*>Moved 'Any other business' up to number 2<\/div>/);
    expect(page).toContain(`id="move-up-${c.entry.id}"`);

    await app().post(build, { intent: "move-down", entryId: a.entry.id }, officer.cookie);
    expect((await entriesOf(meeting.id)).map((e) => [e.position, e.title])).toEqual([
      [1, "Any other business"],
      [2, "Welcome"],
      [3, "Easy read letters"],
    ]);
    expect(await auditCount("agenda.entry-moved")).toBe(2);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "agenda.entry-moved", entityId: a.entry.id } });
    expect(audit.before).toEqual({ place: 1 });
    expect(audit.after).toMatchObject({ place: 2, direction: "down" });
    expect(b.entry.id).toBeTruthy();
  });

  it("a break moves like an item and says which line it now follows", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const tea = await createBreak(meeting.id, { title: "Tea break" });
    const moved = await app().post(build, { intent: "move-up", entryId: tea.id }, chair.cookie);
    const page = await htmlOf(await app().fetch(moved.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("Moved 'Tea break' up to after 'Welcome'");
    // Numbers are for items only: the item after the break is still number 2.
    expect(page).toContain("2. Easy read letters");
  });

  it("moving the first line up or the last line down changes nothing and says so calmly", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    const first = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    const last = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Any other business" });
    const before = await auditCount();
    const up = await app().post(build, { intent: "move-up", entryId: first.entry.id }, chair.cookie);
    expect(up.status).toBe(302);
    expect(up.headers.get("Location")).toBe(`${build}?unmoved=${first.entry.id}&to=up#move-up-${first.entry.id}`);
    expect(await htmlOf(await app().fetch(up.headers.get("Location")!, { cookie: chair.cookie }))).toContain(
      "'Welcome' is already first on the agenda, so it was not moved",
    );
    const down = await app().post(build, { intent: "move-down", entryId: last.entry.id }, chair.cookie);
    expect(await htmlOf(await app().fetch(down.headers.get("Location")!, { cookie: chair.cookie }))).toContain(
      "'Any other business' is already last on the agenda, so it was not moved",
    );
    expect((await entriesOf(meeting.id)).map((e) => e.title)).toEqual(["Welcome", "Any other business"]);
    expect(await auditCount()).toBe(before);
  });
});

describe("timings, presenters and breaks", () => {
  it("saves the minutes and presenter for a line", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    const { entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const response = await app().post(build, { intent: "timing", entryId: entry.id, minutes: " 25 ", presenter: "  Jordan Ellis " }, chair.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${build}?timing=${entry.id}#entry-${entry.id}`);
    expect(await entriesOf(meeting.id)).toEqual([expect.objectContaining({ minutes: 25, presenter: "Jordan Ellis" })]);
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("The time for 'Easy read letters' is saved.");
    expect(page).toContain("25 minutes. Presenter: Jordan Ellis.");
    expect(await auditCount("agenda.timing-changed")).toBe(1);
  });

  const badTimings: [string, Record<string, string>, string][] = [
    ["0 minutes", { minutes: "0" }, "Enter the time in minutes, between 5 and 180"],
    ["4 minutes", { minutes: "4" }, "Enter the time in minutes, between 5 and 180"],
    ["999 minutes", { minutes: "999" }, "Enter the time in minutes, between 5 and 180"],
    ["words for minutes", { minutes: "abc" }, "Enter the time in minutes, between 5 and 180"],
    ["no minutes", { minutes: "" }, "Enter the time in minutes, between 5 and 180"],
    ["half a minute", { minutes: "12.5" }, "Enter the time in minutes, between 5 and 180"],
    ["a presenter over 200 characters", { minutes: "15", presenter: "x".repeat(201) }, "Who presents must be 200 characters or fewer"],
  ];
  for (const [what, fields, message] of badTimings) {
    it(`refuses ${what}, shows why beside the field and keeps what was typed`, async () => {
      const { panel, chair, member, meeting, build } = await setUp();
      const { entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
      const response = await app().post(build, { intent: "timing", entryId: entry.id, ...fields }, chair.cookie);
      expect(response.status).toBe(400);
      const page = await htmlOf(response);
      expect(page).toContain(message);
      const field = Object.keys(fields).find((name) => page.includes(`href="#timing-${entry.id}-${name}"`));
      expect(field).toBeDefined();
      expect(page).toContain("There is a problem");
      expect(await entriesOf(meeting.id)).toEqual([expect.objectContaining({ minutes: 15, presenter: "" })]);
    });
  }

  it("adds a break at the end, named Break unless told otherwise, and removes it", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    const response = await app().post(build, { intent: "add-break", title: "", minutes: "15" }, chair.cookie);
    expect(response.status).toBe(302);
    await app().post(build, { intent: "add-break", title: "Lunch", minutes: "45" }, chair.cookie);
    const entries = await entriesOf(meeting.id);
    expect(entries.map((e) => [e.kind, e.title, e.minutes])).toEqual([
      ["ITEM", "Welcome", 15],
      ["BREAK", "Break", 15],
      ["BREAK", "Lunch", 45],
    ]);
    const removed = await app().post(build, { intent: "remove-break", entryId: entries[1]!.id }, chair.cookie);
    expect(removed.status).toBe(302);
    expect((await entriesOf(meeting.id)).map((e) => [e.position, e.title])).toEqual([
      [1, "Welcome"],
      [2, "Lunch"],
    ]);
    expect(await auditCount("agenda.break-added")).toBe(2);
    expect(await auditCount("agenda.break-removed")).toBe(1);
  });

  it("refuses a break shorter than 5 or longer than 60 minutes, and removing an item as if it were a break", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    const { entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    for (const minutes of ["4", "61", "abc"]) {
      const response = await app().post(build, { intent: "add-break", title: "Break", minutes }, chair.cookie);
      expect(response.status).toBe(400);
      expect(await htmlOf(response)).toContain("Enter how long the break is in minutes, between 5 and 60");
    }
    const tea = await createBreak(meeting.id);
    const longBreak = await app().post(build, { intent: "timing", entryId: tea.id, minutes: "90" }, chair.cookie);
    expect(longBreak.status).toBe(400);
    expect(await htmlOf(longBreak)).toContain(`href="#timing-${tea.id}-minutes"`);
    const wrongKind = await app().post(build, { intent: "remove-break", entryId: entry.id }, chair.cookie);
    expect(wrongKind.status).toBe(400);
    expect(await htmlOf(wrongKind)).toContain("That line is an item, not a break.");
    const carryBreak = await app().post(build, { intent: "carry", entryId: tea.id }, chair.cookie);
    expect(await htmlOf(carryBreak)).toContain("That line is a break, not an item.");
    expect((await entriesOf(meeting.id)).map((e) => [e.title, e.minutes])).toEqual([
      ["Welcome", 15],
      ["Break", 15],
    ]);
  });
});

describe("taking items off and carrying them forward", () => {
  it("removing an item puts it back with the proposed items and closes the gap", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    const a = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    const b = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Any other business" });
    const response = await app().post(build, { intent: "remove", entryId: b.entry.id }, chair.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${build}?removed=${b.item.id}#agenda-so-far`);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: b.item.id } })).toMatchObject({ status: "PROPOSED", meetingId: null, carriedFromMeetingId: null });
    expect((await entriesOf(meeting.id)).map((e) => [e.position, e.title])).toEqual([
      [1, "Welcome"],
      [2, "Any other business"],
    ]);
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("'Easy read letters' is off the agenda and back with the proposed items.");
    expect(page).toContain('Add to agenda<span class="govuk-visually-hidden"> Easy read letters</span>');
    expect(a.entry.id).toBeTruthy();
  });

  it("carrying an item takes it off this agenda and offers it to the next meeting, marked as carried", async () => {
    const { panel, chair, member, meeting, build } = await setUp({ startsAt: new Date(Date.UTC(2031, 2, 5, 14)) });
    const next = await createMeeting(panel.id, { title: "Summer meeting", startsAt: new Date(Date.UTC(2031, 5, 4, 14)) });
    const { item, entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const response = await app().post(build, { intent: "carry", entryId: entry.id }, chair.cookie);
    expect(response.status).toBe(302);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "PROPOSED", meetingId: null, carriedFromMeetingId: meeting.id });
    expect(await db().agendaEntry.count()).toBe(0);
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("'Easy read letters' is carried to the next meeting. It is among the items for Summer meeting on 4 June 2031.");

    const nextBuild = `/panels/${panel.id}/meetings/${next.id}/agenda/build`;
    const nextPage = await htmlOf(await app().fetch(nextBuild, { cookie: chair.cookie }));
    expect(nextPage).toMatch(/Easy read letters[\s\S]*?Carried from 5 March 2031/);
    const added = await app().post(nextBuild, { intent: "add-item", itemId: item.id }, chair.cookie);
    expect(added.status).toBe(302);
    const agenda = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${next.id}/agenda`, { cookie: chair.cookie }));
    expect(agenda).toContain("Carried from 5 March 2031");
    expect(await auditCount("agenda.item-carried")).toBe(1);
  });
});

describe("papers and the papers deadline", () => {
  it("a paper recorded after the deadline is marked as a late paper, in words, on the builder and the agenda", async () => {
    // The meeting is in 3 days; its papers were due 4 days ago.
    const { panel, chair, member, meeting, build, base } = await setUp({ startsAt: new Date(Date.now() + 3 * DAY) });
    const { item, entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const response = await app().post(build, { intent: "paper", entryId: entry.id, paperLink: "https://example.org/paper.pdf" }, chair.cookie);
    expect(response.status).toBe(302);
    const saved = await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved.paperLink).toBe("https://example.org/paper.pdf");
    expect(Math.abs(saved.paperReceivedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("The paper for 'Easy read letters' is recorded. It is a late paper: arrived");
    expect(page).toContain(">Late paper</strong>");
    const agenda = await htmlOf(await app().fetch(base, { cookie: chair.cookie }));
    expect(agenda).toMatch(/Late paper: arrived \d{1,2} \w{3}, after the deadline of \d{1,2} \w{3}/);
    expect(agenda).toContain('href="https://example.org/paper.pdf"');
    expect(await auditCount("agenda.paper-recorded")).toBe(1);
  });

  it("a paper that arrived before the deadline is not late; the date and time are read in the panel's time zone", async () => {
    // A past meeting: its papers were due on 3 July 2024 at 2pm London time (13:00 UTC).
    const { panel, chair, member, meeting, build } = await setUp({ startsAt: new Date(Date.UTC(2024, 6, 10, 13)) });
    await db().meeting.update({ where: { id: meeting.id }, data: { papersDeadline: new Date(Date.UTC(2024, 6, 3, 13)) } });
    const { item, entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const recordAt = async (paperDate: string, paperTime: string) =>
      app().post(build, { intent: "paper", entryId: entry.id, ...dateInputValue("paperDate", paperDate), paperTime, paperLink: "" }, chair.cookie);

    expect((await recordAt("2024-07-03", "13:30")).status).toBe(302);
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).paperReceivedAt).toEqual(new Date(Date.UTC(2024, 6, 3, 12, 30)));
    const onTimePage = await pageOf(await app().fetch(build, { cookie: chair.cookie }));
    const onTime = onTimePage.source;
    expect(onTimePage.h1()).toBe("Build the agenda");
    expect(tagsOf(onTimePage)).not.toContain("Late paper");
    expect(onTime).toContain("Paper arrived 3 Jul.");

    // Typed as people type them: 3 7 2024 at 2:30pm, half an hour after the deadline.
    expect((await recordAt("2024-07-03", "2:30pm")).status).toBe(302);
    expect(await htmlOf(await app().fetch(build, { cookie: chair.cookie }))).toContain("Late paper: arrived 3 Jul, after the deadline of 3 Jul");

    const future = await recordAt("2099-01-01", "10:00");
    expect(future.status).toBe(400);
    expect(await htmlOf(future)).toContain("The date and time the paper arrived cannot be in the future");
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).paperReceivedAt).toEqual(new Date(Date.UTC(2024, 6, 3, 13, 30)));
  });

  const badPapers: [string, Record<string, string>, string, string][] = [
    ["a script link", { paperLink: "javascript:alert(1)" }, "paperLink", "Enter a web address starting with https:// or http://"],
    ["a file link", { paperLink: "file:///etc/passwd" }, "paperLink", "Enter a web address starting with https:// or http://"],
    ["a date that is not real", { ...dateInputValue("paperDate", "2024-02-30"), paperTime: "10:00" }, "paperDate-day", "Date the paper arrived must be a real date: February 2024 has 29 days"],
    ["a date without a month", { ...dateInputValue("paperDate", "2024-02-03"), "paperDate-month": "", paperTime: "10:00" }, "paperDate-month", "Date the paper arrived must include a month"],
    ["a time that is not a time", { ...dateInputValue("paperDate", "2024-02-03"), paperTime: "25:00" }, "paperTime", "Time the paper arrived must be a real time: hours go from 0 to 23, like 2pm or 14:00"],
    ["a time with no date", { paperTime: "10:00" }, "paperDate-day", "Enter the date the paper arrived, or leave both empty for now"],
    ["a date with no time", dateInputValue("paperDate", "2024-02-01"), "paperTime", "Enter the time the paper arrived, like 2pm or 14:00"],
  ];
  for (const [what, fields, field, message] of badPapers) {
    it(`refuses ${what} for a paper`, async () => {
      const { panel, chair, member, meeting, build } = await setUp();
      const { item, entry } = await createAgendaEntry(panel.id, meeting.id, member.id);
      const response = await app().post(build, { intent: "paper", entryId: entry.id, ...fields }, chair.cookie);
      expect(response.status).toBe(400);
      const page = await htmlOf(response);
      expect(page).toContain(message);
      expect(page).toContain(`href="#paper-${entry.id}-${field}"`);
      expect(await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ paperReceivedAt: null, paperLink: "" });
    });
  }
});

describe("refusals that change nothing", () => {
  it("refuses unknown line ids, another meeting's lines and forged forms with a specific message", async () => {
    const { panel, chair, member, meeting, build } = await setUp();
    const otherMeeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 40 * DAY) });
    const otherPanel = await createPanel();
    const otherPanelMeeting = await createMeeting(otherPanel.id);
    const mine = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Mine" });
    const theirs = await createAgendaEntry(panel.id, otherMeeting.id, member.id, { title: "Another meeting's" });
    const foreign = await createAgendaEntry(otherPanel.id, otherPanelMeeting.id, member.id, { title: "Another panel's" });
    const before = { audit: await auditCount(), entries: [await entriesOf(meeting.id), await entriesOf(otherMeeting.id), await entriesOf(otherPanelMeeting.id)] };

    for (const entryId of [theirs.entry.id, foreign.entry.id, "00000000-0000-4000-8000-000000009999", "'; drop table", ""]) {
      const forms: Record<string, string>[] = [
        { intent: "move-up" },
        { intent: "move-down" },
        { intent: "remove" },
        { intent: "carry" },
        { intent: "remove-break" },
        { intent: "timing", minutes: "20", presenter: "Sneaky" },
        { intent: "paper", paperLink: "https://example.org/x" },
      ];
      for (const form of forms) {
        const response = await app().post(build, { ...form, entryId }, chair.cookie);
        expect(response.status, `${form.intent} ${entryId}`).toBe(400);
      }
    }
    const refusal = await htmlOf(await app().post(build, { intent: "remove", entryId: theirs.entry.id }, chair.cookie));
    expect(refusal).toContain("That line is not on this meeting's agenda. It may have been removed: reload the page to see the agenda as it is now.");
    const forged = await app().post(build, { intent: "publish-everything", entryId: mine.entry.id }, chair.cookie);
    expect(forged.status).toBe(400);
    expect(await htmlOf(forged)).toContain("This form is not one we know about. Reload the page and try again.");

    expect(await auditCount()).toBe(before.audit);
    expect([await entriesOf(meeting.id), await entriesOf(otherMeeting.id), await entriesOf(otherPanelMeeting.id)]).toEqual(before.entries);
    expect(await db().agendaItem.count({ where: { status: "PROPOSED" } })).toBe(0);
  });

  it("a cancelled meeting's agenda cannot be changed, and its builder says so without offering changes", async () => {
    const { panel, chair, member, meeting, build } = await setUp({ cancelled: true });
    const { entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Any other business" });
    const proposed = await createAgendaItem(panel.id, member.id, { title: "Waiting" });
    const before = await auditCount();
    const forms: Record<string, string>[] = [
      { intent: "add-item", itemId: proposed.id },
      { intent: "move-down", entryId: entry.id },
      { intent: "remove", entryId: entry.id },
      { intent: "carry", entryId: entry.id },
      { intent: "timing", entryId: entry.id, minutes: "20" },
      { intent: "paper", entryId: entry.id },
      { intent: "add-break", title: "Break", minutes: "15" },
    ];
    for (const form of forms) {
      const response = await app().post(build, form, chair.cookie);
      expect(response.status, form.intent).toBe(400);
      expect(await htmlOf(response)).toContain("This meeting has been cancelled, so its agenda cannot be changed.");
    }
    expect((await entriesOf(meeting.id)).map((e) => e.title)).toEqual(["Welcome", "Any other business"]);
    expect(await auditCount()).toBe(before);
    const page = await pageOf(await app().fetch(build, { cookie: chair.cookie }));
    expect(page.h1()).toBe("Build the agenda");
    expect(page.mainText()).toContain("This meeting has been cancelled, so its agenda cannot be changed.");
    expect(page.hasButton(/^Move up/)).toBe(false);
    expect(page.hasButton(/^Add to agenda/)).toBe(false);
  });

  it("a member or finance person posting to the builder is forbidden and changes nothing", async () => {
    const { panel, member, finance, meeting, build } = await setUp();
    const item = await createAgendaItem(panel.id, member.id);
    const { entry } = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    for (const person of [member, finance]) {
      expect((await app().post(build, { intent: "add-item", itemId: item.id }, person.cookie)).status).toBe(403);
      expect((await app().post(build, { intent: "remove", entryId: entry.id }, person.cookie)).status).toBe(403);
      expect((await app().fetch(build, { cookie: person.cookie })).status).toBe(403);
    }
    expect(await db().agendaEntry.count()).toBe(1);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "PROPOSED" });
  });
});

describe("warnings on the builder", () => {
  it("warns about a long meeting with no break until a break is added", async () => {
    const { panel, chair, member, meeting, build } = await setUp({ hours: 2 });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Welcome" });
    const warning = "This meeting is longer than 90 minutes and has no break. Add at least one break.";
    expect(await htmlOf(await app().fetch(build, { cookie: chair.cookie }))).toContain(warning);
    await app().post(build, { intent: "add-break", title: "Break", minutes: "15" }, chair.cookie);
    const withBreak = await pageOf(await app().fetch(build, { cookie: chair.cookie }));
    expect(withBreak.h1()).toBe("Build the agenda");
    expect(withBreak.mainText()).not.toContain(warning);
  });

  it("warns when more is planned than the meeting has time for, giving both figures", async () => {
    const { panel, chair, member, meeting, build } = await setUp({ hours: 1 });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Long item", minutes: 50 });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Another", minutes: 20 });
    expect(await htmlOf(await app().fetch(build, { cookie: chair.cookie }))).toContain(
      "The agenda plans 70 minutes, but the meeting is 60 minutes long.",
    );
  });

  it("flags items left out that feed a council decision before the next meeting, and items too late to influence one", async () => {
    const { panel, chair, member, meeting, build } = await setUp({ startsAt: new Date(Date.UTC(2031, 2, 5, 14)), hours: 1 });
    await createMeeting(panel.id, { startsAt: new Date(Date.UTC(2031, 5, 4, 14)) });
    const leftOut = await createAgendaItem(panel.id, member.id, { title: "Day services plan" });
    await db().agendaItem.update({ where: { id: leftOut.id }, data: { councilDecisionDate: new Date(Date.UTC(2031, 3, 30, 12)) } });
    const later = await createAgendaItem(panel.id, member.id, { title: "Next year's budget" });
    await db().agendaItem.update({ where: { id: later.id }, data: { councilDecisionDate: new Date(Date.UTC(2031, 8, 1, 12)) } });
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Old consultation", councilDecisionDate: new Date(Date.UTC(2031, 1, 1, 12)) });
    const page = await pageOf(await app().fetch(build, { cookie: chair.cookie }));
    expect(page.h1()).toBe("Build the agenda");
    expect(page.mainText()).toContain("Left out: 'Day services plan' feeds the council decision on 30 April 2031, before the next meeting.");
    expect(page.mainText()).not.toContain("Left out: 'Next year's budget'");
    expect(page.mainText()).toContain("Too late to influence: 'Old consultation' feeds the council decision on 1 February 2031, which is before this meeting.");

    await app().post(build, { intent: "add-item", itemId: leftOut.id }, chair.cookie);
    const added = await pageOf(await app().fetch(build, { cookie: chair.cookie }));
    expect(added.h1()).toBe("Build the agenda");
    expect(added.mainText()).not.toContain("Left out: 'Day services plan'");
  });
});

describe("the agenda page", () => {
  it("members are told the agenda is not published yet; organisers see the draft with a note", async () => {
    const { panel, chair, member, meeting, base } = await setUp();
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    const memberView = await pageOf(await app().fetch(base, { cookie: member.cookie }));
    const memberPage = memberView.source;
    expect(memberView.h1()).toBe("Agenda");
    expect(memberPage).toContain("The agenda has not been published yet. You will be told when it is.");
    // The draft is not sent to members at all, not even in the data for hydration.
    expect(memberView.html).not.toContain("Easy read letters");
    expect(memberPage).toContain("<title>Agenda: Spring meeting – Panel</title>");

    const chairPage = await htmlOf(await app().fetch(base, { cookie: chair.cookie }));
    expect(chairPage).toContain("This is the draft agenda. It has not been published, so members cannot see it yet.");
    expect(chairPage).toContain("1. Easy read letters");
    expect(chairPage).toContain(`href="${base}/build"`);
    expect(chairPage.match(/<h1/g)).toHaveLength(1);
  });

  it("members see the published version, not later changes; organisers are told the draft differs", async () => {
    const { panel, chair, officer, member, meeting, base, build } = await setUp();
    const { entry } = await createAgendaEntry(panel.id, meeting.id, member.id, {
      title: "Easy read letters",
      presenter: "Jordan Ellis",
      about: "Letters about Direct Payments come in small print.",
      relatedRecommendations: ["R6.4"],
      councilDecision: "Cabinet agrees the letters policy",
      councilDecisionDate: new Date(Date.UTC(2031, 3, 30, 12)),
    });
    await db().glossaryTerm.create({ data: { panelId: panel.id, term: "Direct Payment", explanation: "Money from the council to arrange your own support." } });
    await publishAgendaNow(panel.id, meeting.id, chair.id);

    expect(await htmlOf(await app().fetch(base, { cookie: chair.cookie }))).toMatch(/It is the same as version 1, published on \d{1,2} \w+ \d{4}, which members see/);
    await app().post(build, { intent: "timing", entryId: entry.id, minutes: "40", presenter: "Jordan Ellis" }, officer.cookie);
    const chairPage = await htmlOf(await app().fetch(base, { cookie: chair.cookie }));
    expect(chairPage).toMatch(/It has changed since version 1 was published on \d{1,2} \w+ \d{4}: members still see version 1/);
    expect(chairPage).toContain('"Easy read letters" now has 40 minutes (it had 15 minutes)');

    const memberView = await pageOf(await app().fetch(base, { cookie: member.cookie }));
    const memberPage = memberView.source;
    expect(memberView.h1()).toBe("Agenda");
    expect(memberPage).toMatch(/Version 1, published on \d{1,2} \w+ \d{4}/);
    expect(memberPage).toContain("1. Easy read letters");
    expect(memberPage).toContain("15 minutes");
    // The draft's later timing is not sent to members at all, not even in the data for hydration.
    expect(memberView.html).not.toContain("40 minutes");
    expect(memberPage).toContain("Jordan Ellis");
    expect(memberPage).toContain("R6.4");
    expect(memberPage).toContain("Cabinet agrees the letters policy");
    expect(memberPage).toContain("On 30 April 2031");
    expect(memberPage).toContain("For discussion");
    expect(memberPage).toContain('<summary class="app-glossary-term__summary">Direct Payments<span class="govuk-visually-hidden"> (glossary term)</span></summary>');
    expect(memberPage).toContain("No paper yet");
    for (const link of ["Large print version", "Download the agenda (HTML)", "Download as plain text"]) expect(memberPage).toContain(link);
    expect(memberView.hasLink("Build the agenda")).toBe(false);
    expect(memberView.linksTo(`${base}/build`)).toEqual([]);
  });
});

describe("large print and exports", () => {
  it("shows the agenda in 18 point print by default, 24 or 28 point on request, with one heading 1", async () => {
    const { panel, chair, member, meeting, base } = await setUp();
    await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Easy read letters" });
    await createBreak(meeting.id, { title: "Tea break", minutes: 10 });
    const page = await htmlOf(await app().fetch(`${base}/print`, { cookie: chair.cookie }));
    expect(page).toContain('class="app-large-print app-large-print--18"');
    expect(page.match(/<h1/g)).toHaveLength(1);
    expect(page).toContain("Agenda: Spring meeting");
    expect(page).toMatch(/Tea break, 10 minutes/);
    expect(page).toMatch(/<link rel="stylesheet" href="[^"]*agenda-print-[^"]*\.css"/);
    expect(await htmlOf(await app().fetch(`${base}/print?size=24`, { cookie: chair.cookie }))).toContain("app-large-print--24");
    expect(await htmlOf(await app().fetch(`${base}/print?size=28`, { cookie: chair.cookie }))).toContain("app-large-print--28");
    expect(await htmlOf(await app().fetch(`${base}/print?size=999"><script>`, { cookie: chair.cookie }))).toContain("app-large-print--18");
    expect(await htmlOf(await app().fetch(`${base}/print`, { cookie: member.cookie }))).toContain("The agenda has not been published yet. You will be told when it is.");
  });

  it("downloads the whole agenda with the meeting's details as HTML and as plain text", async () => {
    const { panel, chair, member, meeting, base } = await setUp({
      title: "Spring meeting: <day services> & \"budgets\"",
      startsAt: new Date(Date.UTC(2031, 2, 5, 14)),
      venueName: "Civic Centre",
      venueAddress: "Castle Street\nWinchester",
      onlineLink: "https://meet.example.org/panel",
    });
    await createAgendaEntry(panel.id, meeting.id, member.id, {
      title: "Easy read letters",
      presenter: "Jordan Ellis",
      paperReceivedAt: new Date(Date.UTC(2031, 1, 28, 10)),
      paperLink: "https://example.org/paper.pdf",
    });
    await createBreak(meeting.id, { minutes: 15 });

    const html = await app().fetch(`${base}.html`, { cookie: chair.cookie });
    expect(html.status).toBe(200);
    expect(html.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("Content-Disposition")).toBe('attachment; filename="agenda-spring-meeting-day-services-budgets-2031-03-05.html"');
    const document = await html.text();
    const downloaded = await pageOf(document);
    expect(downloaded.h1()).toBe('Agenda: Spring meeting: <day services> & "budgets"');
    expect(document).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(document).toContain("<title>Agenda: Spring meeting: &lt;day services&gt; &amp; &quot;budgets&quot; – Wessex panel</title>");
    // What was typed is escaped everywhere in the file, so the raw markup is checked.
    expect(document).not.toContain("<day services>");
    expect(document).toContain("Wednesday 5 March 2031, 2pm to 4pm");
    expect(document).toContain("Castle Street");
    expect(document).toContain("https://meet.example.org/panel");
    expect(document).toContain("Papers deadline");
    expect(document).toContain("Late paper: arrived 28 Feb, after the deadline of 26 Feb");
    expect(document).toContain("2pm: 1. Easy read letters");
    expect(document).toContain("2:15pm: Break, 15 minutes");
    expect(document).toContain("<style>");
    expect(downloaded.document.querySelectorAll("script, link")).toHaveLength(0);

    const text = await app().fetch(`${base}.txt`, { cookie: chair.cookie });
    expect(text.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("Content-Disposition")).toBe('attachment; filename="agenda-spring-meeting-day-services-budgets-2031-03-05.txt"');
    const body = await text.text();
    expect(body).toContain('Agenda: Spring meeting: <day services> & "budgets"');
    expect(body).toContain("Draft agenda: not published yet");
    expect(body).toContain("When: Wednesday 5 March 2031, 2pm to 4pm");
    expect(body).toContain("Where: Civic Centre, Castle Street, Winchester");
    expect(body).toContain("Online: https://meet.example.org/panel");
    expect(body).toContain("Papers deadline: 2pm on Wednesday 26 February 2031");
    expect(body).toContain("2pm: 1. Easy read letters\nFor discussion. 15 minutes. Presented by Jordan Ellis.\nLate paper: arrived 28 Feb, after the deadline of 26 Feb");
    expect(body).toContain("Paper: https://example.org/paper.pdf");
    expect(body).toContain("2:15pm: Break, 15 minutes");
    expect(body).toContain("Planned to finish at 2:30pm.");

    // A member gets nothing until it is published, then the published version.
    const none = await app().fetch(`${base}.txt`, { cookie: member.cookie });
    expect(none.status).toBe(404);
    expect(await none.text()).toBe("The agenda has not been published yet. You will be told when it is.");
    expect((await app().fetch(`${base}.html`, { cookie: member.cookie })).status).toBe(404);
    await publishAgendaNow(panel.id, meeting.id, chair.id);
    await createBreak(meeting.id, { title: "Lunch", minutes: 30 });
    const published = await (await app().fetch(`${base}.txt`, { cookie: member.cookie })).text();
    expect(published).toMatch(/Version 1, published on \d{1,2} \w+ \d{4}/);
    expect(published).not.toContain("Lunch");
    expect(await (await app().fetch(`${base}.txt`, { cookie: chair.cookie })).text()).toContain("Lunch");
  });
});

it("the demo panel's past meeting has a built agenda with a break and a late paper; the upcoming one is left to build", async () => {
  const { loadDemoData, demoIds } = await import("../../prisma/demo-data.ts");
  await loadDemoData(db());
  const past = "00000000-0000-4000-8000-000000000501";
  const upcoming = "00000000-0000-4000-8000-000000000502";
  expect((await entriesOf(past)).map((e) => [e.kind, e.title])).toEqual([
    ["ITEM", "Welcome, introductions and apologies"],
    ["ITEM", "Direct payments review: what members told us"],
    ["BREAK", "Tea break"],
    ["ITEM", "The new support plan form"],
    ["ITEM", "Any other business"],
  ]);
  expect(await db().agendaEntry.count({ where: { meetingId: upcoming } })).toBe(0);
  const cookie = await app().cookieFor(demoIds.officer);
  const page = await htmlOf(await app().fetch(`/panels/${demoIds.panel}/meetings/${past}/agenda`, { cookie }));
  expect(page).toContain("4. Any other business");
  expect(page.match(/<strong>Late paper: arrived \d{1,2} \w{3}, after the deadline of \d{1,2} \w{3}<\/strong>/g)).toHaveLength(1);
  expect(page).toContain("2:50pm: Tea break, 15 minutes");
  const builder = await pageOf(await app().fetch(`/panels/${demoIds.panel}/meetings/${past}/agenda/build`, { cookie }));
  expect(builder.h1()).toBe("Build the agenda");
  expect(builder.mainText()).not.toContain("has no break");
});
