// When the database stops answering: the health check says so, and pages show a calm error with
// a reference (the request id) and no technical details.
import { describe, expect, it } from "vitest";
import { createPerson } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp({ isProduction: true, nodeEnv: "production", demo: false });

describe("when the database does not answer", () => {
  it("answers the health check with 503, and pages with a 500 page that has the request id and no stack", async () => {
    expect((await app().fetch("/healthz")).status).toBe(200);
    const cookie = await app().cookieFor((await createPerson()).id);
    await app().database.close();
    const health = await app().fetch("/healthz");
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "unavailable", db: app().database.kind });

    const page = await app().fetch("/", { cookie });
    expect(page.status).toBe(500);
    const requestId = page.headers.get("X-Request-Id");
    const html = await page.text();
    expect(html).toContain("Sorry, there is a problem with the service");
    expect(html).toContain(requestId!);
    expect(html).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(html).not.toContain("PrismaClient");
  });
});
