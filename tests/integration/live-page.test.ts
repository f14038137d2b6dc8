// The live meeting page without JavaScript, through the real server: every form posts, is checked
// by the same protocol as the live connection, and comes back to the page (post, redirect, get)
// with what was done; a refused post keeps what was typed and says why beside the field. Also who
// may do what, id swapping and forged posts (issue 5, "Works without JavaScript as far as it can").
import { describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { addGlossaryTerm, addLiveNote, createLiveMeeting } from "../support/live.ts";
import { createMeeting } from "../support/meetings.ts";
import { createAgendaEntry } from "../support/agenda-builder.ts";
import { pageOf } from "../support/html.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

/** The words of the page's main content, as a person reads them (no markup, no page data). */
function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  return main
    .replace(/<!--.*?-->/g, "")
    .replace(/<\/?(span|strong|a|b|em|abbr)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ")
    .trim();
}

/** The part of the page's text from one heading to the next heading of the same level or higher. */
function section(text: string, heading: string, next: string): string {
  const start = text.indexOf(heading);
  if (start < 0) return "";
  const end = text.indexOf(next, start + heading.length);
  return text.slice(start, end < 0 ? undefined : end);
}

async function page(path: string, cookie: string) {
  const response = await app().fetch(path, { cookie });
  const html = await response.text();
  return { status: response.status, text: mainText(html), dom: await pageOf(html) };
}

/** Posts, follows the redirect back to the page, and returns what the page then says. */
async function postAndFollow(path: string, form: Record<string, string>, cookie: string) {
  const response = await app().post(path, form, cookie);
  expect(
    response.status,
    await response
      .clone()
      .text()
      .then((t) => mainText(t).slice(0, 400)),
  ).toBe(302);
  const location = response.headers.get("Location")!;
  return { location, ...(await page(location, cookie)) };
}

describe("the live page without JavaScript", () => {
  it("renders the meeting on the server, with a way to refresh and no automatic refresh", async () => {
    const live = await createLiveMeeting();
    const response = await app().fetch(live.url, { cookie: await app().cookieFor(live.member.id) });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>Live: Live test meeting – Panel</title>");
    const dom = await pageOf(html);
    expect(dom.h1()).toBe("Live test meeting");
    const refresh = [...dom.document.querySelectorAll("meta")].filter((meta) => /^refresh$/i.test(meta.getAttribute("http-equiv") ?? ""));
    expect(refresh).toEqual([]);
    const text = mainText(html);
    expect(text).toContain("This page does not update by itself. Refresh it to see the latest.");
    expect(text).toContain("The meeting has not started yet.");
    expect(text).toMatch(/Item 1: Easy read letters.*Item 2: Day services/);
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it("lets the chair start the meeting and move to an item, and every member's page then shows it", async () => {
    const live = await createLiveMeeting();
    const chair = await app().cookieFor(live.chair.id);
    const started = await postAndFollow(live.url, { intent: "start" }, chair);
    expect(started.text).toContain("The meeting is live.");
    const moved = await postAndFollow(live.url, { intent: "set-item", entryId: live.entries.dayServices.entry.id }, chair);
    expect(moved.location).toBe(`${live.url}?done=moved#agenda-heading`);
    expect(moved.text).toContain("Everyone following the meeting now sees this item.");

    const member = await page(live.url, await app().cookieFor(live.member.id));
    expect(section(member.text, "Now", "Notes")).toContain("Item 2: Day services");
    expect(member.dom.h1()).toBe("Live test meeting");
    expect(member.dom.hasButton(/^Move to this item/)).toBe(false);
    // The chair sees the time used against the time planned.
    expect(moved.text).toMatch(/Item 2: Day services Now ?\d+ of 30 minutes/);

    const onBreak = await postAndFollow(live.url, { intent: "start-break" }, chair);
    expect(onBreak.text).toMatch(/On a break since \d{1,2}(:\d\d)?(am|pm)/);
    expect((await postAndFollow(live.url, { intent: "end-break" }, chair)).text).toContain("The break is over.");
    expect((await postAndFollow(live.url, { intent: "end" }, chair)).text).toContain("The meeting has ended.");
  });

  it("lets a note-taker add a note by form post, stored once however often the form is sent", async () => {
    const live = await createLiveMeeting({ started: true });
    const chair = await app().cookieFor(live.chair.id);
    const form = {
      intent: "add-note",
      id: crypto.randomUUID(),
      itemId: live.entries.letters.item.id,
      kind: "DECISION",
      text: "Letters come in easy read when asked",
      agreedBy: "Everyone",
    };
    const added = await postAndFollow(live.url, form, chair);
    expect(added.location).toBe(`${live.url}?done=note#composer-heading`);
    expect(added.text).toContain("Your note is added.");
    expect(section(added.text, "Decisions and actions", "After the meeting")).toContain("Letters come in easy read when asked (agreed by Everyone)");

    // The same form posted again (a double click, a resend): still one note.
    expect((await app().post(live.url, form, chair)).status).toBe(302);
    expect(await db().meetingNote.count({ where: { meetingId: live.meeting.id } })).toBe(1);

    const member = await page(live.url, await app().cookieFor(live.member.id));
    expect(member.text).toContain("Letters come in easy read when asked");
    expect(member.dom.headings()).not.toContain("Add a note");
  });

  it("records an action with its owner, due date and recommendations", async () => {
    const live = await createLiveMeeting({ started: true });
    const officer = await app().cookieFor(live.officer.id);
    const added = await postAndFollow(
      live.url,
      {
        intent: "add-note",
        itemId: live.entries.letters.item.id,
        kind: "ACTION",
        text: "Write the easy read template",
        ownerId: live.officer.id,
        ownerName: "",
        ...dateInputValue("dueOn", "2026-12-31"),
        recommendations: "r6.4, R5.3",
      },
      officer,
    );
    expect(added.text).toContain("Write the easy read template — Chris Officer, by Thursday 31 December 2026 (R6.4, R5.3)");
    const note = await db().meetingNote.findFirstOrThrow({ where: { meetingId: live.meeting.id } });
    expect(note).toMatchObject({ kind: "ACTION", ownerId: live.officer.id, recommendations: ["R6.4", "R5.3"], authorId: live.officer.id });
  });

  it("refuses a note with mistakes, says why beside the field and keeps what was typed", async () => {
    const live = await createLiveMeeting({ started: true });
    const chair = await app().cookieFor(live.chair.id);
    const noOwner = await app().post(
      live.url,
      { intent: "add-note", itemId: live.entries.letters.item.id, kind: "ACTION", text: "Send the <b>letter</b>", dueOn: "" },
      chair,
    );
    expect(noOwner.status).toBe(400);
    const html = await noOwner.text();
    expect(mainText(html)).toContain("There is a problem");
    expect(html).toContain('href="#composer-ownerName"');
    expect(html).toMatch(/id="composer-ownerName-error"[^>]*>.*Say who will do the action/);
    expect(html).toContain("Send the &lt;b&gt;letter&lt;/b&gt;</textarea>");

    const badDate = await app().post(
      live.url,
      { intent: "add-note", itemId: "", kind: "ACTION", text: "x", ownerName: "Sam", "dueOn-day": "next Tuesday", recommendations: "6.4" },
      chair,
    );
    expect(badDate.status).toBe(400);
    const badText = mainText(await badDate.text());
    expect(badText).toContain("There is a problem The due date must include a month and year Recommendations look like R6.4");

    const tooLong = await app().post(live.url, { intent: "add-note", itemId: "", kind: "POINT", text: "a".repeat(2001) }, chair);
    expect(tooLong.status).toBe(400);
    expect(mainText(await tooLong.text())).toContain("A note must be 2000 characters or fewer");

    const empty = await app().post(live.url, { intent: "add-note", itemId: "", kind: "POINT", text: "   " }, chair);
    expect(empty.status).toBe(400);
    expect(mainText(await empty.text())).toContain("Write the note");
    expect(await db().meetingNote.count()).toBe(0);
  });

  it("lets a member ask to speak about access, and the chair sees them first in the queue", async () => {
    const live = await createLiveMeeting({ started: true });
    const other = await createPerson({ name: "Ravi Member", roles: [{ panelId: live.panel.id, role: "MEMBER" }] });
    expect((await postAndFollow(live.url, { intent: "raise-hand" }, await app().cookieFor(other.id))).text).toContain("You are 1st in the queue.");

    const member = await app().cookieFor(live.member.id);
    const raised = await postAndFollow(live.url, { intent: "raise-hand", aboutAccess: "on" }, member);
    expect(raised.location).toBe(`${live.url}?done=hand#speak-heading`);
    expect(raised.text).toContain("You are 1st in the queue. You said it is about access, so you are near the front.");

    const chair = await app().cookieFor(live.chair.id);
    const queue = section((await page(live.url, chair)).text, "Hands up", "I don't understand");
    expect(queue).toMatch(/Priya Member About access since .* Call Priya Member to speak .*Ravi Member/);

    const hand = await db().meetingHand.findFirstOrThrow({ where: { personId: live.member.id } });
    expect((await postAndFollow(live.url, { intent: "call-hand", handId: hand.id }, chair)).text).toContain("Their hand is down: they can speak now.");
    expect((await page(live.url, await app().cookieFor(other.id))).text).toContain("You are 1st in the queue.");
    expect((await postAndFollow(live.url, { intent: "lower-hand" }, await app().cookieFor(other.id))).text).toContain("Your hand is down.");
  });

  it("takes 'I don't understand' anonymously: the chair and officers see it counted, never who", async () => {
    const live = await createLiveMeeting({ started: true });
    const member = await app().cookieFor(live.member.id);
    await postAndFollow(live.url, { intent: "set-item", entryId: live.entries.letters.entry.id }, await app().cookieFor(live.chair.id));
    const done = await postAndFollow(live.url, { intent: "confused", itemId: live.entries.letters.item.id, word: "", anonymous: "on" }, member);
    expect(done.text).toContain("We have told the chair you do not understand this item.");

    for (const organiser of [live.chair, live.officer]) {
      const response = await app().fetch(live.url, { cookie: await app().cookieFor(organiser.id) });
      const html = await response.text();
      expect((await pageOf(html)).h1()).toBe("Live test meeting");
      const queue = section(mainText(html), '"I don\'t understand"', "Comments and questions");
      expect(queue).toContain("Item 1: Easy read letters: 1 time");
      expect(queue).toContain("Someone (anonymous) does not understand the whole item");
      expect(queue).not.toContain("Priya");
      // Not in the page's data either.
      const data = html.slice(html.indexOf("window.__remixContext"));
      expect(data).toMatch(/"confusions":\[\{[^\]]*"name":null/);
    }
    // Members do not see the queue at all.
    const memberPage = (await page(live.url, member)).dom;
    expect(memberPage.h1()).toBe("Live test meeting");
    expect(memberPage.headings()).not.toContain("Queue");
    expect(memberPage.headings()).not.toContain("Hands up");
  });

  it("explains a word that is in the glossary right there, and suggests one that is not", async () => {
    const live = await createLiveMeeting({ started: true });
    await addGlossaryTerm(live.panel.id, "Direct Payment", "Money from the council so you can arrange your own support.");
    const member = await app().cookieFor(live.member.id);
    const known = await postAndFollow(live.url, { intent: "confused", itemId: "", word: "direct payment" }, member);
    expect(known.location).toBe(`${live.url}?done=confused&word=direct%20payment#confused-heading`);
    expect(section(known.text, "I don't understand", "Send a comment")).toContain(
      "Direct Payment: Money from the council so you can arrange your own support.",
    );

    const unknown = await postAndFollow(live.url, { intent: "confused", itemId: "", word: "ULO" }, member);
    expect(unknown.text).toContain('We have told the chair. "ULO" has been suggested for the glossary.');
    const chair = section((await page(live.url, await app().cookieFor(live.chair.id))).text, '"I don\'t understand"', "Comments and questions");
    expect(chair).toContain("Priya Member does not understand the word “ULO”");
  });

  it("sends a comment and a break request to the chair, who marks them as seen", async () => {
    const live = await createLiveMeeting({ started: true });
    const member = await app().cookieFor(live.member.id);
    expect((await postAndFollow(live.url, { intent: "message", text: "Please slow down", anonymous: "on" }, member)).text).toContain(
      "Your message is sent to the chair.",
    );
    expect((await postAndFollow(live.url, { intent: "ask-for-break" }, member)).text).toContain("The chair has been asked for a break.");

    const chair = await app().cookieFor(live.chair.id);
    const before = (await page(live.url, chair)).text;
    expect(section(before, "Comments and questions", "Break requests")).toContain("Someone (anonymous): Please slow down");
    expect(section(before, "Break requests", "Take part")).toMatch(/Priya Member asked for a break at/);

    const comment = await db().meetingMessage.findFirstOrThrow({ where: { kind: "COMMENT" } });
    const after = await postAndFollow(live.url, { intent: "mark-seen", kind: "message", queueId: comment.id }, chair);
    expect(after.text).toContain("Marked as seen.");
    expect(after.dom.h1()).toBe("Live test meeting");
    expect(after.dom.headings()).toContain("Comments and questions");
    expect(after.text).not.toContain("Please slow down");

    const empty = await app().post(live.url, { intent: "message", text: "  " }, member);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#message-text"');
  });

  it("slows down a flood of posts from one person with a message that keeps what they wrote, leaving others alone", async () => {
    const live = await createLiveMeeting({ started: true });
    const member = await app().cookieFor(live.member.id);
    // The limit counts posts in each clock minute: start early in one, so all 61 fall in it.
    const leftInMinute = 60_000 - (Date.now() % 60_000);
    if (leftInMinute < 20_000) await new Promise((resolve) => setTimeout(resolve, leftInMinute + 50));
    for (let i = 0; i < 60; i++) expect((await app().post(live.url, { intent: "lower-hand" }, member)).status).toBe(302);
    const slowed = await app().post(live.url, { intent: "message", text: "Sent once too often", anonymous: "on" }, member);
    expect(slowed.status).toBe(429);
    const html = await slowed.text();
    expect(html).toMatch(/id="message-anonymous"[^>]*checked/);
    const text = mainText(html);
    expect(text).toMatch(/You have sent a lot in the last minute\. Wait \d+ seconds, then send it again/);
    expect(text).toContain("Sent once too often");
    expect(await db().meetingMessage.count()).toBe(0);

    const chair = await app().cookieFor(live.chair.id);
    expect((await postAndFollow(live.url, { intent: "message", text: "The chair is not slowed down" }, chair)).text).toContain("Your message is sent to the chair.");
  }, 60_000);

  it("lets the chair name a member as note-taker, who can then add notes", async () => {
    const live = await createLiveMeeting({ started: true });
    const member = await app().cookieFor(live.member.id);
    const refused = await app().post(live.url, { intent: "add-note", itemId: "", kind: "POINT", text: "Not yet" }, member);
    expect(refused.status).toBe(403);
    expect(mainText(await refused.text())).toContain("Only the note-takers the chair has named can add notes");

    const chair = await app().cookieFor(live.chair.id);
    expect((await postAndFollow(live.url, { intent: "note-taker", personId: live.member.id, noteTaker: "true" }, chair)).text).toContain(
      "The note-takers are updated.",
    );
    const named = await postAndFollow(live.url, { intent: "add-note", itemId: "", kind: "QUESTION", text: "Who pays for transport?" }, member);
    expect(named.text).toContain("Add a note");
    expect(section(named.text, "Notes", "Decisions and actions")).toMatch(
      /Outside the agenda items .*Question to come back to Priya Member, .*Who pays for transport\?/,
    );
  });

  it("saves each person's live settings, and the easy view shows just the item, decisions and what happens next", async () => {
    const live = await createLiveMeeting({ started: true });
    const member = await app().cookieFor(live.member.id);
    await addLiveNote(live.chair.id, live.meeting.id, { itemId: live.entries.letters.item.id, kind: "DECISION", text: "Easy read on request" });
    await addLiveNote(live.chair.id, live.meeting.id, { itemId: live.entries.letters.item.id, text: "A point in the stream" });
    const saved = await postAndFollow(live.url, { intent: "settings", announcements: "IMPORTANT", easyView: "on" }, member);
    expect(saved.text).toContain("Your settings for this page are saved.");
    expect(await db().livePreferences.findUnique({ where: { personId: live.member.id } })).toMatchObject({ announcements: "IMPORTANT", easyView: true });
    expect(saved.text).toContain("What has been decided Easy read on request");
    expect(saved.text).toContain("Ask to speak");
    expect(saved.dom.h1()).toBe("Live test meeting");
    expect(saved.text).not.toContain("A point in the stream");
    expect(saved.dom.headings()).not.toContain("Notes");

    const forged = await app().post(live.url, { intent: "settings", announcements: "EVERYTHING_LOUDLY" }, member);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('href="#settings-announcements"');
  });

  it("shows both versions when someone else corrected the note first, and keeps every version", async () => {
    const live = await createLiveMeeting({ started: true });
    const note = await addLiveNote(live.officer.id, live.meeting.id, { itemId: live.entries.letters.item.id, text: "Letters are in small print" });
    const officer = await app().cookieFor(live.officer.id);
    const chair = await app().cookieFor(live.chair.id);
    const correcting = await page(`${live.url}?correct=${note.id}`, chair);
    expect(correcting.text).toContain("Save the correction");

    const first = { intent: "correct-note", noteId: note.id, baseVersion: "1", kind: "POINT", text: "Letters are in small print, and there is no easy read" };
    expect((await postAndFollow(live.url, first, officer)).text).toContain("Your correction is saved.");

    const second = await app().post(
      live.url,
      { intent: "correct-note", noteId: note.id, baseVersion: "1", kind: "POINT", text: "Letters are in 10 point print" },
      chair,
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    const text = mainText(html);
    expect(text).toContain("Someone else saved a change while you were editing");
    expect(text).toContain("Their version (saved by Chris Officer) Point: Letters are in small print, and there is no easy read");
    expect(text).toContain("Your version Point: Letters are in 10 point print");
    expect(html).toContain('name="baseVersion" value="2"');

    const resolved = await postAndFollow(
      live.url,
      { intent: "correct-note", noteId: note.id, baseVersion: "2", kind: "POINT", text: "Letters are in 10 point print, and there is no easy read" },
      chair,
    );
    expect(resolved.text).toContain("Corrected by Alex Chair (version 3)");
    const versions = await db().meetingNoteVersion.findMany({ where: { noteId: note.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.text)).toEqual([
      "Letters are in small print",
      "Letters are in small print, and there is no easy read",
      "Letters are in 10 point print, and there is no easy read",
    ]);

    const kept = await app().post(live.url, { intent: "keep-theirs", noteId: note.id }, chair);
    expect(kept.headers.get("Location")).toBe(`${live.url}?done=kept#note-${note.id}`);
  });
});

describe("who may do what on the live page", () => {
  it("sends people who are not signed in to sign in, and tells outsiders there is no such page", async () => {
    const live = await createLiveMeeting();
    const signedOut = await app().fetch(live.url);
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("Location")).toMatch(/^\/sign-in\?returnTo=/);

    const otherPanel = await createPanel();
    const outsider = await app().cookieFor((await createPerson({ roles: [{ panelId: otherPanel.id, role: "CHAIR" }] })).id);
    expect((await app().fetch(live.url, { cookie: outsider })).status).toBe(404);
    expect((await app().post(live.url, { intent: "start" }, outsider)).status).toBe(404);
    expect((await app().post(live.url, { intent: "raise-hand" }, outsider)).status).toBe(404);
    expect(await db().meeting.findUniqueOrThrow({ where: { id: live.meeting.id } })).toMatchObject({ liveStartedAt: null });
    expect(await db().meetingHand.count()).toBe(0);
  });

  it("does not let members or officers use the chair's controls, even with forged posts", async () => {
    const live = await createLiveMeeting();
    const member = await app().cookieFor(live.member.id);
    const start = await app().post(live.url, { intent: "start" }, member);
    expect(start.status).toBe(403);
    expect(mainText(await start.text())).toContain("Only the chair can start the meeting");
    expect(await db().meeting.findUniqueOrThrow({ where: { id: live.meeting.id } })).toMatchObject({ liveStartedAt: null });

    await postAndFollow(live.url, { intent: "start" }, await app().cookieFor(live.chair.id));
    const officer = await app().cookieFor(live.officer.id);
    for (const [who, cookie] of [
      ["member", member],
      ["officer", officer],
    ] as const) {
      const forms: Record<string, string>[] = [
        { intent: "set-item", entryId: live.entries.dayServices.entry.id },
        { intent: "start-break" },
        { intent: "end" },
        { intent: "note-taker", personId: live.member.id, noteTaker: "true" },
      ];
      for (const form of forms) {
        expect((await app().post(live.url, form, cookie)).status, `${who} ${form.intent}`).toBe(403);
      }
    }
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: live.meeting.id } });
    expect(meeting).toMatchObject({ currentEntryId: null, onBreakSince: null, liveEndedAt: null });
    expect(await db().meetingNoteTaker.count()).toBe(0);
    // The queue is for organisers: a member cannot mark things as seen or call hands.
    await postAndFollow(live.url, { intent: "message", text: "Hello" }, member);
    const message = await db().meetingMessage.findFirstOrThrow();
    expect((await app().post(live.url, { intent: "mark-seen", kind: "message", queueId: message.id }, member)).status).toBe(403);
    expect(await db().meetingMessage.findFirstOrThrow()).toMatchObject({ seenAt: null });
    // Someone from finance is in the panel: they follow the meeting, and cannot take notes.
    const finance = await app().cookieFor(live.finance.id);
    expect((await app().fetch(live.url, { cookie: finance })).status).toBe(200);
    expect((await app().post(live.url, { intent: "add-note", itemId: "", kind: "POINT", text: "x" }, finance)).status).toBe(403);
  });

  it("does not let a member correct someone else's note", async () => {
    const live = await createLiveMeeting({ started: true });
    const note = await addLiveNote(live.chair.id, live.meeting.id, { itemId: null, text: "The chair's note" });
    await postAndFollow(live.url, { intent: "note-taker", personId: live.member.id, noteTaker: "true" }, await app().cookieFor(live.chair.id));
    const member = await app().cookieFor(live.member.id);
    const memberPage = (await page(live.url, member)).dom;
    expect(memberPage.h1()).toBe("Live test meeting");
    expect(memberPage.headings()).toContain("Notes");
    expect(memberPage.hasLink("Correct this note")).toBe(false);
    expect(memberPage.linksTo(/[?&]correct=/)).toEqual([]);
    const forged = await app().post(live.url, { intent: "correct-note", noteId: note.id, baseVersion: "1", kind: "POINT", text: "Rewritten" }, member);
    expect(forged.status).toBe(403);
    expect(await db().meetingNote.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ text: "The chair's note", version: 1 });
  });

  it("refuses ids from another meeting or panel, unknown intents and malformed fields, changing nothing", async () => {
    const live = await createLiveMeeting({ started: true });
    const chair = await app().cookieFor(live.chair.id);
    const elsewhere = await createLiveMeeting({ started: true, title: "Another panel's meeting" });
    const sameePanelMeeting = await createMeeting(live.panel.id, { title: "Next meeting" });
    const nextEntry = await createAgendaEntry(live.panel.id, sameePanelMeeting.id, live.chair.id, { title: "Next time" });
    const theirNote = await addLiveNote(elsewhere.chair.id, elsewhere.meeting.id, { itemId: null, text: "Their note" });

    // Another panel's meeting under this panel's address: not found, whatever the role.
    expect((await app().fetch(`/panels/${live.panel.id}/meetings/${elsewhere.meeting.id}/live`, { cookie: chair })).status).toBe(404);
    expect((await app().post(`/panels/${live.panel.id}/meetings/${elsewhere.meeting.id}/live`, { intent: "start" }, chair)).status).toBe(404);
    expect((await app().fetch(`/panels/${live.panel.id}/meetings/not-an-id/live`, { cookie: chair })).status).toBe(404);

    const refusals: [Record<string, string>, number][] = [
      [{ intent: "set-item", entryId: elsewhere.entries.letters.entry.id }, 404],
      [{ intent: "set-item", entryId: nextEntry.entry.id }, 404],
      [{ intent: "set-item", entryId: "not-an-id" }, 400],
      [{ intent: "add-note", itemId: elsewhere.entries.letters.item.id, kind: "POINT", text: "Wrong item" }, 404],
      [{ intent: "add-note", id: theirNote.id, itemId: "", kind: "POINT", text: "Taking their id" }, 400],
      [{ intent: "add-note", itemId: "", kind: "SHOUT", text: "Unknown kind" }, 400],
      [{ intent: "correct-note", noteId: theirNote.id, baseVersion: "1", kind: "POINT", text: "Hijacked" }, 404],
      [{ intent: "correct-note", noteId: theirNote.id, baseVersion: "one", kind: "POINT", text: "Hijacked" }, 400],
      [{ intent: "call-hand", handId: crypto.randomUUID() }, 404],
      [{ intent: "note-taker", personId: elsewhere.member.id, noteTaker: "true" }, 404],
      [{ intent: "add-note", itemId: "", kind: "ACTION", text: "Owned by an outsider", ownerId: elsewhere.member.id }, 400],
      [{ intent: "delete-everything" }, 400],
      [{ intent: "__proto__" }, 400],
      [{}, 400],
    ];
    for (const [form, status] of refusals) {
      const response = await app().post(live.url, form, chair);
      expect(response.status, JSON.stringify(form)).toBe(status);
      expect(mainText(await response.text())).toContain("There is a problem");
    }
    expect(await db().meeting.findUniqueOrThrow({ where: { id: live.meeting.id } })).toMatchObject({ currentEntryId: null });
    expect(await db().meetingNote.findUniqueOrThrow({ where: { id: theirNote.id } })).toMatchObject({
      text: "Their note",
      version: 1,
      meetingId: elsewhere.meeting.id,
    });
    expect(await db().meetingNote.count({ where: { meetingId: live.meeting.id } })).toBe(0);
    expect(await db().meetingNoteTaker.count()).toBe(0);
  });

  it("refuses hands, notes and questions before the meeting starts", async () => {
    const live = await createLiveMeeting();
    const member = await app().cookieFor(live.member.id);
    const early = await app().post(live.url, { intent: "raise-hand" }, member);
    expect(early.status).toBe(400);
    expect(mainText(await early.text())).toContain("The meeting has not started yet");
    const memberPage = await page(live.url, member);
    expect(memberPage.dom.h1()).toBe("Live test meeting");
    expect(memberPage.text).toContain("The meeting has not started yet.");
    expect(memberPage.dom.hasButton("Ask to speak")).toBe(false);
    expect(memberPage.dom.headings()).not.toContain("Ask to speak");
    expect(await db().meetingHand.count()).toBe(0);
  });
});
