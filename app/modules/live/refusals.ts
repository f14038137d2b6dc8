// The one shape of a refused live event, for sockets and form posts alike.
import { ACK_ERRORS, type AckError, type LiveNote } from "./protocol.ts";

export type Refusal = { ok: false; error: AckError; message: string; fields?: Record<string, string[]>; current?: LiveNote };

export function refuse(error: AckError, message: string, extra: Pick<Refusal, "fields" | "current"> = {}): Refusal {
  return { ok: false, error, message, ...extra };
}

export const refusals = {
  notFound: () => refuse(ACK_ERRORS.notFound, "That meeting or item was not found"),
  forbidden: (message = "You cannot do this in this meeting") => refuse(ACK_ERRORS.forbidden, message),
  notLive: () => refuse(ACK_ERRORS.notLive, "The meeting has not started yet"),
};
