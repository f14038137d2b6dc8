import { describe, expect, it } from "vitest";
import { liveIds, liveNote, liveState } from "../../../../tests/support/live-snapshot.ts";
import { announce, announcementDelay, isOwnChange, type LiveHappening } from "./announcements.ts";

const [welcome, letters, teaBreak, dayServices] = liveIds.entries;
const [item1, item2] = liveIds.items;
const added = (changes: Parameters<typeof liveNote>[0]): LiveHappening => ({ kind: "note", note: liveNote(changes), isNew: true });

describe("announcements for screen reader users", () => {
  it("announces the chair moving to an item, with its number and title", () => {
    const before = liveState({ currentEntryId: welcome! });
    const after = liveState({ currentEntryId: dayServices! });
    expect(announce([{ kind: "state", before, after }], "ALL", after)).toBe("Now on item 3: Day services.");
    expect(announce([{ kind: "state", before, after }], "IMPORTANT", after)).toBe("Now on item 3: Day services.");
  });

  it("summarises a burst of notes as one count per item", () => {
    const state = liveState({ currentEntryId: letters! });
    const batch = [added({ itemId: item2! }), added({ itemId: item2! }), added({ itemId: item2!, kind: "ACTION" }), added({ itemId: item1! })];
    expect(announce(batch, "ALL", state)).toBe("3 new notes under item 2. 1 new note under item 1.");
  });

  it("reads a single decision out, and only decisions and moves for people who chose the important things", () => {
    const state = liveState({ currentEntryId: letters! });
    const batch = [added({ itemId: item2!, kind: "DECISION", text: "Letters come in easy read on request" }), added({ itemId: item2! })];
    expect(announce(batch, "ALL", state)).toBe("Decision under item 2: Letters come in easy read on request. 1 new note under item 2.");
    expect(announce(batch, "IMPORTANT", state)).toBe("Decision under item 2: Letters come in easy read on request.");
    expect(announce([added({ itemId: item2! })], "IMPORTANT", state)).toBeNull();
  });

  it("counts several decisions rather than reading them all", () => {
    const state = liveState();
    const batch = [added({ itemId: item2!, kind: "DECISION" }), added({ itemId: item2!, kind: "DECISION" })];
    expect(announce(batch, "IMPORTANT", state)).toBe("2 decisions under item 2.");
  });

  it("says nothing at all for people who read at their own pace", () => {
    const before = liveState({ currentEntryId: welcome! });
    const after = liveState({ currentEntryId: letters! });
    expect(announce([{ kind: "state", before, after }, added({ kind: "DECISION" })], "NONE", after)).toBeNull();
  });

  it("puts the move first, and treats a note added then corrected as one new note", () => {
    const before = liveState({ currentEntryId: welcome! });
    const after = liveState({ currentEntryId: letters! });
    const note = liveNote({ itemId: item1! });
    const batch: LiveHappening[] = [
      { kind: "note", note, isNew: true },
      { kind: "state", before, after },
      { kind: "note", note: { ...note, version: 2 }, isNew: false },
      { kind: "note", note: liveNote({ itemId: item2!, version: 2 }), isNew: false },
    ];
    expect(announce(batch, "ALL", after)).toBe("Now on item 2: Easy read letters. 1 new note under item 1. 1 note corrected under item 2.");
  });

  it("announces breaks, the end of a break, the start and the end of the meeting", () => {
    const on = liveState({ currentEntryId: letters! });
    const onBreak = liveState({ currentEntryId: letters!, onBreakSince: "2026-11-24T11:05:00.000Z" });
    expect(announce([{ kind: "state", before: on, after: onBreak }], "IMPORTANT", onBreak)).toBe("The meeting is on a break.");
    expect(announce([{ kind: "state", before: onBreak, after: on }], "IMPORTANT", on)).toBe("Back from the break, on item 2: Easy read letters.");
    const teaTime = liveState({ currentEntryId: teaBreak! });
    expect(announce([{ kind: "state", before: on, after: teaTime }], "ALL", teaTime)).toBe("The meeting is on a break: Tea break.");
    const notStarted = liveState({ liveStartedAt: null });
    expect(announce([{ kind: "state", before: notStarted, after: liveState() }], "ALL", liveState())).toBe("The meeting has started.");
    const ended = liveState({ liveEndedAt: "2026-11-24T12:00:00.000Z" });
    expect(announce([{ kind: "state", before: on, after: ended }], "ALL", ended)).toBe("The meeting has ended.");
  });

  it("says nothing when only the note-takers changed", () => {
    const before = liveState({ currentEntryId: letters! });
    const after = liveState({ currentEntryId: letters!, noteTakers: [{ personId: liveIds.member, name: "Priya Shah" }] });
    expect(announce([{ kind: "state", before, after }], "ALL", after)).toBeNull();
  });

  it("shortens a long decision at a word", () => {
    const text = `We agree ${"that the council will write every letter in plain words ".repeat(5)}`;
    const sentence = announce([added({ itemId: item2!, kind: "DECISION", text })], "ALL", liveState())!;
    expect(sentence.length).toBeLessThan(180);
    expect(sentence).toMatch(/^Decision under item 2: We agree that the council .*…$/);
  });
});

describe("when announcements are made", () => {
  it("waits a moment to gather a burst, and never speaks twice within five seconds", () => {
    expect(announcementDelay(100_000, 0)).toBe(800);
    expect(announcementDelay(100_000, 99_000)).toBe(4_000);
    expect(announcementDelay(100_000, 95_000)).toBe(800);
  });
});

describe("whose change a note is", () => {
  it("is not announced back to the person who added it, or who corrected it", () => {
    const alex = "person-alex";
    const sam = "person-sam";
    // A new note: its author's own.
    expect(isOwnChange({ authorId: alex, editedById: alex }, undefined, alex)).toBe(true);
    expect(isOwnChange({ authorId: alex, editedById: alex }, undefined, sam)).toBe(false);
    // Sam corrects Alex's note: Sam's own change, news to Alex.
    expect(isOwnChange({ authorId: alex, editedById: sam }, 1, sam)).toBe(true);
    expect(isOwnChange({ authorId: alex, editedById: sam }, 1, alex)).toBe(false);
  });
});
