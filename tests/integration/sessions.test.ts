// Sessions: own devices stay signed in, shared devices time out after 30 idle minutes, activity
// keeps them alive, and deactivation ends them.
import { describe, expect, it } from "vitest";
import { SHARED_DEVICE_IDLE_MS } from "../../app/modules/auth/session-rules.ts";
import { db } from "../../app/services.server.ts";
import { createPerson } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

async function signedIn(cookie: string): Promise<boolean> {
  return (await app().fetch("/account", { cookie })).status === 200;
}

describe("sessions", () => {
  it("on a shared device end after 30 idle minutes", async () => {
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id, { sharedDevice: true });
    expect(await signedIn(cookie)).toBe(true);
    await db().session.updateMany({ where: { personId: person.id }, data: { lastSeenAt: new Date(Date.now() - SHARED_DEVICE_IDLE_MS - 1000) } });
    expect(await signedIn(cookie)).toBe(false);
    expect(await db().session.count({ where: { personId: person.id } })).toBe(0);
  });

  it("on a shared device are kept alive by the keep-alive call, which says when they end", async () => {
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id, { sharedDevice: true });
    await db().session.updateMany({ where: { personId: person.id }, data: { lastSeenAt: new Date(Date.now() - SHARED_DEVICE_IDLE_MS + 60_000) } });
    const response = await app().fetch("/session/keepalive", { method: "POST", cookie });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { endsInMs: number };
    expect(body.endsInMs).toBeGreaterThan(SHARED_DEVICE_IDLE_MS - 5_000);
    expect(await signedIn(cookie)).toBe(true);
  });

  it("on a person's own device are not ended by idleness", async () => {
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    await db().session.updateMany({ where: { personId: person.id }, data: { lastSeenAt: new Date(Date.now() - 7 * 24 * 3600_000) } });
    expect(await signedIn(cookie)).toBe(true);
  });

  it("end when they expire, and the keep-alive call then answers 401", async () => {
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    await db().session.updateMany({ where: { personId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await signedIn(cookie)).toBe(false);
    expect((await app().fetch("/session/keepalive", { method: "POST", cookie })).status).toBe(401);
  });

  it("do not let a deactivated person in, even with a live cookie", async () => {
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    await db().person.update({ where: { id: person.id }, data: { active: false } });
    expect(await signedIn(cookie)).toBe(false);
  });

  it("send a signed-out visitor to sign in and back to the page they wanted", async () => {
    const response = await app().fetch("/account");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in?returnTo=%2Faccount");
  });

  it("are rotated at sign-in: a new token replaces the old session", async () => {
    const person = await createPerson();
    const old = await app().cookieFor(person.id);
    const response = await app().post("/demo", { personId: person.id }, old);
    const fresh = response.headers.getSetCookie().find((c) => c.startsWith("panel_session="))!.split(";")[0]!;
    expect(fresh).not.toBe(old);
    expect(await signedIn(old)).toBe(false);
    expect(await signedIn(fresh)).toBe(true);
  });
});
