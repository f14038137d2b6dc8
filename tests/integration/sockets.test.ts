// socket.io on the same port: authenticated from the session cookie, anonymous and cross-site
// clients refused, and cut off when the session ends.
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { createPanel, createPerson } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const sockets: Socket[] = [];

afterEach(() => {
  sockets.splice(0).forEach((s) => s.close());
});

function connect(headers: Record<string, string> = {}): Socket {
  const socket = io(app().url, { transports: ["websocket"], extraHeaders: headers, reconnection: false, forceNew: true });
  sockets.push(socket);
  return socket;
}

function outcome(socket: Socket): Promise<"connected" | string> {
  return new Promise((resolve) => {
    socket.once("connect", () => resolve("connected"));
    socket.once("connect_error", (error) => resolve(error.message));
  });
}

describe("live connections", () => {
  it("refuse anonymous clients", async () => {
    expect(await outcome(connect())).toBe("unauthenticated");
    expect(await outcome(connect({ Cookie: "panel_session=forged-token-value" }))).toBe("unauthenticated");
  });

  it("know the signed-in person and their panel roles", async () => {
    const panel = await createPanel();
    const person = await createPerson({ roles: [{ panelId: panel.id, role: "MEMBER" }, { panelId: panel.id, role: "CHAIR" }] });
    const socket = connect({ Cookie: await app().cookieFor(person.id) });
    expect(await outcome(socket)).toBe("connected");
    const me = await socket.timeout(2000).emitWithAck("whoami");
    expect(me).toEqual({ personId: person.id, panels: [{ id: panel.id, roles: expect.arrayContaining(["MEMBER", "CHAIR"]) }] });
  });

  it("refuse a handshake from another website", async () => {
    const person = await createPerson();
    const socket = connect({ Cookie: await app().cookieFor(person.id), Origin: "https://evil.example" });
    expect(await outcome(socket)).not.toBe("connected");
  });

  it("are disconnected when the person signs out, and when they sign out everywhere", async () => {
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    const otherDevice = await app().cookieFor(person.id);
    const socket = connect({ Cookie: cookie });
    const elsewhere = connect({ Cookie: otherDevice });
    expect(await outcome(socket)).toBe("connected");
    expect(await outcome(elsewhere)).toBe("connected");

    const dropped = new Promise((resolve) => socket.once("disconnect", resolve));
    await app().post("/sign-out", {}, cookie);
    await dropped;
    expect(elsewhere.connected).toBe(true);

    const droppedElsewhere = new Promise((resolve) => elsewhere.once("disconnect", resolve));
    const response = await app().post("/account", { intent: "sign-out-everywhere" }, otherDevice);
    expect(response.status).toBe(302);
    await droppedElsewhere;
    expect(await outcome(connect({ Cookie: otherDevice }))).toBe("unauthenticated");
  });
});
