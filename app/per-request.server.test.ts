import { describe, expect, it } from "vitest";
import { oncePerRequest, REQUEST_KEY_HEADER } from "./per-request.server.ts";

describe("look-ups shared by the loaders of one request", () => {
  it("run once for copies of the same request, and again for another request", async () => {
    let calls = 0;
    const load = async () => ++calls;
    const first = new Request("http://x/a", { headers: { [REQUEST_KEY_HEADER]: "one" } });
    const copy = new Request("http://x/a?index", { headers: first.headers });
    const other = new Request("http://x/a", { headers: { [REQUEST_KEY_HEADER]: "two" } });
    expect(await oncePerRequest(first, "k", load)).toBe(1);
    expect(await oncePerRequest(copy, "k", load)).toBe(1);
    expect(await oncePerRequest(other, "k", load)).toBe(2);
    expect(await oncePerRequest(new Request("http://x/"), "k", load)).toBe(3);
  });
});
