// Names shared by the socket.io client and server, so both speak of errors the same way.
export const SOCKET_ERRORS = {
  unauthenticated: "unauthenticated",
  forbiddenOrigin: "forbidden-origin",
  serverError: "server-error",
} as const;
