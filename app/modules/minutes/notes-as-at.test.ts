import { describe, expect, it } from "vitest";
import { notesAsAt, type StoredNote, type StoredNoteVersion } from "./notes-as-at.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 15, minute));

function version(n: number, text: string, minute: number): StoredNoteVersion {
  return { version: n, kind: "POINT", text, agreedBy: "", ownerId: null, ownerName: "", dueOn: null, recommendations: [], editedById: "writer", editedAt: at(minute) };
}

const notes: StoredNote[] = [
  { id: "b", seq: 2, itemId: "item", authorId: "writer", version: 3, versions: [version(3, "third", 30), version(1, "first", 10), version(2, "second", 20)] },
  { id: "a", seq: 1, itemId: "item", authorId: "writer", version: 1, versions: [version(1, "early", 5)] },
  { id: "c", seq: 3, itemId: "item", authorId: "writer", version: 1, versions: [version(1, "late", 40)] },
];

describe("the notes as they were at a moment", () => {
  it("leaves out notes written afterwards and shows corrected notes as they read then", () => {
    const shown = notesAsAt(notes, at(25));
    expect(shown.map((n) => [n.id, n.shown.text, n.latestVersion])).toEqual([
      ["a", "early", 1],
      ["b", "second", 3],
    ]);
  });

  it("counts a save made at that very moment", () => {
    expect(notesAsAt(notes, at(10)).map((n) => n.shown.text)).toEqual(["early", "first"]);
  });

  it("shows nothing before the first note, and every latest version after the last change", () => {
    expect(notesAsAt(notes, at(0))).toEqual([]);
    expect(notesAsAt(notes, at(59)).map((n) => n.shown.text)).toEqual(["early", "third", "late"]);
  });
});
