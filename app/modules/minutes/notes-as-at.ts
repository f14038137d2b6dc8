// The notes of a meeting as they were at a moment, from every stored version (issue 5, History:
// "the notes of an item can be shown as they were at any time (for disputes)"). A pure function,
// so the rule is tested directly: a note written after the moment is absent; a note corrected
// after it shows the text it had then. Browser-safe.
import type { NoteKind } from "../live/client/protocol.ts";

export type StoredNoteVersion = {
  version: number;
  kind: NoteKind;
  text: string;
  agreedBy: string;
  ownerId: string | null;
  ownerName: string;
  dueOn: Date | null;
  recommendations: string[];
  editedById: string;
  editedAt: Date;
};

export type StoredNote = { id: string; seq: number; itemId: string | null; authorId: string; version: number; versions: StoredNoteVersion[] };

type NoteAsAt = Omit<StoredNote, "versions" | "version"> & {
  shown: StoredNoteVersion;
  /** The note's version now: higher than the one shown when it was corrected afterwards. */
  latestVersion: number;
};

export function notesAsAt(notes: readonly StoredNote[], at: Date): NoteAsAt[] {
  const shown: NoteAsAt[] = [];
  for (const { versions, version, ...note } of notes) {
    const then = versions
      .filter((v) => v.editedAt.getTime() <= at.getTime())
      .reduce<StoredNoteVersion | null>((latest, v) => (!latest || v.version > latest.version ? v : latest), null);
    if (then) shown.push({ ...note, shown: then, latestVersion: version });
  }
  return shown.sort((a, b) => a.seq - b.seq);
}
