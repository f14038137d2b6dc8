// Nothing lost: kill the server with SIGKILL in the middle of a stream of writes, twenty times.
// After every restart each write the server acknowledged must be there, and the database opens.
// The write is a demo sign-in (POST /demo): it stores a session row and answers 302 with the
// session cookie only after the row is committed; the cookie working later proves the row.
import { afterAll, describe, expect, it } from "vitest";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";

// 20 in npm test and CI; DURABILITY_ROUNDS=3 for a quick look while working (docs/testing.md).
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 20);
const WRITERS = 4;
const PERSON = "00000000-0000-4000-8000-000000000101";

async function write(server: ServerProcess): Promise<string | null> {
  try {
    const response = await fetch(server.url + "/demo", {
      method: "POST",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: `personId=${PERSON}`,
      redirect: "manual",
    });
    if (response.status !== 302) return null;
    return response.headers.getSetCookie().find((c) => c.startsWith("panel_session="))?.split(";")[0] ?? null;
  } catch {
    return null; // the server died mid-request: not acknowledged
  }
}

async function isStored(server: ServerProcess, cookie: string): Promise<boolean> {
  const response = await fetch(server.url + "/account", { headers: { Cookie: cookie }, redirect: "manual" });
  return response.status === 200;
}

describe("durability of acknowledged writes", () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await removeDataDir(dataDir);
  });

  it(`keeps every acknowledged write across ${ROUNDS} SIGKILLs`, async () => {
    const acknowledged: string[] = [];
    let server = await startServerProcess();
    dataDir = server.dataDir;
    for (let round = 0; round < ROUNDS; round++) {
      let writing = true;
      let firstLanded: () => void = () => {};
      const landed = new Promise<void>((resolve) => (firstLanded = resolve));
      const writers = Array.from({ length: WRITERS }, async () => {
        while (writing) {
          const cookie = await write(server);
          if (cookie) {
            acknowledged.push(cookie);
            firstLanded();
          } else if (!writing) break;
        }
      });
      // Let some writes land (a just-started server on a busy machine can take a while to answer
      // the first), then kill in the middle of the stream.
      await landed;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 400));
      await server.kill();
      writing = false;
      await Promise.all(writers);
      server = await startServerProcess({ dataDir });
      expect((await fetch(server.url + "/healthz")).status).toBe(200);
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS);
    const missing: string[] = [];
    for (const cookie of acknowledged) if (!(await isStored(server, cookie))) missing.push(cookie);
    await server.stop();
    expect(missing, `${missing.length} of ${acknowledged.length} acknowledged writes were lost`).toEqual([]);
  });
});
