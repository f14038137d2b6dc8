// The browser side of the live protocol, without React (the page wraps it in a hook; tests and the
// benchmark drive it from Node). It joins the meeting and resyncs on every (re)connect, so a dropped
// connection, a server restart or a laptop waking never leaves the page out of date. Edits wait in
// `storage` (localStorage in the browser) until the server acknowledges they are stored, and are
// re-sent on reconnect; every edit carries an id made here, so sending it twice does no harm.
import type { Socket } from "socket.io-client";
import {
  ACK_ERRORS,
  CLIENT_EVENTS,
  SERVER_EVENTS,
  type Ack,
  type LiveNote,
  type LiveQueue,
  type LiveSnapshot,
  type LiveState,
  type MyHandEvent,
  type TypingEvent,
} from "./protocol.ts";

export type ConnectionStatus = "connecting" | "online" | "offline" | "reconnected" | "removed";
type EditStatus = "saving" | "saved" | "conflict" | "refused";

/** The edits kept until stored: everything a person writes or asks for. */
export const DURABLE_EVENTS = ["addNote", "correctNote", "raiseHand", "lowerHand", "confused", "message"] as const;
export type DurableEvent = (typeof DURABLE_EVENTS)[number];
type LiveEventName = keyof typeof CLIENT_EVENTS;

export type PendingEdit = {
  key: string;
  event: DurableEvent;
  payload: Record<string, unknown>;
  status: EditStatus;
  message?: string;
  /** For a conflict: the stored note the edit was not applied over. */
  current?: LiveNote;
};

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

type LiveClientHandlers = {
  onStatus?(status: ConnectionStatus): void;
  onSnapshot?(snapshot: LiveSnapshot): void;
  onState?(state: LiveState): void;
  onNote?(note: LiveNote): void;
  onQueue?(queue: LiveQueue): void;
  onMyHand?(event: MyHandEvent): void;
  onTyping?(event: TypingEvent): void;
  /** An edit changed status; `answer` is the server's acknowledgement when there is one. */
  onEdit?(edit: PendingEdit, answer?: Ack<Record<string, unknown>>): void;
  onJoinRefused?(message: string): void;
  onSlowDown?(): void;
};

export type LiveClient = {
  /** Keeps the edit until the server has stored it; returns its key (the edit's own id). */
  send(event: DurableEvent, payload: Record<string, unknown>): PendingEdit;
  /** For things that make no sense later (typing, the chair's moves): sent now or refused. */
  request<T = Record<string, unknown>>(event: LiveEventName, payload: Record<string, unknown>): Promise<Ack<T>>;
  /** Edits not yet stored, and those the person must decide about (conflicts, refusals). */
  pending(): PendingEdit[];
  /** Forget an edit the person chose not to keep (a conflict resolved as "keep theirs"). */
  discard(key: string): void;
  /** Send a changed edit again (a conflict resolved as "save mine over it"). */
  retry(key: string, payload: Record<string, unknown>): void;
  close(): void;
};

/**
 * How soon a page tries again after losing the server: socket.io's defaults wait up to 5 s (plus
 * jitter) between tries, so after a restart pages would come back slowly; 2 s at most is still
 * gentle on a server that is starting.
 */
export const LIVE_RECONNECTION = { reconnectionDelay: 500, reconnectionDelayMax: 2000 } as const;

export function outboxKey(meetingId: string): string {
  return `panel.live.${meetingId}.outbox`;
}

/** A Storage kept in memory, for Node (tests, the benchmark) and for browsers that refuse localStorage. */
export function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function keyOf(event: DurableEvent, payload: Record<string, unknown>): string {
  const id = event === "correctNote" ? payload.editId : payload.id;
  return typeof id === "string" ? id : `${event}:${Date.now()}:${Math.random()}`;
}

/** These answers will not change if sent again: the person has to decide. */
const FINAL_REFUSALS = new Set<string>([ACK_ERRORS.invalid, ACK_ERRORS.forbidden, ACK_ERRORS.notFound, ACK_ERRORS.notLive]);

export function createLiveClient(options: {
  socket: Socket;
  meetingId: string;
  storage: StorageLike;
  handlers?: LiveClientHandlers;
  ackTimeoutMs?: number;
}): LiveClient {
  const { socket, meetingId, storage } = options;
  const handlers = options.handlers ?? {};
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
  const key = outboxKey(meetingId);
  let joinedBefore = false;
  let joined = false;
  let flushing = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = 500;
  let closed = false;

  const read = (): PendingEdit[] => {
    try {
      const raw = storage.getItem(key);
      const list = raw ? (JSON.parse(raw) as PendingEdit[]) : [];
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  };
  const write = (list: PendingEdit[]) => {
    if (list.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(list));
  };
  const update = (editKey: string, change: Partial<PendingEdit> | null): PendingEdit | undefined => {
    const list = read();
    const index = list.findIndex((e) => e.key === editKey);
    if (index < 0) return undefined;
    const edit = change ? { ...list[index]!, ...change } : list[index]!;
    if (change) list[index] = edit;
    else list.splice(index, 1);
    write(list);
    return edit;
  };

  const emit = <T>(event: LiveEventName, payload: unknown): Promise<Ack<T>> =>
    socket
      .timeout(ackTimeoutMs)
      .emitWithAck(CLIENT_EVENTS[event], payload)
      .then((answer: Ack<T>) => answer)
      .catch(() => ({ ok: false, error: ACK_ERRORS.serverError, message: "No answer from the server yet" }) as Ack<T>);

  const scheduleRetry = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 10_000);
  };

  // In order, one at a time: a correction never overtakes the note it corrects.
  const flush = async (): Promise<void> => {
    if (flushing || closed) return;
    flushing = true;
    try {
      for (;;) {
        if (!socket.connected || !joined) return;
        const next = read().find((e) => e.status === "saving");
        if (!next) {
          retryDelay = 500;
          return;
        }
        const answer = await emit<Record<string, unknown>>(next.event, next.payload);
        if (answer.ok) {
          update(next.key, null);
          handlers.onEdit?.({ ...next, status: "saved" }, answer);
          if (answer.note) handlers.onNote?.(answer.note as LiveNote);
          continue;
        }
        if (answer.error === ACK_ERRORS.conflict || FINAL_REFUSALS.has(answer.error)) {
          const status: EditStatus = answer.error === ACK_ERRORS.conflict ? "conflict" : "refused";
          const edit = update(next.key, { status, message: answer.message, current: answer.current });
          if (edit) handlers.onEdit?.(edit, answer);
          if (answer.current) handlers.onNote?.(answer.current);
          continue;
        }
        // Busy, rate-limited or no answer: keep it and try again shortly.
        scheduleRetry();
        return;
      }
    } finally {
      flushing = false;
    }
  };

  const join = async () => {
    joined = false;
    handlers.onStatus?.("connecting");
    const answer = await emit<{ snapshot: LiveSnapshot }>("join", { meetingId });
    if (closed) return;
    if (!answer.ok) {
      if (answer.error === ACK_ERRORS.serverError || answer.error === ACK_ERRORS.rateLimited) {
        setTimeout(() => void (socket.connected && join()), 1000);
        return;
      }
      handlers.onJoinRefused?.(answer.message);
      return;
    }
    joined = true;
    handlers.onSnapshot?.(answer.snapshot);
    handlers.onStatus?.(joinedBefore ? "reconnected" : "online");
    joinedBefore = true;
    await flush();
  };

  const ours = <T extends { meetingId: string }>(fn?: (event: T) => void) => (event: T) => {
    if (event && event.meetingId === meetingId) fn?.(event);
  };
  const listeners: [string, (...args: never[]) => void][] = [
    ["connect", () => void join()],
    [
      "disconnect",
      () => {
        joined = false;
        if (!closed) handlers.onStatus?.("offline");
      },
    ],
    ["connect_error", () => handlers.onStatus?.("offline")],
    [SERVER_EVENTS.state, ours<LiveState>(handlers.onState)],
    [SERVER_EVENTS.note, ours<LiveNote>(handlers.onNote)],
    [SERVER_EVENTS.queue, ours<LiveQueue>(handlers.onQueue)],
    [SERVER_EVENTS.myHand, ours<MyHandEvent>(handlers.onMyHand)],
    [SERVER_EVENTS.typing, ours<TypingEvent>(handlers.onTyping)],
    [SERVER_EVENTS.resync, ours<{ meetingId: string }>(() => void join())],
    [
      SERVER_EVENTS.removed,
      ours<{ meetingId: string }>(() => {
        joined = false;
        handlers.onStatus?.("removed");
      }),
    ],
    [SERVER_EVENTS.slowDown, () => handlers.onSlowDown?.()],
  ];
  for (const [event, fn] of listeners) socket.on(event, fn as never);
  if (socket.connected) void join();
  else handlers.onStatus?.("connecting");

  return {
    send(event, payload) {
      const edit: PendingEdit = { key: keyOf(event, payload), event, payload: { ...payload, meetingId }, status: "saving" };
      const list = read().filter((e) => e.key !== edit.key);
      list.push(edit);
      write(list);
      handlers.onEdit?.(edit);
      void flush();
      return edit;
    },
    request(event, payload) {
      if (!socket.connected) {
        return Promise.resolve({ ok: false, error: ACK_ERRORS.serverError, message: "You are offline. Try again when you are back online." });
      }
      return emit(event, { ...payload, meetingId });
    },
    pending: read,
    discard(editKey) {
      update(editKey, null);
    },
    retry(editKey, payload) {
      const edit = update(editKey, { payload: { ...payload, meetingId }, status: "saving", message: undefined, current: undefined });
      if (edit) handlers.onEdit?.(edit);
      void flush();
    },
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      for (const [event, fn] of listeners) socket.off(event, fn as never);
    },
  };
}
