// What the custom server hands every loader and action (server/set-up-remix.ts).
import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    requestId: string;
    cspNonce: string;
    clientIp: string;
  }
}

export {};
