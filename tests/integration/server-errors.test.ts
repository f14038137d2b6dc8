// When the database stops answering: the health check says so, and pages show a calm error with
// a reference (the request id) and no technical details.
import { describe, expect, it } from "vitest";
import { createPerson } from "../support/factories.ts";
import { pageOf } from "../support/html.ts";
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
    const errorPage = await pageOf(page);
    expect(errorPage.h1()).toBe("Sorry, there is a problem with the service");
    expect(errorPage.mainText()).toContain(requestId!);
    // No technical details may reach the browser at all: the whole markup, page data included.
    expect(errorPage.source).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(errorPage.source).not.toContain("PrismaClient");
  });
});
