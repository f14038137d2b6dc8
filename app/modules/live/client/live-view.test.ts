import { describe, expect, it } from "vitest";
import { liveIds, liveNote, liveSnapshot, liveState } from "../../../../tests/support/live-snapshot.ts";
import type { PendingEdit } from "./live-client.ts";
import { initialView, liveReducer, mergeNote, type LiveAction, type LiveView } from "./live-view.ts";

const start = () => initialView(liveSnapshot(), 1_000);
const run = (view: LiveView, ...actions: LiveAction[]) => actions.reduce(liveReducer, view);

describe("the live page's state", () => {
  it("keeps notes in the server's order and the newest version of each, whatever order they arrive in", () => {
    const first = liveNote({ text: "First" });
    const second = liveNote({ text: "Second" });
    const corrected = { ...first, text: "First, corrected", version: 2 };
    const view = run(start(), { type: "note", note: second }, { type: "note", note: corrected }, { type: "note", note: first });
    expect(view.snapshot.notes.map((n) => n.text)).toEqual(["First, corrected", "Second"]);
    expect(mergeNote([corrected], first)).toEqual([corrected]);
  });

  it("keeps notes heard while a snapshot was read, and lets the snapshot's newer versions win", () => {
    const stored = liveNote({ text: "Stored" });
    const heard = liveNote({ text: "Heard just now" });
    const view = run(start(), { type: "note", note: { ...stored, version: 1 } }, { type: "note", note: heard });
    const after = liveReducer(view, { type: "snapshot", snapshot: liveSnapshot({ notes: [{ ...stored, text: "Stored, corrected", version: 2 }] }), at: 2_000 });
    expect(after.snapshot.notes.map((n) => n.text)).toEqual(["Stored, corrected", "Heard just now"]);
    expect(after.readAt).toBe(2_000);
  });

  it("follows the chair's moves and the person's own hand", () => {
    const state = liveState({ currentEntryId: liveIds.entries[1]! });
    const view = run(start(), { type: "state", state, at: 5_000 }, { type: "my-hand", hand: { id: liveIds.items[0]!, aboutAccess: true, place: 2 } });
    expect(view.snapshot.state.currentEntryId).toBe(liveIds.entries[1]);
    expect(view.snapshot.me.hand?.place).toBe(2);
    expect(view.readAt).toBe(5_000);
  });

  it("shows who else is writing, never the person themself, and forgets writers who went quiet", () => {
    const typing = (personId: string, active = true) => ({ meetingId: liveIds.meeting, personId, name: "Sam Taylor", itemId: liveIds.items[2]!, active });
    let view = run(start(), { type: "typing", event: typing(liveIds.chair), at: 10 }, { type: "typing", event: typing(liveIds.member), at: 10 });
    expect(view.typing.map((t) => t.personId)).toEqual([liveIds.chair]);
    view = liveReducer(view, { type: "typing", event: typing(liveIds.chair, false), at: 20 });
    expect(view.typing).toEqual([]);
    view = run(view, { type: "typing", event: typing(liveIds.chair), at: 30 }, { type: "forget-typing", before: 31 });
    expect(view.typing).toEqual([]);
  });

  it("tracks the person's own edits: saving, then saved (and remembered as saved here), or waiting for a decision", () => {
    const edit: PendingEdit = { key: "note-1", event: "addNote", payload: { id: "note-1", text: "Hello" }, status: "saving" };
    let view = liveReducer(start(), { type: "edit", edit });
    expect(view.edits).toEqual([edit]);
    view = liveReducer(view, { type: "edit", edit: { ...edit, status: "saved" }, answer: { ok: true } });
    expect(view.edits).toEqual([]);
    expect(view.savedHere).toEqual(["note-1"]);
    expect(view.answers["note-1"]).toEqual({ ok: true });

    const correction: PendingEdit = { key: "edit-1", event: "correctNote", payload: { noteId: "note-1" }, status: "saving" };
    view = run(view, { type: "edit", edit: correction }, { type: "edit", edit: { ...correction, status: "conflict", current: liveNote() } });
    expect(view.edits.map((e) => e.status)).toEqual(["conflict"]);
    view = liveReducer(view, { type: "discard-edit", key: "edit-1" });
    expect(view.edits).toEqual([]);
  });

  it("stops saying 'slow down' when the connection drops", () => {
    const view = run(start(), { type: "slow-down", on: true }, { type: "connection", status: "offline" });
    expect(view).toMatchObject({ slowDown: false, connection: "offline" });
  });
});
