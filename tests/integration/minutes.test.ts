// After the meeting (issue 5), through the real pages and form posts: the note-takers build the
// draft minutes from what the meeting stored, edit them (a stale save is refused with both texts),
// share them for comments, record their approval at a later meeting and publish them to members in
// their formats and, if chosen, publicly. Actions show on their owner's home page and are carried
// to the next meeting as matters arising; the notes can be read as they were at any time.
import { beforeEach, describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import { notificationSenderIdle } from "../../app/modules/notifications/queue.server.ts";
import { db } from "../../app/services.server.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createMeeting } from "../support/meetings.ts";
import { correctNoteAt, createHeldMeeting, createMinutes, createNote } from "../support/minutes.ts";
import { createContactablePerson } from "../support/notifications.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

const DAY = 86_400_000;

let world: Awaited<ReturnType<typeof createHeldMeeting>>;
let base: string;
let cookies: Record<keyof typeof world.people, string>;

beforeEach(async () => {
  world = await createHeldMeeting();
  base = `/panels/${world.panel.id}/meetings/${world.meeting.id}/minutes`;
  cookies = {} as typeof cookies;
  for (const [who, person] of Object.entries(world.people)) cookies[who as keyof typeof cookies] = await app().cookieFor(person.id);
});

const post = (form: Record<string, string>, cookie: string, path = base) => app().post(path, form, cookie);
const minutesOf = (meetingId = world.meeting.id) => db().minutes.findUniqueOrThrow({ where: { meetingId }, include: { versions: { orderBy: { version: "asc" } } } });

async function buildAndShare() {
  expect((await post({ intent: "build" }, cookies.chair)).status).toBe(302);
  expect((await post({ intent: "share" }, cookies.chair)).status).toBe(302);
  return minutesOf();
}

describe("building the draft minutes", () => {
  it("builds the draft in one click from who came, the time each item took and the notes of every kind", async () => {
    const before = await htmlOf(await app().fetch(base, { cookie: cookies.chair }));
    expect(before).toContain("The minutes have not been written yet.");
    const response = await post({ intent: "build" }, cookies.chair);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${base}?built=1`);

    const minutes = await minutesOf();
    expect(minutes).toMatchObject({ status: "DRAFT", version: 1, builtById: world.people.chair.id });
    expect(minutes.versions.map((v) => [v.version, v.text === minutes.text])).toEqual([[1, true]]);
    const text = minutes.text;
    expect(text).toContain("Minutes of Direct payments meeting");
    expect(text).toContain("Present\nIn the room: Alex Chair\nOnline: Priya Member");
    expect(text).toContain("Sent apologies\nSam Member");
    expect(text).toContain("1. Direct payments paperwork\nTime: 20 minutes (15 planned)");
    expect(text).toContain("2. Day services\nTime: 12 minutes (20 planned)");
    expect(text).toContain("Points made\n- The forms are too long.");
    expect(text).toContain("Decisions\n- The panel will list the hard words. Agreed by: Everyone.");
    expect(text).toMatch(/Actions\n- Send the ten hardest words to Chris\. Owner: Priya Member\. Due: \w+ \d{1,2} \w+ \d{4}\. Recommendations: R5\.8\./);
    expect(text).toContain("Questions to come back to\n- How many people use day services?");
    expect(text).toContain("Notes outside the agenda\n\nPoints made\n- The hearing loop will be checked.");
    expect(await db().auditEvent.count({ where: { action: "minutes.built", entityId: minutes.id, actorId: world.people.chair.id } })).toBe(1);

    const page = await htmlOf(await app().fetch(`${base}?built=1`, { cookie: cookies.chair }));
    expect(page).toContain("The draft minutes are built from the notes.");
    expect(page).toContain("Draft</strong> Version 1");
    expect(page).toMatch(/<h3 class="govuk-heading-m">1\. Direct payments paperwork<\/h3>/);
  });

  it("refuses to build over the draft, and rebuilding from the notes keeps the edited text as an earlier version", async () => {
    await post({ intent: "build" }, cookies.chair);
    await post({ intent: "edit", baseVersion: "1", text: "Edited by hand" }, cookies.chair);
    const again = await post({ intent: "build" }, cookies.officer);
    expect(again.status).toBe(400);
    expect(await htmlOf(again)).toContain("The draft minutes are already built.");
    expect((await minutesOf()).text).toBe("Edited by hand");

    // A rebuild from a page that had not seen the edit is refused like any stale save.
    expect((await post({ intent: "rebuild", baseVersion: "1" }, cookies.officer)).status).toBe(400);
    expect((await post({ intent: "rebuild", baseVersion: "2" }, cookies.officer)).headers.get("Location")).toBe(`${base}?rebuilt=1`);
    const minutes = await minutesOf();
    expect(minutes.version).toBe(3);
    expect(minutes.text).toContain("1. Direct payments paperwork");
    expect(minutes.versions.map((v) => v.text.slice(0, 14))).toEqual(["Minutes of Dir", "Edited by hand", "Minutes of Dir"]);
  });

  it("is for note-takers: a member the chair named can build and edit; other members cannot see the draft or change it", async () => {
    expect((await post({ intent: "build" }, cookies.member)).status).toBe(403);
    expect(await db().minutes.count()).toBe(0);
    await db().meetingNoteTaker.create({ data: { meetingId: world.meeting.id, personId: world.people.member.id, namedById: world.people.chair.id } });
    expect((await post({ intent: "build" }, cookies.member)).status).toBe(302);
    expect((await post({ intent: "edit", baseVersion: "1", text: "Written by Priya" }, cookies.member)).status).toBe(302);
    // Named for this meeting only: she cannot share it, and Sam cannot even see it.
    expect((await post({ intent: "share" }, cookies.member)).status).toBe(403);
    const samsView = await pageOf(await app().fetch(base, { cookie: cookies.member2 }));
    expect(samsView.h1()).toBe("Minutes");
    expect(samsView.mainText()).toContain("The minutes are not ready yet.");
    // The draft is not sent to Sam at all, not even in the data for hydration.
    expect(samsView.html).not.toContain("Written by Priya");
    expect((await post({ intent: "edit", baseVersion: "2", text: "Sam was here" }, cookies.member2)).status).toBe(403);
    expect((await post({ intent: "comment", comment: "Hello" }, cookies.member2)).status).toBe(404);
    expect((await minutesOf()).text).toBe("Written by Priya");
  });

  it("cannot build minutes for a meeting that has not started or was cancelled", async () => {
    const ahead = await createMeeting(world.panel.id, { startsAt: new Date(Date.now() + 7 * DAY) });
    const cancelled = await createMeeting(world.panel.id, { startsAt: new Date(Date.now() - 9 * DAY), cancelled: true });
    for (const meeting of [ahead, cancelled]) {
      const path = `/panels/${world.panel.id}/meetings/${meeting.id}/minutes`;
      const response = await post({ intent: "build" }, cookies.chair, path);
      expect(response.status).toBe(400);
    }
    expect(await htmlOf(await app().fetch(`/panels/${world.panel.id}/meetings/${ahead.id}/minutes`, { cookie: cookies.chair }))).toContain(
      "You can build the minutes once the meeting has started.",
    );
    expect(await db().minutes.count()).toBe(0);
  });
});

describe("editing the minutes", () => {
  it("keeps every version, and refuses a stale save showing both texts so nothing is silently overwritten", async () => {
    await post({ intent: "build" }, cookies.chair);
    expect((await post({ intent: "edit", baseVersion: "1", text: "The chair's wording" }, cookies.chair)).headers.get("Location")).toBe(`${base}?saved=1`);

    // The officer's page still showed version 1.
    const stale = await post({ intent: "edit", baseVersion: "1", text: "The officer's wording" }, cookies.officer);
    expect(stale.status).toBe(400);
    const page = await htmlOf(stale);
    expect(page).toContain("Someone else saved a change to the minutes while you were editing.");
    expect(page).toMatch(/Their version: version 2, saved by Alex Chair on/);
    expect(page).toContain("The chair's wording");
    expect(page).toMatch(/<textarea[^>]*name="text"[^>]*>The officer's wording<\/textarea>/);
    expect(page).toContain('name="baseVersion" value="2"');
    expect((await minutesOf()).text).toBe("The chair's wording");

    // Having seen theirs, the officer saves again on top of it.
    expect((await post({ intent: "edit", baseVersion: "2", text: "The officer's wording" }, cookies.officer)).status).toBe(302);
    const minutes = await minutesOf();
    expect(minutes.versions.map((v) => [v.version, v.editedById])).toEqual([
      [1, world.people.chair.id],
      [2, world.people.chair.id],
      [3, world.people.officer.id],
    ]);
    expect(await db().auditEvent.count({ where: { action: "minutes.edited", entityId: minutes.id } })).toBe(2);
    // Saving the same text again makes no new version.
    expect((await post({ intent: "edit", baseVersion: "3", text: "The officer's wording" }, cookies.officer)).headers.get("Location")).toBe(`${base}?unchanged=1`);
    expect((await minutesOf()).version).toBe(3);
  });

  it("keeps what was typed when the minutes are left empty or too long", async () => {
    await post({ intent: "build" }, cookies.chair);
    const empty = await post({ intent: "edit", baseVersion: "1", text: "   " }, cookies.chair);
    expect(empty.status).toBe(400);
    expect(await htmlOf(empty)).toContain("Write the minutes");
    const long = await post({ intent: "edit", baseVersion: "1", text: "x".repeat(100_001) }, cookies.chair);
    expect(long.status).toBe(400);
    expect(await htmlOf(long)).toContain("The minutes must be 100,000 characters or fewer");
    expect((await minutesOf()).version).toBe(1);
  });

  it("shows editors an earlier version's text from the version history", async () => {
    await post({ intent: "build" }, cookies.chair);
    await post({ intent: "edit", baseVersion: "1", text: "Second text" }, cookies.chair);
    const page = await htmlOf(await app().fetch(`${base}?version=1`, { cookie: cookies.officer }));
    expect(page).toMatch(/Version 1, saved by Alex Chair on/);
    expect(page).toContain("1. Direct payments paperwork");
  });
});

describe("sharing, commenting and approving", () => {
  it("shares the draft with the panel, telling each person their way, and members then read it and comment", async () => {
    const post24 = await createContactablePerson(world.panel.id, {
      name: "Cat Post",
      postalAddress: "12 Castle Street\nWinchester",
      needs: { contactMethod: "POST", paperFormat: "LARGE_PRINT", largePrintPointSize: 24 },
    });
    await post({ intent: "build" }, cookies.chair);
    const shared = await post({ intent: "share" }, cookies.chair);
    expect(shared.headers.get("Location")).toMatch(new RegExp(`^${base}\\?shared=1&told=\\d+$`));
    const minutes = await minutesOf();
    expect(minutes).toMatchObject({ status: "SHARED" });
    expect(minutes.sharedAt).not.toBeNull();

    const told = await db().notification.findMany({ where: { kind: "minutes.shared" }, select: { personId: true, channel: true, format: true, status: true, meetingId: true } });
    // Members, the chair and the officer; not finance staff, the panel admin or outsiders.
    const { chair, officer, member, member2, finance, outsider } = world.people;
    expect(told.map((n) => n.personId).sort()).toEqual([chair.id, officer.id, member.id, member2.id, post24.id].sort());
    expect(told.find((n) => n.personId === post24.id)).toMatchObject({ channel: "POST", format: "LARGE_PRINT", status: "TO_DO", meetingId: world.meeting.id });
    expect(told.some((n) => n.personId === finance.id || n.personId === outsider.id)).toBe(false);
    await notificationSenderIdle();
    const email = app().smtp.messages.find((m) => m.subject?.startsWith("Draft minutes of Direct payments meeting on"));
    expect(email?.text).toContain("Read the draft minutes and comment");
    expect(email?.text).toContain("Time: 20 minutes (15 planned)");

    // Sharing twice tells nobody twice.
    await post({ intent: "share" }, cookies.chair);
    expect(await db().notification.count({ where: { kind: "minutes.shared" } })).toBe(told.length);

    const membersView = await pageOf(await app().fetch(base, { cookie: cookies.member2 }));
    expect(membersView.h1()).toBe("Minutes");
    expect(membersView.source).toContain("Shared for comments");
    expect(membersView.source).toContain("1. Direct payments paperwork");
    expect(membersView.headings()).not.toContain("Change the minutes");
    expect(membersView.hasField("Your comment")).toBe(true);

    const blank = await post({ intent: "comment", comment: "  " }, cookies.member2);
    expect(blank.status).toBe(400);
    expect(await htmlOf(blank)).toContain("Write your comment");
    expect((await post({ intent: "comment", comment: "I came too, by phone" }, cookies.member2)).headers.get("Location")).toBe(`${base}?commented=1#comments`);
    // Finance staff read the minutes but do not comment on them.
    expect(await htmlOf(await app().fetch(base, { cookie: cookies.finance }))).toContain("I came too, by phone");
    expect((await post({ intent: "comment", comment: "From finance" }, cookies.finance)).status).toBe(403);
    const comments = await db().minutesComment.findMany({ where: { minutesId: minutes.id } });
    expect(comments.map((c) => [c.personId, c.text])).toEqual([[member2.id, "I came too, by phone"]]);
    expect(await db().auditEvent.count({ where: { action: "minutes.shared", entityId: minutes.id } })).toBe(1);
  });

  it("records approval at a later meeting of the same panel that has begun, and refuses any other", async () => {
    const earlier = await createMeeting(world.panel.id, { title: "Earlier meeting", startsAt: new Date(Date.now() - 20 * DAY) });
    const later = await createMeeting(world.panel.id, { title: "Next meeting", startsAt: new Date(Date.now() - 1 * 3_600_000) });
    const ahead = await createMeeting(world.panel.id, { title: "Future meeting", startsAt: new Date(Date.now() + 20 * DAY) });
    const cancelled = await createMeeting(world.panel.id, { title: "Cancelled meeting", startsAt: new Date(Date.now() - DAY), cancelled: true });
    const elsewhere = await createMeeting(world.otherPanel.id, { title: "Other panel's meeting", startsAt: new Date(Date.now() - 3_600_000) });
    await post({ intent: "build" }, cookies.chair);

    // Not before it has been shared for comments.
    const tooSoon = await post({ intent: "approve", atMeetingId: later.id }, cookies.chair);
    expect(tooSoon.status).toBe(400);
    expect(await htmlOf(tooSoon)).toContain("Share the draft minutes for comments before the panel approves them");
    await post({ intent: "share" }, cookies.chair);

    const page = await pageOf(await app().fetch(base, { cookie: cookies.chair }));
    expect(page.h1()).toBe("Minutes");
    expect(page.source).toContain(`<option value="${later.id}">Next meeting,`);
    for (const meeting of [earlier, ahead, cancelled, elsewhere]) expect(page.document.querySelectorAll(`option[value="${meeting.id}"]`), meeting.title).toHaveLength(0);

    const refusals: [string, string][] = [
      [earlier.id, "Choose a meeting after the one these minutes are of"],
      [ahead.id, "That meeting has not happened yet."],
      [cancelled.id, "That meeting was cancelled, so nothing was approved at it"],
      [elsewhere.id, "Choose a meeting of this panel"],
      [world.meeting.id, "Choose a meeting after the one these minutes are of"],
      ["not-a-meeting", "Choose the meeting at which the panel approved the minutes"],
    ];
    for (const [atMeetingId, message] of refusals) {
      const response = await post({ intent: "approve", atMeetingId }, cookies.chair);
      expect(response.status).toBe(400);
      expect(await htmlOf(response)).toContain(message);
    }
    expect((await minutesOf()).status).toBe("SHARED");
    // Members do not record approval.
    expect((await post({ intent: "approve", atMeetingId: later.id }, cookies.member)).status).toBe(403);

    expect((await post({ intent: "approve", atMeetingId: later.id }, cookies.officer)).headers.get("Location")).toBe(`${base}?approved=1`);
    const minutes = await minutesOf();
    expect(minutes).toMatchObject({ status: "APPROVED", approvedAtMeetingId: later.id, approvedById: world.people.officer.id });
    expect(minutes.approvedAt).not.toBeNull();
    expect(await htmlOf(await app().fetch(base, { cookie: cookies.member }))).toMatch(/At Next meeting, [^.]+\. Recorded by Chris Officer on/);

    // Approved minutes are final: no edits, rebuilds or comments.
    expect((await post({ intent: "edit", baseVersion: "1", text: "Late change" }, cookies.chair)).status).toBe(400);
    expect((await post({ intent: "rebuild", baseVersion: "1" }, cookies.chair)).status).toBe(400);
    expect((await post({ intent: "comment", comment: "Too late" }, cookies.member)).status).toBe(400);
    expect((await minutesOf()).version).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "minutes.approved", entityId: minutes.id } })).toBe(1);
  });

  it("counts a later meeting the chair has started live early as begun", async () => {
    const next = await createMeeting(world.panel.id, { title: "Next meeting", startsAt: new Date(Date.now() + 3_600_000) });
    await buildAndShare();
    expect((await post({ intent: "approve", atMeetingId: next.id }, cookies.chair)).status).toBe(400);
    await db().meeting.update({ where: { id: next.id }, data: { liveStartedAt: new Date() } });
    expect((await post({ intent: "approve", atMeetingId: next.id }, cookies.chair)).status).toBe(302);
  });
});

describe("publishing", () => {
  async function approved() {
    const later = await createMeeting(world.panel.id, { title: "Next meeting", startsAt: new Date(Date.now() - 3_600_000) });
    const minutes = await buildAndShare();
    await post({ intent: "approve", atMeetingId: later.id }, cookies.chair);
    return minutes;
  }

  it("is only for approved minutes, and sends them to everyone in their format", async () => {
    const braille = await createContactablePerson(world.panel.id, { name: "Bea Braille", postalAddress: "1 High Street", needs: { contactMethod: "POST", paperFormat: "BRAILLE", brailleGrade: 2 } });
    await buildAndShare();
    expect((await post({ intent: "publish" }, cookies.chair)).status).toBe(400);
    await db().notification.deleteMany();
    const later = await createMeeting(world.panel.id, { title: "Next meeting", startsAt: new Date(Date.now() - 3_600_000) });
    await post({ intent: "approve", atMeetingId: later.id }, cookies.chair);
    expect((await post({ intent: "publish" }, cookies.member)).status).toBe(403);

    const response = await post({ intent: "publish" }, cookies.chair);
    expect(response.headers.get("Location")).toMatch(new RegExp(`^${base}\\?published=1&told=5$`));
    const minutes = await minutesOf();
    expect(minutes.publishedAt).not.toBeNull();
    expect(minutes.public).toBe(false);
    const told = await db().notification.findMany({ where: { kind: "minutes.published" } });
    expect(told).toHaveLength(5);
    expect(told.find((n) => n.personId === braille.id)).toMatchObject({ channel: "POST", format: "BRAILLE", status: "TO_DO" });
    expect(told.filter((n) => n.channel === "EMAIL")).toHaveLength(4);
    await notificationSenderIdle();
    const email = app().smtp.messages.find((m) => m.subject?.startsWith("The minutes of Direct payments meeting on"));
    expect(email?.text).toContain("The panel approved them at Next meeting on");
    // Not public: the link in the message goes to the panel's page, which needs signing in.
    expect(email?.text).toContain(base);

    // Published once: publishing again tells nobody again.
    expect((await post({ intent: "publish" }, cookies.chair)).status).toBe(400);
    expect(await db().notification.count({ where: { kind: "minutes.published" } })).toBe(5);
    expect(await db().auditEvent.count({ where: { action: "minutes.published", entityId: minutes.id } })).toBe(1);
  });

  it("puts them on a public page anyone can read only when the panel chooses to", async () => {
    const minutes = await approved();
    const publicPath = `/minutes/${minutes.id}`;
    expect((await app().fetch(publicPath)).status).toBe(404);
    await post({ intent: "publish" }, cookies.chair);
    // Published to the panel, not publicly: still not found for anyone without signing in.
    expect((await app().fetch(publicPath)).status).toBe(404);
    expect((await app().fetch(publicPath, { cookie: cookies.member })).status).toBe(404);

    expect((await post({ intent: "publish", public: "on" }, cookies.chair)).headers.get("Location")).toBe(`${base}?madePublic=1`);
    expect(await db().notification.count({ where: { kind: "minutes.published" } })).toBe(4);
    const page = await app().fetch(publicPath);
    expect(page.status).toBe(200);
    const html = await htmlOf(page);
    expect(html).toContain("<h1 class=\"govuk-heading-l\">Minutes of Direct payments meeting</h1>");
    expect(html).toContain("Approved by the panel at Next meeting on");
    expect(html).toContain("Send the ten hardest words to Chris");
    expect(await htmlOf(await app().fetch(base, { cookie: cookies.member }))).toContain(`href="${publicPath}"`);

    expect((await app().fetch("/minutes/not-an-id")).status).toBe(404);
    expect((await app().fetch(`/minutes/${world.meeting.id}`)).status).toBe(404);
    expect((await app().post(publicPath, {})).status).toBe(405);
  });

  it("can publish publicly in one go, and the link in the message is the public page", async () => {
    const minutes = await approved();
    await db().notification.deleteMany();
    expect((await post({ intent: "publish", public: "on" }, cookies.chair)).status).toBe(302);
    expect((await minutesOf()).public).toBe(true);
    await notificationSenderIdle();
    const email = app().smtp.messages.find((m) => m.subject?.startsWith("The minutes of"));
    expect(email?.text).toContain(`/minutes/${minutes.id}`);
  });

  it("never shows a draft or shared minutes on the public page, even if marked public", async () => {
    const draft = await createMinutes(world.meeting.id, world.people.chair.id, { status: "SHARED", public: true, publishedAt: new Date() });
    expect((await app().fetch(`/minutes/${draft.id}`)).status).toBe(404);
  });
});

describe("actions", () => {
  it("shows an action on its owner's home page, overdue in words, and the owner marks it done", async () => {
    const home = await htmlOf(await app().fetch("/", { cookie: cookies.member }));
    expect(home).toContain("Your actions");
    expect(home).toContain("Send the ten hardest words to Chris");
    expect(home).toContain("(3 days overdue)");
    expect(home).toContain("Overdue</strong>");
    expect(home).toContain("Recommendations: R5.8");
    // Nobody else has it on their home page.
    const samsHome = await pageOf(await app().fetch("/", { cookie: cookies.member2 }));
    expect(samsHome.h1()).toMatch(/^Hello, /);
    expect(samsHome.mainText()).not.toContain("Send the ten hardest words");

    const done = await app().post(`/actions/${world.notes.action.id}`, { status: "DONE", returnTo: "/#your-actions" }, cookies.member);
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/?actionStatus=done#your-actions");
    const note = await db().meetingNote.findUniqueOrThrow({ where: { id: world.notes.action.id } });
    expect(note).toMatchObject({ actionStatus: "DONE", actionUpdatedById: world.people.member.id });
    expect(note.actionDoneAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "action.status-changed", entityId: note.id, actorId: world.people.member.id } })).toBe(1);
    const after = await pageOf(await app().fetch("/?actionStatus=done", { cookie: cookies.member }));
    expect(after.h1()).toMatch(/^Hello, /);
    expect(after.mainText()).toContain("The action is marked as done.");
    expect(after.mainText()).not.toContain("Send the ten hardest words to Chris");
  });

  it("lets only the owner and the panel's organisers change an action, and never sends anyone to another site", async () => {
    const path = `/actions/${world.notes.action.id}`;
    expect((await app().post(path, { status: "DONE" }, cookies.member2)).status).toBe(403);
    expect((await app().post(path, { status: "DONE" }, cookies.finance)).status).toBe(403);
    expect((await app().post(path, { status: "DONE" }, cookies.outsider)).status).toBe(404);
    expect((await app().post(path, { status: "DONE" })).headers.get("Location")).toMatch(/^\/sign-in/);
    // Not an action: a point is not found here.
    expect((await app().post(`/actions/${world.notes.point.id}`, { status: "DONE" }, cookies.chair)).status).toBe(404);
    expect((await app().post(path, { status: "FINISHED" }, cookies.member)).status).toBe(400);
    expect((await db().meetingNote.findUniqueOrThrow({ where: { id: path.split("/")[2] } })).actionStatus).toBe("OPEN");

    const dropped = await app().post(path, { status: "DROPPED", returnTo: "//evil.example/steal" }, cookies.officer);
    expect(dropped.headers.get("Location")).toBe("/?actionStatus=dropped");
    expect((await db().meetingNote.findUniqueOrThrow({ where: { id: world.notes.action.id } })).actionStatus).toBe("DROPPED");
    expect((await app().fetch(path, { cookie: cookies.member })).status).toBe(405);
  });
});

describe("matters arising", () => {
  it("carries open actions, and those done since the previous meeting, to the next meeting's agenda and page", async () => {
    const { chair, member, officer } = world.people;
    // The held meeting (two days ago) is the previous one; an older one came before it.
    const older = await createMeeting(world.panel.id, { title: "Older meeting", startsAt: new Date(Date.now() - 40 * DAY) });
    const next = await createMeeting(world.panel.id, { title: "Next meeting", startsAt: new Date(Date.now() + 7 * DAY) });
    const note = (text: string, status: "OPEN" | "DONE" | "DROPPED", doneDaysAgo?: number) =>
      createNote(older.id, chair.id, { kind: "ACTION", text, ownerId: officer.id, status, doneAt: doneDaysAgo ? new Date(Date.now() - doneDaysAgo * DAY) : null, dueOn: "2030-01-31" });
    await note("Still open from long ago", "OPEN");
    await note("Done before the last meeting", "DONE", 10);
    await note("Done since the last meeting", "DONE", 1);
    await note("Dropped", "DROPPED");
    await createNote(older.id, chair.id, { kind: "ACTION", text: "Owned by a name", ownerName: "The council's press office" });

    const agenda = await htmlOf(await app().fetch(`/panels/${world.panel.id}/meetings/${next.id}/agenda`, { cookie: await app().cookieFor(member.id) }));
    expect(agenda).toContain("Matters arising from earlier meetings");
    for (const text of ["Still open from long ago", "Done since the last meeting", "Send the ten hardest words to Chris", "Owned by a name"]) expect(agenda).toContain(text);
    const agendaPage = await pageOf(agenda);
    expect(agendaPage.h1()).toBe("Agenda");
    for (const text of ["Done before the last meeting", "Dropped"]) expect(agendaPage.mainText()).not.toContain(text);
    expect(agenda).toContain("Chris Officer");
    expect(agenda).toContain("The council's press office");
    expect(agenda).toContain("Due Thursday 31 January 2030");
    expect(agenda).toMatch(/Done<\/strong> on \w+ \d{1,2} \w+ \d{4}/);
    expect(agenda).toContain("Open and overdue");

    const meetingPage = await htmlOf(await app().fetch(`/panels/${world.panel.id}/meetings/${next.id}`, { cookie: await app().cookieFor(member.id) }));
    expect(meetingPage).toContain("Matters arising from earlier meetings");
    expect(meetingPage).toContain("Send the ten hardest words to Chris");
    // The oldest meeting has nothing before it.
    const olderPage = await pageOf(await app().fetch(`/panels/${world.panel.id}/meetings/${older.id}`, { cookie: cookies.member }));
    expect(olderPage.h1()).toBe("Older meeting");
    expect(olderPage.mainText()).not.toContain("Matters arising");
  });
});

describe("the notes as they were at a time", () => {
  it("leaves out later notes and shows corrected notes as they read then, in the panel's time zone", async () => {
    const meeting = await createMeeting(world.panel.id, { title: "Summer meeting", startsAt: new Date("2026-07-01T13:00:00Z") });
    const { chair } = world.people;
    // 14:10 and 14:20 in London (BST, an hour ahead of UTC).
    const first = await createNote(meeting.id, chair.id, { text: "First wording", at: new Date("2026-07-01T13:10:00Z") });
    await correctNoteAt(first.id, chair.id, "Corrected wording", new Date("2026-07-01T13:20:00Z"));
    await createNote(meeting.id, chair.id, { text: "A later point", at: new Date("2026-07-01T13:30:00Z") });
    const path = `/panels/${world.panel.id}/meetings/${meeting.id}/notes-history`;

    const at = (date: Record<string, string>, time: string) => `${path}?${new URLSearchParams({ ...date, time })}`;
    const asAt = await pageOf(await app().fetch(at(dateInputValue("date", "2026-07-01"), "14:15"), { cookie: cookies.member }));
    expect(asAt.h1()).toBe("Notes as they were at a time");
    expect(asAt.mainText()).toContain("The notes as they were at 2:15pm on Wednesday 1 July 2026");
    expect(asAt.mainText()).toContain("First wording");
    expect(asAt.mainText()).toContain("Corrected later");
    expect(asAt.mainText()).not.toContain("Corrected wording");
    expect(asAt.mainText()).not.toContain("A later point");

    const handTyped = await pageOf(await app().fetch(at({ "date-day": " 01", "date-month": "7 ", "date-year": "2026" }, "2.25pm"), { cookie: cookies.member }));
    expect(handTyped.h1()).toBe("Notes as they were at a time");
    expect(handTyped.mainText()).toContain("Corrected wording");
    expect(handTyped.mainText()).not.toContain("A later point");

    const now = await htmlOf(await app().fetch(path, { cookie: cookies.member }));
    expect(now).toContain("The notes as they are now");
    expect(now).toContain("A later point");

    const bad = await pageOf(await app().fetch(at(dateInputValue("date", "2026-02-31"), "25:00"), { cookie: cookies.member }));
    expect(bad.errorSummary()).toEqual([
      { message: "Date must be a real date: February 2026 has 28 days", href: "#notes-at-date-day" },
      { message: "Time must be a real time: hours go from 0 to 23, like 2pm or 14:00", href: "#notes-at-time" },
    ]);
    expect(bad.formValues()).toMatchObject({ "date-day": "31", "date-month": "2", "date-year": "2026", time: "25:00" });
  });

  it("shows each agenda item's notes under it, and notes outside the agenda after", async () => {
    const html = await htmlOf(await app().fetch(`/panels/${world.panel.id}/meetings/${world.meeting.id}/notes-history`, { cookie: cookies.officer }));
    const order = ["1. Direct payments paperwork", "The forms are too long", "2. Day services", "How many people use day services?", "Notes outside the agenda", "The hearing loop will be checked"].map((t) => html.indexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });
});

describe("personal data", () => {
  it("puts the person's notes, hands, presses, messages and comments in their download", async () => {
    const { member, chair } = world.people;
    const minutes = await buildAndShare();
    await db().minutesComment.create({ data: { minutesId: minutes.id, personId: member.id, text: "My comment" } });
    await db().meetingHand.create({ data: { id: crypto.randomUUID(), meetingId: world.meeting.id, personId: member.id, aboutAccess: true } });
    await db().meetingConfusion.create({ data: { id: crypto.randomUUID(), meetingId: world.meeting.id, personId: member.id, word: "commissioning", anonymous: true } });
    await db().meetingMessage.create({ data: { id: crypto.randomUUID(), meetingId: world.meeting.id, personId: member.id, kind: "COMMENT", text: "Please slow down" } });
    await createNote(world.meeting.id, member.id, { text: "Priya's own note" });
    await db().meetingHand.create({ data: { id: crypto.randomUUID(), meetingId: world.meeting.id, personId: chair.id } });

    const data = (await (await app().fetch("/profile/download", { cookie: cookies.member })).json()) as Record<string, { text?: string; word?: string; aboutAccess?: boolean; meeting?: string }[]>;
    expect(data.meetingNotesYouWrote!.map((n) => n.text)).toEqual(["Priya's own note"]);
    expect(data.actionsYouOwn!.map((n) => n.text)).toEqual(["Send the ten hardest words to Chris"]);
    expect(data.handsYouRaised).toEqual([expect.objectContaining({ aboutAccess: true, meeting: "Direct payments meeting" })]);
    expect(data.timesYouSaidYouDidNotUnderstand!.map((c) => c.word)).toEqual(["commissioning"]);
    expect(data.messagesYouSentTheChair!.map((m) => m.text)).toEqual(["Please slow down"]);
    expect(data.commentsOnMinutes!.map((c) => c.text)).toEqual(["My comment"]);
    expect(JSON.stringify(data)).not.toContain(chair.id);
  });

  it("keeps a removed person's notes as the meeting's record, shown as written by a former member", async () => {
    const { officer, siteAdmin } = world.people;
    await db().livePreferences.create({ data: { personId: officer.id, easyView: true } });
    await db().meetingNoteDraft.create({ data: { meetingId: world.meeting.id, personId: officer.id, text: "Half a thought" } });
    const message = await db().meetingMessage.create({ data: { id: crypto.randomUUID(), meetingId: world.meeting.id, personId: officer.id, kind: "COMMENT", text: "My carer is ill this week" } });
    await db().person.update({ where: { id: officer.id }, data: { removalRequestedAt: new Date() } });
    const removed = await app().post(`/admin/removals/${officer.id}`, { confirm: "yes" }, cookies.siteAdmin);
    expect(removed.status).toBe(302);
    expect(await db().person.findUniqueOrThrow({ where: { id: officer.id } })).toMatchObject({ anonymisedAt: expect.any(Date) });
    expect(await db().meetingNoteDraft.count({ where: { personId: officer.id } })).toBe(0);
    expect(await db().livePreferences.count({ where: { personId: officer.id } })).toBe(0);
    expect((await db().meetingMessage.findUniqueOrThrow({ where: { id: message.id } })).text).toBe("");
    expect(await db().meetingNote.count({ where: { authorId: officer.id } })).toBe(2);

    const historyPage = await pageOf(await app().fetch(`/panels/${world.panel.id}/meetings/${world.meeting.id}/notes-history`, { cookie: await app().cookieFor(siteAdmin.id) }));
    const history = historyPage.source;
    expect(historyPage.h1()).toBe("Notes as they were at a time");
    expect(history).toContain("The panel will list the hard words");
    expect(history).toContain("Written by A former member");
    // The removed person's name is not sent to the browser at all, so the whole markup is checked.
    expect(historyPage.html).not.toContain("Chris Officer");
  });
});

it("links the meeting page to its minutes and notes history once the meeting has started", async () => {
  const page = await htmlOf(await app().fetch(`/panels/${world.panel.id}/meetings/${world.meeting.id}`, { cookie: cookies.member }));
  expect(page).toContain(`href="/panels/${world.panel.id}/meetings/${world.meeting.id}/minutes"`);
  expect(page).toContain(`href="/panels/${world.panel.id}/meetings/${world.meeting.id}/notes-history"`);
  const ahead = await createMeeting(world.panel.id, { startsAt: new Date(Date.now() + 7 * DAY) });
  const before = await pageOf(await app().fetch(`/panels/${world.panel.id}/meetings/${ahead.id}`, { cookie: cookies.member }));
  expect(before.h1()).toBe(ahead.title);
  expect(before.linksTo(/\/minutes$/)).toEqual([]);
});

it("the demo's past meeting has notes of every kind, a corrected decision and minutes approved at a later meeting and published publicly", async () => {
  const { loadDemoData, demoIds } = await import("../../prisma/demo-data.ts");
  const { minutesDemoIds } = await import("../../prisma/demo-minutes.ts");
  await loadDemoData(db());
  const past = "00000000-0000-4000-8000-000000000501";
  const upcoming = "00000000-0000-4000-8000-000000000502";
  const notes = await db().meetingNote.findMany({ where: { meetingId: past }, include: { versions: true } });
  expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(["POINT", "DECISION", "ACTION", "QUESTION"]));
  expect(notes.find((n) => n.id === minutesDemoIds.correctedDecision)?.versions).toHaveLength(2);
  expect(notes.filter((n) => n.kind === "ACTION").map((n) => n.ownerId)).toEqual(expect.arrayContaining([demoIds.member, demoIds.officer]));
  expect(notes.flatMap((n) => n.recommendations)).toEqual(expect.arrayContaining(["R5.8", "R6.4"]));

  const minutes = await db().minutes.findUniqueOrThrow({ where: { meetingId: past }, include: { approvedAtMeeting: true } });
  expect(minutes).toMatchObject({ status: "APPROVED", public: true, version: 2 });
  // Approved at a meeting after this one that has already happened, then published.
  const meeting = await db().meeting.findUniqueOrThrow({ where: { id: past } });
  expect(minutes.approvedAtMeeting!.startsAt > meeting.startsAt && minutes.approvedAtMeeting!.startsAt < new Date()).toBe(true);
  expect(minutes.approvedAt! >= minutes.approvedAtMeeting!.startsAt && minutes.publishedAt! >= minutes.approvedAt!).toBe(true);
  const publicPage = await htmlOf(await app().fetch(`/minutes/${minutes.id}`));
  expect(publicPage).toContain("1. Welcome, introductions and apologies");
  expect(publicPage).toContain("Time: 12 minutes (10 planned)");

  const priyasHome = await htmlOf(await app().fetch("/", { cookie: await app().cookieFor(demoIds.member) }));
  expect(priyasHome).toContain("Send Chris the ten hardest words in the Direct Payments forms");
  expect(priyasHome).toContain("(in 7 days)");

  // The upcoming meeting can be started by the chair, and carries the actions as matters arising.
  expect(await db().meeting.findUniqueOrThrow({ where: { id: upcoming } })).toMatchObject({ liveStartedAt: null, liveEndedAt: null, currentEntryId: null });
  expect(await db().meetingTimeline.count({ where: { meetingId: upcoming } })).toBe(0);
  const agenda = await htmlOf(await app().fetch(`/panels/${demoIds.panel}/meetings/${upcoming}/agenda`, { cookie: await app().cookieFor(demoIds.member) }));
  expect(agenda).toContain("Matters arising from earlier meetings");
  expect(agenda).toContain("Find out what the Director of Adult Services decides");
  expect(agenda).toMatch(/Done<\/strong> on/);
});
