// The live page's one connection: a socket.io client wrapped by createLiveClient (which joins,
// resyncs and keeps unsent edits), feeding the page's state through a reducer. It also decides when
// the polite live region speaks: at most once every few seconds, a summary of what happened since
// (announcements.ts). It never moves focus. Every listener and timer is removed on unmount.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { announce, announcementDelay, isOwnChange, type LiveHappening } from "./announcements.ts";
import { createLiveClient, LIVE_RECONNECTION, memoryStorage, type DurableEvent, type LiveClient, type PendingEdit, type StorageLike } from "./live-client.ts";
import { eventFor, withoutRenderedIds, type LiveIntent, type PostedFields } from "./form-events.ts";
import { initialView, liveReducer } from "./live-view.ts";
import { DURABLE_INTENTS, newId } from "./live-ids.ts";
import type { Ack, LiveSnapshot, LiveState, NoteKind } from "./protocol.ts";

/** "Reconnected" is said for a while, then the page just says it is live again. */
const RECONNECTED_FOR_MS = 15_000;
/** A writer who has gone quiet this long (their connection dropped) is no longer "writing". */
const TYPING_FORGOTTEN_MS = 15_000;
/** Typing is sent at most this often, with the draft so far (saved privately for the writer). */
const TYPING_EVERY_MS = 1_000;

function browserStorage(): StorageLike {
  try {
    const probe = "panel.live.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    // Private browsing in some browsers refuses localStorage: unsent edits then last until the page closes.
    return memoryStorage();
  }
}

export type SendResult = { edit?: PendingEdit; answer?: Promise<Ack<Record<string, unknown>>> };

export function useLiveMeeting(snapshot: LiveSnapshot, readAt: number) {
  const meetingId = snapshot.state.meetingId;
  const myId = snapshot.me.personId;
  const [view, dispatch] = useReducer(liveReducer, snapshot, (s) => initialView(s, readAt));
  const [announcement, setAnnouncement] = useState("");
  const [client, setClient] = useState<LiveClient | null>(null);

  // The latest state and notes, for the socket handlers (which are made once per connection).
  const viewRef = useRef(view);
  viewRef.current = view;
  const knownVersions = useRef(new Map(snapshot.notes.map((n) => [n.id, n.version])));

  // ---- Announcements: collected, then summarised at most once every ANNOUNCE_EVERY_MS ----
  const happenings = useRef<LiveHappening[]>([]);
  const lastSpoken = useRef(0);
  const speakTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const speak = useCallback(() => {
    speakTimer.current = undefined;
    const batch = happenings.current.splice(0);
    const current = viewRef.current.snapshot;
    const text = announce(batch, current.me.announcements, current.state);
    if (!text) return;
    lastSpoken.current = Date.now();
    // The same words twice in a row would not be read again: vary them invisibly.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  const heard = useCallback(
    (happening: LiveHappening) => {
      happenings.current.push(happening);
      if (speakTimer.current) return;
      speakTimer.current = setTimeout(speak, announcementDelay(Date.now(), lastSpoken.current));
    },
    [speak],
  );

  const noteHeard = useCallback(
    (note: LiveSnapshot["notes"][number]) => {
      const known = knownVersions.current.get(note.id);
      if (known !== undefined && known >= note.version) return;
      knownVersions.current.set(note.id, note.version);
      if (!isOwnChange(note, known, myId)) heard({ kind: "note", note, isNew: known === undefined });
    },
    [heard, myId],
  );
  const stateHeard = useCallback(
    (after: LiveState) => {
      heard({ kind: "state", before: viewRef.current.snapshot.state, after });
    },
    [heard],
  );

  // A new snapshot from the loader (after a settings change or a refresh) replaces the page's.
  const firstSnapshot = useRef(snapshot);
  useEffect(() => {
    if (snapshot === firstSnapshot.current) return;
    dispatch({ type: "snapshot", snapshot, at: readAt });
  }, [snapshot, readAt]);

  useEffect(() => {
    const socket: Socket = io({ transports: ["websocket", "polling"], ...LIVE_RECONNECTION });
    const live = createLiveClient({
      socket,
      meetingId,
      storage: browserStorage(),
      handlers: {
        onStatus: (status) => dispatch({ type: "connection", status }),
        onSnapshot: (next) => {
          // After a reconnect the snapshot may hold what was missed: the summary says it once.
          stateHeard(next.state);
          next.notes.forEach(noteHeard);
          dispatch({ type: "snapshot", snapshot: next, at: Date.now() });
        },
        onState: (state) => {
          stateHeard(state);
          dispatch({ type: "state", state, at: Date.now() });
        },
        onNote: (note) => {
          noteHeard(note);
          dispatch({ type: "note", note });
        },
        onQueue: (queue) => dispatch({ type: "queue", queue }),
        onMyHand: (event) => dispatch({ type: "my-hand", hand: event.hand }),
        onTyping: (event) => dispatch({ type: "typing", event, at: Date.now() }),
        onEdit: (edit, answer) => {
          dispatch({ type: "edit", edit, answer: answer as Record<string, unknown> | undefined });
          // A refused hand or message is not kept for later: the page says why, and the person can
          // simply ask again. Refused notes and corrections stay until the person decides.
          if (edit.status === "refused" && edit.event !== "addNote" && edit.event !== "correctNote") live.discard(edit.key);
        },
        onJoinRefused: () => dispatch({ type: "connection", status: "removed" }),
        onSlowDown: () => dispatch({ type: "slow-down", on: true }),
      },
    });
    dispatch({ type: "edits", edits: live.pending() });
    setClient(live);
    // The browser knows at once when the network goes; socket.io alone would take a minute to notice.
    const offline = () => socket.disconnect();
    const online = () => socket.connect();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      live.close();
      socket.close();
      setClient(null);
    };
  }, [meetingId, noteHeard, stateHeard]);

  useEffect(() => () => clearTimeout(speakTimer.current), []);

  // "Reconnected" for a while, then "Live"; "slow down" for a few seconds.
  useEffect(() => {
    if (view.connection !== "reconnected") return;
    const timer = setTimeout(() => dispatch({ type: "connection", status: "online" }), RECONNECTED_FOR_MS);
    return () => clearTimeout(timer);
  }, [view.connection]);
  useEffect(() => {
    if (!view.slowDown) return;
    const timer = setTimeout(() => dispatch({ type: "slow-down", on: false }), 5_000);
    return () => clearTimeout(timer);
  }, [view.slowDown]);

  // Writers who went quiet are forgotten (nothing re-renders when nobody is writing).
  useEffect(() => {
    const timer = setInterval(() => dispatch({ type: "forget-typing", before: Date.now() - TYPING_FORGOTTEN_MS }), 5_000);
    return () => clearInterval(timer);
  }, []);
  // The current item's clock moves on, in whole minutes, so twice a minute is often enough.
  const [now, setNow] = useState(readAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // ---- Typing: the draft so far, at most once a second; an empty draft says "stopped" at once ----
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const typingSentAt = useRef(0);
  const typingLatest = useRef<{ itemId: string | null; kind: NoteKind; text: string } | null>(null);
  const sendTyping = useCallback(() => {
    typingTimer.current = undefined;
    const draft = typingLatest.current;
    if (!client || !draft) return;
    typingSentAt.current = Date.now();
    void client.request("typing", draft);
  }, [client]);
  const typing = useCallback(
    (draft: { itemId: string | null; kind: NoteKind; text: string }) => {
      typingLatest.current = draft;
      if (!draft.text.trim()) {
        clearTimeout(typingTimer.current);
        sendTyping();
        return;
      }
      if (typingTimer.current) return;
      typingTimer.current = setTimeout(sendTyping, Math.max(0, typingSentAt.current + TYPING_EVERY_MS - Date.now()));
    },
    [sendTyping],
  );
  const stopTyping = useCallback(() => {
    clearTimeout(typingTimer.current);
    typingTimer.current = undefined;
    typingLatest.current = null;
  }, []);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  /** A form sent over the socket: kept until stored when it is an edit, sent now otherwise. */
  const send = useCallback(
    (intent: LiveIntent, posted: PostedFields): SendResult | null => {
      if (!client) return null;
      const { event, payload } = eventFor(intent, withoutRenderedIds(posted), meetingId, newId);
      if (intent === "add-note") stopTyping();
      if ((DURABLE_INTENTS as readonly string[]).includes(intent)) return { edit: client.send(event as DurableEvent, payload) };
      return { answer: client.request(event, payload) };
    },
    [client, meetingId, stopTyping],
  );

  const actions = useMemo(
    () => ({
      send,
      typing,
      discard(key: string) {
        client?.discard(key);
        dispatch({ type: "discard-edit", key });
      },
      retry(key: string, payload: Record<string, unknown>) {
        client?.retry(key, payload);
      },
    }),
    [client, send, typing],
  );

  return { view, now, announcement, ready: client !== null, ...actions };
}

export type LiveMeeting = ReturnType<typeof useLiveMeeting>;
