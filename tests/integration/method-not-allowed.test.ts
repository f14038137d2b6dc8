// A POST to a page that takes no form is answered 405 and is no error of ours: nothing is logged as
// one. (Pages that check who asks first, readOnlyPage, are in the authorisation matrices.)
import { describe, expect, it } from "vitest";
import { createPerson } from "../support/factories.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

describe("posting to a page that takes no form", () => {
  it("answers 405 and logs no error, signed in or not", async () => {
    const cookie = await app().cookieFor((await createPerson()).id);
    for (const path of ["/", "/accessibility"]) {
      expect((await app().post(path, {})).status).toBe(405);
      expect((await app().post(path, {}, cookie)).status).toBe(405);
    }
    expect(app().logs.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
