// The live meeting protocol through real socket.io clients and the real server and database:
// what each person may do, nothing lost or doubled, conflicts shown, bad input refused calmly.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { SERVER_EVENTS, type LiveNote, type LiveQueue, type LiveState, type TypingEvent } from "../../app/modules/live/client/protocol.ts";
import { db } from "../../app/services.server.ts";
import { LIVE_EVENT_BUDGET } from "../../server/set-up-sockets.ts";
import { collect, createLiveMeeting, emit, join, liveSockets, next, noteInput } from "../support/live-meeting.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const sockets = liveSockets(app);
afterEach(() => sockets.closeAll());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startedMeeting() {
  const live = await createLiveMeeting();
  const chair = await sockets.connect(live.chair.id);
  await join(chair, live.meeting.id);
  expect(await emit(chair, "start", { meetingId: live.meeting.id })).toEqual({ ok: true });
  expect(await emit(chair, "setItem", { meetingId: live.meeting.id, entryId: live.first.entry.id })).toEqual({ ok: true });
  return { ...live, chairSocket: chair };
}

describe("joining a live meeting", () => {
  it("gives people in the panel the meeting as stored, and refuses everyone else the same way as a missing meeting", async () => {
    const live = await createLiveMeeting();
    const member = await sockets.connect(live.member.id);
    const snapshot = await join(member, live.meeting.id);
    expect(snapshot.state.entries.map((e) => [e.kind, e.number, e.title])).toEqual([
      ["ITEM", 1, "Direct payments"],
      ["BREAK", null, "Break"],
      ["ITEM", 2, "Day services"],
    ]);
    expect(snapshot.me).toMatchObject({ canTakeNotes: false, canChair: false, canSeeQueue: false, hand: null });
    expect(snapshot.queue).toBeNull();

    const outsider = await sockets.connect(live.outsider.id);
    const refused = await emit(outsider, "join", { meetingId: live.meeting.id });
    const missing = await emit(outsider, "join", { meetingId: randomUUID() });
    expect(refused).toMatchObject({ ok: false, error: "not-found" });
    expect(missing).toEqual(refused);
  });

  it("tells the chair and officers they see the queue, and only the chair that they move the meeting on", async () => {
    const live = await createLiveMeeting();
    const chair = await join(await sockets.connect(live.chair.id), live.meeting.id);
    const officer = await join(await sockets.connect(live.officer.id), live.meeting.id);
    expect(chair.me).toMatchObject({ canChair: true, canSeeQueue: true, canTakeNotes: true });
    expect(officer.me).toMatchObject({ canChair: false, canSeeQueue: true, canTakeNotes: true });
    expect(officer.queue).toEqual({ meetingId: live.meeting.id, hands: [], confusions: [], messages: [] });
  });
});

describe("joining just after a change", () => {
  // Joins reuse a recent read of the meeting while nothing has been sent since it began
  // (app/modules/live/server/snapshot.server.ts); every change sent must make the next join read again.
  it("gets the change, however soon after another page joined", async () => {
    const live = await startedMeeting();
    const member = await sockets.connect(live.member.id);
    const member2 = await sockets.connect(live.member2.id);
    const rejoin = async () => join(await sockets.connect(live.member.id), live.meeting.id);
    await join(member, live.meeting.id);
    await join(member2, live.meeting.id);

    const note = noteInput(live.meeting.id, live.first.item.id, "Forms in plain words");
    expect(await emit(live.chairSocket, "addNote", note)).toMatchObject({ ok: true });
    expect((await rejoin()).notes.map((n) => n.text)).toEqual(["Forms in plain words"]);

    expect(await emit(live.chairSocket, "correctNote", { ...note, noteId: note.id, editId: randomUUID(), baseVersion: 1, text: "Forms in plain English" })).toMatchObject({ ok: true });
    expect((await rejoin()).notes.map((n) => n.text)).toEqual(["Forms in plain English"]);

    expect(await emit(live.chairSocket, "setItem", { meetingId: live.meeting.id, entryId: live.second.entry.id })).toEqual({ ok: true });
    expect((await rejoin()).state.currentEntryId).toBe(live.second.entry.id);

    expect(await emit(member2, "raiseHand", { meetingId: live.meeting.id, id: randomUUID() })).toEqual({ ok: true });
    expect(await emit(member, "raiseHand", { meetingId: live.meeting.id, id: randomUUID() })).toEqual({ ok: true });
    expect((await rejoin()).me.hand).toMatchObject({ place: 2 });
  });
});

describe("the chair moving the meeting on", () => {
  it("reaches everyone, keeps a timeline, and is refused to members", async () => {
    const live = await createLiveMeeting();
    const chair = await sockets.connect(live.chair.id);
    const member = await sockets.connect(live.member.id);
    await join(chair, live.meeting.id);
    await join(member, live.meeting.id);

    expect(await emit(member, "start", { meetingId: live.meeting.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await emit(chair, "setItem", { meetingId: live.meeting.id, entryId: live.first.entry.id })).toMatchObject({ ok: false, error: "not-live" });

    const started = next<LiveState>(member, SERVER_EVENTS.state);
    expect(await emit(chair, "start", { meetingId: live.meeting.id })).toEqual({ ok: true });
    expect((await started).liveStartedAt).not.toBeNull();

    const moved = next<LiveState>(member, SERVER_EVENTS.state);
    await emit(chair, "setItem", { meetingId: live.meeting.id, entryId: live.second.entry.id });
    expect((await moved).currentEntryId).toBe(live.second.entry.id);

    const onBreak = next<LiveState>(member, SERVER_EVENTS.state);
    await emit(chair, "startBreak", { meetingId: live.meeting.id });
    expect((await onBreak).onBreakSince).not.toBeNull();
    const back = next<LiveState>(member, SERVER_EVENTS.state);
    await emit(chair, "endBreak", { meetingId: live.meeting.id });
    expect(await back).toMatchObject({ onBreakSince: null, currentEntryId: live.second.entry.id });

    expect(await emit(member, "setItem", { meetingId: live.meeting.id, entryId: live.first.entry.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await emit(chair, "setItem", { meetingId: live.meeting.id, entryId: randomUUID() })).toMatchObject({ ok: false, error: "not-found" });
    await emit(chair, "end", { meetingId: live.meeting.id });

    const timeline = await db().meetingTimeline.findMany({ where: { meetingId: live.meeting.id }, orderBy: { startedAt: "asc" } });
    expect(timeline.map((t) => t.kind)).toEqual(["ITEM", "BREAK", "ITEM", "END"]);
    const audit = await db().auditEvent.findMany({ where: { entityId: live.meeting.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["meeting.live-started", "meeting.item-started", "meeting.live-ended"]));
  });
});

describe("notes", () => {
  it("are acknowledged once stored, reach everyone, and a re-sent add is stored once", async () => {
    const live = await startedMeeting();
    const member = await sockets.connect(live.member.id);
    await join(member, live.meeting.id);
    const heard = collect<LiveNote>(member, SERVER_EVENTS.note);

    const input = noteInput(live.meeting.id, live.first.item.id, "Direct payments take too long to set up");
    const answer = await emit<{ note: LiveNote }>(live.chairSocket, "addNote", input);
    expect(answer).toMatchObject({ ok: true, note: { id: input.id, version: 1, seq: 1, authorName: "Alex Chair" } });
    expect(await db().meetingNote.count({ where: { id: input.id } })).toBe(1);

    // The connection dropped before the answer arrived, so the browser sends it again.
    expect(await emit(live.chairSocket, "addNote", input)).toMatchObject({ ok: true, note: { id: input.id } });
    await pause(200);
    expect(await db().meetingNote.count({ where: { meetingId: live.meeting.id } })).toBe(1);
    expect(heard.map((n) => n.id)).toEqual([input.id]);
  });

  it("from two note-takers under the same item at the same moment are all kept, in one order everyone sees", async () => {
    const live = await startedMeeting();
    const officer = await sockets.connect(live.officer.id);
    await join(officer, live.meeting.id);
    const member = await sockets.connect(live.member.id);
    await join(member, live.meeting.id);
    const heard = collect<LiveNote>(member, SERVER_EVENTS.note);

    const adds = Array.from({ length: 10 }, (_, i) => [
      emit<{ note: LiveNote }>(live.chairSocket, "addNote", noteInput(live.meeting.id, live.first.item.id, `chair ${i}`)),
      emit<{ note: LiveNote }>(officer, "addNote", noteInput(live.meeting.id, live.first.item.id, `officer ${i}`)),
    ]).flat();
    const answers = await Promise.all(adds);
    expect(answers.every((a) => a.ok)).toBe(true);
    await pause(300);
    const stored = await db().meetingNote.findMany({ where: { meetingId: live.meeting.id }, orderBy: { seq: "asc" } });
    expect(stored).toHaveLength(20);
    expect(stored.map((n) => n.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(heard.map((n) => n.text))).toEqual(new Set(stored.map((n) => n.text)));
  });

  it("corrected by two people at once: one is saved, the other is shown both versions, and no text is lost", async () => {
    const live = await startedMeeting();
    const officer = await sockets.connect(live.officer.id);
    await join(officer, live.meeting.id);
    const original = noteInput(live.meeting.id, live.first.item.id, "Officer to report back", { kind: "ACTION", ownerId: live.officer.id, dueOn: "2027-01-31", recommendations: ["r6.4"] });
    const added = await emit<{ note: LiveNote }>(officer, "addNote", original);
    expect(added).toMatchObject({ ok: true, note: { recommendations: ["R6.4"], ownerName: "Chris Officer", dueOn: "2027-01-31" } });

    const correction = (text: string) => ({ ...original, noteId: original.id, editId: randomUUID(), baseVersion: 1, text });
    const [a, b] = await Promise.all([
      emit<{ note: LiveNote }>(officer, "correctNote", correction("Officer to report back in January")),
      emit<{ note: LiveNote }>(live.chairSocket, "correctNote", correction("Chris to report back with figures")),
    ]);
    const results = [a, b];
    const saved = results.filter((r) => r.ok);
    const conflicted = results.filter((r) => !r.ok);
    expect(saved).toHaveLength(1);
    expect(conflicted).toHaveLength(1);
    expect(conflicted[0]).toMatchObject({ error: "conflict", current: { version: 2 } });

    // The second person chooses to save theirs over it, knowing what it replaces.
    const loser = conflicted[0] === a ? officer : live.chairSocket;
    const loserText = conflicted[0] === a ? "Officer to report back in January" : "Chris to report back with figures";
    const resolved = await emit<{ note: LiveNote }>(loser, "correctNote", { ...correction(loserText), baseVersion: 2 });
    expect(resolved).toMatchObject({ ok: true, note: { version: 3, text: loserText } });

    const versions = await db().meetingNoteVersion.findMany({ where: { noteId: original.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.text).sort()).toEqual(["Chris to report back with figures", "Officer to report back", "Officer to report back in January"].sort());
  });

  it("can be corrected only by their writer or the chair, and added only by note-takers", async () => {
    const live = await startedMeeting();
    const officer = await sockets.connect(live.officer.id);
    const member = await sockets.connect(live.member.id);
    await join(officer, live.meeting.id);
    await join(member, live.meeting.id);
    const input = noteInput(live.meeting.id, null, "A point outside the items");
    await emit(officer, "addNote", input);

    expect(await emit(member, "addNote", noteInput(live.meeting.id, null, "I am not a note-taker"))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await emit(member, "correctNote", { ...input, noteId: input.id, editId: randomUUID(), baseVersion: 1, text: "Changed by a member" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await emit(live.chairSocket, "correctNote", { ...input, noteId: input.id, editId: randomUUID(), baseVersion: 1, text: "Tidied by the chair" })).toMatchObject({ ok: true });

    // The chair names the member as a note-taker: their page is told to join again, and they can write.
    const resync = next<{ meetingId: string }>(member, SERVER_EVENTS.resync);
    expect(await emit(live.chairSocket, "nameNoteTaker", { meetingId: live.meeting.id, personId: live.member.id, noteTaker: true })).toEqual({ ok: true });
    await resync;
    expect((await join(member, live.meeting.id)).me.canTakeNotes).toBe(true);
    expect(await emit(member, "addNote", noteInput(live.meeting.id, null, "Now I can write"))).toMatchObject({ ok: true });
  });

  it("typing is seen by the other note-takers only, and the draft is kept for its writer", async () => {
    const live = await startedMeeting();
    const officer = await sockets.connect(live.officer.id);
    const member = await sockets.connect(live.member.id);
    await join(officer, live.meeting.id);
    await join(member, live.meeting.id);
    const memberHeard = collect<TypingEvent>(member, SERVER_EVENTS.typing);
    const chairHeard = collect<TypingEvent>(live.chairSocket, SERVER_EVENTS.typing);

    const seen = next<TypingEvent>(officer, SERVER_EVENTS.typing);
    await emit(live.chairSocket, "typing", { meetingId: live.meeting.id, itemId: live.first.item.id, text: "Half a thou" });
    expect(await seen).toMatchObject({ name: "Alex Chair", itemId: live.first.item.id, active: true });
    await pause(200);
    expect(memberHeard).toEqual([]);
    expect(chairHeard).toEqual([]);
    expect((await join(live.chairSocket, live.meeting.id)).me.draft).toEqual({ itemId: live.first.item.id, kind: "POINT", text: "Half a thou" });
    expect((await join(officer, live.meeting.id)).me.draft).toBeNull();
    expect(await emit(member, "typing", { meetingId: live.meeting.id, itemId: null, text: "x" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("asking to speak, not understanding, writing to the chair", () => {
  it("puts access hands first, tells each person their place, and lets the chair call them", async () => {
    const live = await startedMeeting();
    const member = await sockets.connect(live.member.id);
    const member2 = await sockets.connect(live.member2.id);
    await join(member, live.meeting.id);
    await join(member2, live.meeting.id);

    await emit(member, "raiseHand", { meetingId: live.meeting.id, id: randomUUID() });
    const place = next<{ hand: { place: number } }>(member, SERVER_EVENTS.myHand);
    const queued = next<LiveQueue>(live.chairSocket, SERVER_EVENTS.queue);
    await emit(member2, "raiseHand", { meetingId: live.meeting.id, id: randomUUID(), aboutAccess: true });
    expect((await queued).hands.map((h) => [h.name, h.aboutAccess])).toEqual([
      ["Sam Member", true],
      ["Priya Member", false],
    ]);
    expect((await place).hand.place).toBe(2);

    const queue = (await join(live.chairSocket, live.meeting.id)).queue!;
    expect(await emit(member, "callHand", { meetingId: live.meeting.id, handId: queue.hands[0]!.id })).toMatchObject({ ok: false, error: "forbidden" });
    const myHand = next<{ hand: unknown }>(member2, SERVER_EVENTS.myHand);
    expect(await emit(live.chairSocket, "callHand", { meetingId: live.meeting.id, handId: queue.hands[0]!.id })).toEqual({ ok: true });
    expect((await myHand).hand).toBeNull();
  });

  it("'I don't understand' reaches the organisers counted, never with the name of someone who chose not to give it", async () => {
    const live = await startedMeeting();
    await db().glossaryTerm.create({ data: { panelId: live.panel.id, term: "Direct payment", explanation: "Money from the council so you can arrange your own support." } });
    const officer = await sockets.connect(live.officer.id);
    const member = await sockets.connect(live.member.id);
    await join(officer, live.meeting.id);
    await join(member, live.meeting.id);
    const officerHeard = collect<LiveQueue>(officer, SERVER_EVENTS.queue);

    const known = await emit(member, "confused", { meetingId: live.meeting.id, id: randomUUID(), itemId: live.first.item.id, word: "direct payment", anonymous: true });
    expect(known).toEqual({ ok: true, explanation: "Money from the council so you can arrange your own support.", suggested: false });
    const unknown = await emit(member, "confused", { meetingId: live.meeting.id, id: randomUUID(), itemId: live.first.item.id, word: "ISF", anonymous: true });
    expect(unknown).toEqual({ ok: true, explanation: null, suggested: true });
    await emit(live.chairSocket, "confused", { meetingId: live.meeting.id, id: randomUUID(), itemId: null, anonymous: false });
    await pause(300);

    const last = officerHeard.at(-1)!;
    expect(last.confusions.map((c) => [c.word, c.name])).toEqual([
      ["direct payment", null],
      ["ISF", null],
      ["", "Alex Chair"],
    ]);
    // Nothing in anything the officer received names or identifies the member.
    expect(JSON.stringify(officerHeard)).not.toContain(live.member.id);
    expect(JSON.stringify(officerHeard)).not.toContain("Priya");
    const snapshot = await join(officer, live.meeting.id);
    expect(JSON.stringify(snapshot.queue)).not.toContain(live.member.id);
  });

  it("comments and break requests reach the organisers, anonymous when chosen; members never receive the queue", async () => {
    const live = await startedMeeting();
    const member = await sockets.connect(live.member.id);
    await join(member, live.meeting.id);
    const memberHeard = collect<LiveQueue>(member, SERVER_EVENTS.queue);
    const queued = next<LiveQueue>(live.chairSocket, SERVER_EVENTS.queue);
    await emit(member, "message", { meetingId: live.meeting.id, id: randomUUID(), kind: "BREAK", anonymous: true });
    expect((await queued).messages).toEqual([expect.objectContaining({ kind: "BREAK", name: null })]);
    expect(await emit(member, "message", { meetingId: live.meeting.id, id: randomUUID(), kind: "COMMENT", text: "   " })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: { text: ["Write your comment or question"] },
    });
    await pause(200);
    expect(memberHeard).toEqual([]);
  });
});

describe("people outside the panel and removed members", () => {
  it("cannot send edits or hear anything, even with forged events naming the meeting", async () => {
    const live = await startedMeeting();
    const outsider = await sockets.connect(live.outsider.id);
    const heard = collect<unknown>(outsider, SERVER_EVENTS.note);
    const forged = [
      await emit(outsider, "addNote", noteInput(live.meeting.id, null, "forged")),
      await emit(outsider, "setItem", { meetingId: live.meeting.id, entryId: live.second.entry.id }),
      await emit(outsider, "raiseHand", { meetingId: live.meeting.id, id: randomUUID() }),
      await emit(outsider, "typing", { meetingId: live.meeting.id, itemId: null, text: "hello" }),
      await emit(outsider, "nameNoteTaker", { meetingId: live.meeting.id, personId: live.outsider.id, noteTaker: true }),
    ];
    expect(forged.every((answer) => !answer.ok && answer.error === "not-found")).toBe(true);
    await emit(live.chairSocket, "addNote", noteInput(live.meeting.id, null, "Said in the meeting"));
    await pause(200);
    expect(heard).toEqual([]);
    expect(await db().meetingNote.count({ where: { text: "forged" } })).toBe(0);
    expect(await db().meetingHand.count()).toBe(0);
    expect(await db().meetingNoteTaker.count()).toBe(0);
  });

  it("a member removed from the panel is cut off at once", async () => {
    const live = await startedMeeting();
    const member = await sockets.connect(live.member.id);
    await join(member, live.meeting.id);
    const heard = collect<LiveNote>(member, SERVER_EVENTS.note);
    const membership = await db().membership.findFirstOrThrow({ where: { personId: live.member.id, panelId: live.panel.id } });

    const removed = next<{ meetingId: string }>(member, SERVER_EVENTS.removed);
    const admin = await (await import("../support/factories.ts")).createPerson({ isSiteAdmin: true });
    const response = await app().post(`/admin/panels/${live.panel.id}`, { intent: "remove-membership", membershipId: membership.id }, await app().cookieFor(admin.id));
    expect(response.status).toBeLessThan(400);
    expect(await db().membership.count({ where: { id: membership.id } })).toBe(0);
    expect(await removed).toEqual({ meetingId: live.meeting.id });

    await emit(live.chairSocket, "addNote", noteInput(live.meeting.id, null, "After the removal"));
    await pause(200);
    expect(heard).toEqual([]);
    expect(await emit(member, "raiseHand", { meetingId: live.meeting.id, id: randomUUID() })).toMatchObject({ ok: false, error: "not-found" });
  });
});

describe("bad input", () => {
  it("is refused with a message, crashes nothing and damages nothing stored", async () => {
    const live = await startedMeeting();
    const stored = noteInput(live.meeting.id, live.first.item.id, "Stored before the bad input");
    await emit(live.chairSocket, "addNote", stored);
    const bad: [Parameters<typeof emit>[1], unknown][] = [
      ["addNote", noteInput(live.meeting.id, live.first.item.id, "x".repeat(2001))],
      ["addNote", noteInput(live.meeting.id, randomUUID(), "Under an item that is not on the agenda")],
      ["addNote", noteInput(live.meeting.id, null, "   ")],
      ["addNote", { ...noteInput(live.meeting.id, null, "Bad kind"), kind: "SHOUT" }],
      ["addNote", { ...noteInput(live.meeting.id, null, "Bad due date", { kind: "ACTION", ownerName: "Chris", dueOn: "31/01/2027" }) }],
      ["addNote", { ...noteInput(live.meeting.id, null, "No owner", { kind: "ACTION" }) }],
      ["addNote", "not an object"],
      ["addNote", null],
      ["addNote", [1, 2, 3]],
      ["addNote", { meetingId: "not-a-uuid" }],
      ["correctNote", { ...stored, noteId: stored.id, editId: randomUUID(), baseVersion: "one" }],
      ["correctNote", { ...stored, noteId: randomUUID(), editId: randomUUID(), baseVersion: 1 }],
      ["setItem", { meetingId: live.meeting.id, entryId: "../../etc/passwd" }],
      ["confused", { meetingId: live.meeting.id, id: randomUUID(), itemId: null, word: "w".repeat(61) }],
    ];
    for (const [event, payload] of bad) {
      const answer = await emit(live.chairSocket, event, payload);
      expect(answer.ok, `${event} ${JSON.stringify(payload).slice(0, 80)}`).toBe(false);
      if (!answer.ok) expect(answer.message.length).toBeGreaterThan(0);
    }
    const tooLong = await emit(live.chairSocket, "addNote", noteInput(live.meeting.id, null, "x".repeat(2001)));
    expect(tooLong).toMatchObject({ ok: false, error: "invalid", message: "A note must be 2000 characters or fewer", fields: { text: ["A note must be 2000 characters or fewer"] } });

    // A payload bigger than the connection allows closes that connection only.
    const member = await sockets.connect(live.member.id);
    await join(member, live.meeting.id);
    const dropped = next(member, "disconnect", 5000);
    live.chairSocket.emit("note:add", { blob: "x".repeat(200 * 1024) });
    await next(live.chairSocket, "disconnect", 5000).catch(() => undefined);
    await expect(Promise.race([dropped.then(() => "member dropped"), pause(500).then(() => "member still here")])).resolves.toBe("member still here");

    const notes = await db().meetingNote.findMany({ where: { meetingId: live.meeting.id } });
    expect(notes.map((n) => [n.text, n.version])).toEqual([["Stored before the bad input", 1]]);
    expect((await app().fetch("/healthz")).status).toBe(200);
  });

  it("a flood from one client is slowed down with a message to it, while others carry on", async () => {
    const live = await startedMeeting();
    const member = await sockets.connect(live.member.id);
    await join(member, live.meeting.id);
    const officer = await sockets.connect(live.officer.id);
    await join(officer, live.meeting.id);
    const warned = next<{ event: string }>(member, SERVER_EVENTS.slowDown);

    const started = Date.now();
    const flood = await Promise.all(
      Array.from({ length: LIVE_EVENT_BUDGET.burst + 40 }, () => emit(member, "confused", { meetingId: live.meeting.id, id: randomUUID(), itemId: null })),
    );
    // The budget refills as time passes (exact sums with a fixed clock: event-budget.test.ts), so
    // what got through is bounded by the burst plus the refill over the time the flood took.
    const refilled = Math.ceil(((Date.now() - started) / 1000) * LIVE_EVENT_BUDGET.perSecond);
    const limited = flood.filter((a) => !a.ok && a.error === "rate-limited");
    expect(limited.length).toBeGreaterThan(0);
    expect(flood.length - limited.length).toBeLessThanOrEqual(LIVE_EVENT_BUDGET.burst + refilled);
    expect(await warned).toEqual({ event: "confusion:add" });
    expect(await db().meetingConfusion.count()).toBe(flood.length - limited.length);

    expect(await emit(officer, "addNote", noteInput(live.meeting.id, null, "The officer is not slowed down"))).toMatchObject({ ok: true });
  });
});
