// The one shape of a refused live event, for sockets and form posts alike: the socket
// protocol's failed Ack itself, so what a command refuses is what the client receives. It is not
// app/refusal.ts's Refusal: the protocol has codes that one has not (not-live, rate-limited,
// server-error), and on the live page every refusal, a 404 or 403 included, is shown beside the
// form in the page rather than as an error page (form-posts.server.ts).
import { ACK_ERRORS, type Ack, type AckError } from "../client/protocol.ts";

export type Refusal = Extract<Ack, { ok: false }>;

export function refuse(error: AckError, message: string, extra: Pick<Refusal, "fields" | "current"> = {}): Refusal {
  return { ok: false, error, message, ...extra };
}

export const refusals = {
  notFound: () => refuse(ACK_ERRORS.notFound, "That meeting or item was not found"),
  forbidden: (message = "You cannot do this in this meeting") => refuse(ACK_ERRORS.forbidden, message),
  notLive: () => refuse(ACK_ERRORS.notLive, "The meeting has not started yet"),
};
