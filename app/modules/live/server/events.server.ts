// The one way into a live meeting, for socket events and for the no-JavaScript form posts alike:
// parse the payload with zod, check what this person may do in this meeting (fresh from the
// database, every event), store it, tell the rooms, and answer. The answer comes only after the
// change is stored, so an acknowledged edit is never lost.
import { z } from "zod";
import type { Actor } from "../../auth/actor.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { getLiveAccess } from "./live-access.server.ts";
import { endBreak, endLiveMeeting, nameNoteTaker, setCurrentEntry, startBreak, startLiveMeeting } from "./meeting-state.server.ts";
import { addNote, correctNote, saveDraft } from "./notes.server.ts";
import { ACK_ERRORS, clientSchemas, type CLIENT_EVENTS, type LiveSnapshot, type LiveNote } from "../client/protocol.ts";
import { addConfusion, addMessage, callHand, lowerOwnHand, markSeen, raiseHand } from "./queue.server.ts";
import { askToResync, broadcastNote, broadcastQueue, broadcastState, broadcastTyping } from "./broadcast.server.ts";
import { readSnapshot } from "./snapshot.server.ts";
import { refuse, refusals, type Refusal } from "./refusals.ts";

export type LiveEvent = keyof typeof CLIENT_EVENTS;

/** The one Actor, and for a socket event the socket it came on. */
export type LiveActor = Actor & {
  /** The socket that sent it, so a typing indicator is not echoed back to its writer. */
  socketId?: string;
  /**
   * On joining, called before the snapshot is read: the socket joins its rooms first, so nothing
   * said between the read and the join is missed (anything heard twice is harmless).
   */
  onJoin?: (access: LiveAccess) => Promise<void>;
};

export type LiveResult =
  | { ok: true; snapshot?: LiveSnapshot; note?: LiveNote; explanation?: string | null; suggested?: boolean }
  | Refusal;

function invalid(error: z.ZodError): Refusal {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (fields[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  return refuse(ACK_ERRORS.invalid, first ? `${first.message}` : "That was not understood", { fields });
}

export async function handleLiveEvent(actor: LiveActor, event: LiveEvent, payload: unknown): Promise<LiveResult> {
  const schema = clientSchemas[event] as z.ZodType;
  if (!schema) return refuse(ACK_ERRORS.invalid, "Unknown event");
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data as { meetingId: string } & Record<string, unknown>;
  const access = await getLiveAccess(actor.personId, input.meetingId);
  // Not in the panel, or no such meeting: the same answer, so ids cannot be probed.
  if (!access) return refusals.notFound();
  const meta = { requestId: actor.requestId };

  switch (event) {
    case "join":
      await actor.onJoin?.(access);
      return { ok: true, snapshot: await readSnapshot(access) };

    case "addNote": {
      const result = await addNote(access, input as z.infer<typeof clientSchemas.addNote>, meta);
      if (!result.ok) return result;
      if (result.created) {
        broadcastNote(result.note);
        broadcastTyping({ meetingId: access.meetingId, personId: access.personId, name: access.name, itemId: result.note.itemId, active: false }, actor.socketId);
      }
      return { ok: true, note: result.note };
    }

    case "correctNote": {
      const result = await correctNote(access, input as z.infer<typeof clientSchemas.correctNote>, meta);
      if (!result.ok) return result;
      if (result.changed) broadcastNote(result.note);
      return { ok: true, note: result.note };
    }

    case "typing": {
      if (!access.canTakeNotes) return refusals.forbidden("Only note-takers can write notes");
      const typing = input as z.infer<typeof clientSchemas.typing>;
      await saveDraft(access, typing);
      broadcastTyping(
        { meetingId: access.meetingId, personId: access.personId, name: access.name, itemId: typing.itemId, active: typing.text.trim().length > 0 },
        actor.socketId,
      );
      return { ok: true };
    }

    case "raiseHand":
    case "lowerHand":
    case "confused":
    case "message":
    case "callHand":
    case "markSeen":
      return queueEvent(access, event, input);

    case "start":
    case "setItem":
    case "startBreak":
    case "endBreak":
    case "end": {
      const result =
        event === "start"
          ? await startLiveMeeting(access, meta)
          : event === "setItem"
            ? await setCurrentEntry(access, (input as unknown as { entryId: string }).entryId, meta)
            : event === "startBreak"
              ? await startBreak(access, meta)
              : event === "endBreak"
                ? await endBreak(access, meta)
                : await endLiveMeeting(access, meta);
      if (result.ok) await broadcastState(access.meetingId);
      return result;
    }

    case "nameNoteTaker": {
      const { personId, noteTaker } = input as z.infer<typeof clientSchemas.nameNoteTaker>;
      const result = await nameNoteTaker(access, personId, noteTaker, meta);
      if (result.ok) {
        await broadcastState(access.meetingId);
        askToResync(personId, access.meetingId);
      }
      return result;
    }
  }
  return refuse(ACK_ERRORS.invalid, "Unknown event");
}

async function queueEvent(access: LiveAccess, event: LiveEvent, input: Record<string, unknown>): Promise<LiveResult> {
  switch (event) {
    case "raiseHand": {
      const result = await raiseHand(access, input as z.infer<typeof clientSchemas.raiseHand>);
      if (result.ok) await broadcastQueue(access.meetingId, [access.personId]);
      return result;
    }
    case "lowerHand": {
      const result = await lowerOwnHand(access);
      await broadcastQueue(access.meetingId, [access.personId]);
      return result;
    }
    case "callHand": {
      const result = await callHand(access, (input as unknown as { handId: string }).handId);
      if (!result.ok) return result;
      await broadcastQueue(access.meetingId, [result.personId]);
      return { ok: true };
    }
    case "confused": {
      const result = await addConfusion(access, input as z.infer<typeof clientSchemas.confused>);
      if (!result.ok) return result;
      await broadcastQueue(access.meetingId);
      return { ok: true, explanation: result.explanation, suggested: result.suggested };
    }
    case "message": {
      const result = await addMessage(access, input as z.infer<typeof clientSchemas.message>);
      if (result.ok) await broadcastQueue(access.meetingId);
      return result;
    }
    case "markSeen": {
      const result = await markSeen(access, input as z.infer<typeof clientSchemas.markSeen>);
      if (result.ok) await broadcastQueue(access.meetingId);
      return result;
    }
    default:
      return refuse(ACK_ERRORS.invalid, "Unknown event");
  }
}
