import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseIntent, respondToRefusal, UNKNOWN_FORM } from "./forms.server.ts";
import { refuse } from "./refusal.ts";

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("rename"), name: z.string({ error: "Enter a name" }) }),
  z.object({ intent: z.literal("remove") }),
]);
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe("parseIntent", () => {
  it("answers an unknown or missing intent with the same 400 for the page's summary", async () => {
    for (const entries of [{ intent: "delete-everything" }, { intent: "__proto__" }, {}] as Record<string, string>[]) {
      const parsed = parseIntent(form(entries), ["rename", "remove"], schema);
      expect(parsed.known).toBe(false);
      if (parsed.known) continue;
      expect(parsed.response.status).toBe(400);
      expect(await parsed.response.json()).toMatchObject({ form: "page", result: { error: { "": [UNKNOWN_FORM] } } });
    }
  });

  it("parses a known intent with the page's schema", () => {
    const parsed = parseIntent(form({ intent: "rename", name: "Carers" }), ["rename", "remove"], schema);
    expect(parsed.known && parsed.intent).toBe("rename");
    expect(parsed.known && parsed.submission.status).toBe("success");
    const invalid = parseIntent(form({ intent: "rename" }), ["rename", "remove"], schema);
    expect(invalid.known && invalid.submission.status).toBe("error");
  });
});

describe("respondToRefusal", () => {
  const submission = { reply: (options?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => ({ status: "error" as const, error: { ...(options?.fieldErrors ?? {}), ...(options?.formErrors ? { "": options.formErrors } : {}) } }) };

  it("throws 404 and 403 responses, with the reason", async () => {
    expect(() => respondToRefusal(refuse.notFound(), submission)).toThrow();
    try {
      respondToRefusal(refuse.forbidden("Only the chair can do this"), submission);
    } catch (thrown) {
      expect((thrown as Response).status).toBe(403);
      expect(await (thrown as Response).text()).toBe("Only the chair can do this");
    }
  });

  it("sends field errors and conflicts back to the form that was posted", async () => {
    const single = respondToRefusal(refuse.field("name", "Choose another name"), submission);
    expect(single.status).toBe(400);
    expect(await single.json()).toEqual({ status: "error", error: { name: ["Choose another name"] } });
    const many = respondToRefusal(refuse.conflict("Someone changed it first", { version: 3 }), submission, "edit");
    expect(await many.json()).toEqual({ form: "edit", result: { status: "error", error: { "": ["Someone changed it first"] } }, current: { version: 3 } });
  });
});
