// The shared harness of the authorisation matrices (tests/integration/authorization-*.test.ts):
// every route × every kind of person, on the real server, each response classified as an outcome
// and compared with what the row expects. The rows, their ids and the extra checks stay in each file.
import { expect, it } from "vitest";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { createPerson } from "./factories.ts";
import type { TestApp } from "./test-app.ts";

export const people = ["anonymous", "member", "chair", "officer", "finance", "panelAdmin", "siteAdmin", "outsider"] as const;
export type Who = (typeof people)[number];

/**
 *   allowed:   the page or action was reached (200, a redirect elsewhere, or 400 for an empty form)
 *   signIn:    sent to sign in;  forbidden: 403;  notFound: 404 (outsiders cannot probe ids)
 *   noSuchAction: 405, a method the page does not answer (a POST to a read-only page), by someone
 *                 allowed there
 */
export type Outcome = "allowed" | "signIn" | "forbidden" | "notFound" | "noSuchAction";

export type Row<Ids, W extends string = Who> = {
  route: (ids: Ids) => string;
  method?: "GET" | "POST";
  /** Posted as is (an empty form when missing); a function when it names ids made in beforeEach. */
  form?: Record<string, string> | ((ids: Ids) => Record<string, string>);
  /** The file's `refresh` runs before each person tries, as the post changes what it acts on. */
  fresh?: boolean;
  expect: Record<W, Outcome>;
};

/** `everyone` and `signedIn` for a file whose people are not the usual ones. */
export function outcomesFor<W extends string>(who: readonly W[]) {
  const everyone = (outcome: Outcome): Record<W, Outcome> => Object.fromEntries(who.map((p) => [p, outcome])) as Record<W, Outcome>;
  const signedIn = (outcome: Outcome, overrides: Partial<Record<W, Outcome>> = {}): Record<W, Outcome> => ({
    ...everyone(outcome),
    anonymous: "signIn",
    ...overrides,
  });
  return { everyone, signedIn };
}

export const { everyone, signedIn } = outcomesFor(people);

export function classify(response: Response): Outcome | `unexpected ${number}` {
  const location = response.headers.get("Location") ?? "";
  if (response.status === 302 && location.startsWith("/sign-in")) return "signIn";
  if (response.status === 403) return "forbidden";
  if (response.status === 404) return "notFound";
  // Reached only after the person was checked, so it says they got that far.
  if (response.status === 405) return "noSuchAction";
  if ([200, 302, 303, 400].includes(response.status)) return "allowed";
  return `unexpected ${response.status}`;
}

/**
 * One person of each role in `panelId` (the chair is a member too), a site admin with no role in
 * it, and an outsider who is a member of `otherPanelId` and, with `outsiderChairs`, its chair.
 */
export async function createPeople(panelId: string, otherPanelId: string, options: { outsiderChairs?: boolean } = {}) {
  const role = (r: PanelRole) => [{ panelId, role: r }];
  const outsiderRoles: PanelRole[] = options.outsiderChairs ? ["MEMBER", "CHAIR"] : ["MEMBER"];
  return {
    member: await createPerson({ roles: role("MEMBER") }),
    chair: await createPerson({ roles: [...role("MEMBER"), ...role("CHAIR")] }),
    officer: await createPerson({ roles: role("OFFICER") }),
    finance: await createPerson({ roles: role("FINANCE") }),
    panelAdmin: await createPerson({ roles: role("ADMIN") }),
    siteAdmin: await createPerson({ isSiteAdmin: true }),
    outsider: await createPerson({ roles: outsiderRoles.map((r) => ({ panelId: otherPanelId, role: r })) }),
  };
}

/** A session cookie for each of `who` (from `made`), and none for "anonymous". */
export async function cookiesFor<W extends string = Who>(
  app: TestApp,
  made: Record<Exclude<NoInfer<W>, "anonymous">, { id: string }>,
  who: readonly W[] = people as readonly string[] as readonly W[],
): Promise<Record<W, string | undefined>> {
  const cookies = {} as Record<W, string | undefined>;
  for (const w of who) cookies[w] = w === "anonymous" ? undefined : await app.cookieFor(made[w as Exclude<W, "anonymous">].id);
  return cookies;
}

/**
 * One `it` per row, named by its method and route with `placeholders` for the ids (and its form's
 * intent, with `intentInTitle`): each person in turn fetches or posts, and what they got must be
 * what the row expects. `ids` and `cookies` are read when the test runs, after beforeEach.
 */
export function defineMatrixTests<Ids, W extends string = Who>(
  matrix: Row<Ids, W>[],
  options: {
    app: () => TestApp;
    ids: () => Ids;
    cookies: () => Record<W, string | undefined>;
    placeholders: Ids;
    people?: readonly W[];
    intentInTitle?: boolean;
    refresh?: () => Promise<unknown>;
  },
) {
  const who = options.people ?? (people as readonly string[] as readonly W[]);
  const formOf = (row: Row<Ids, W>, ids: Ids) => (typeof row.form === "function" ? row.form(ids) : row.form);
  for (const row of matrix) {
    const method = row.method ?? "GET";
    const intent = options.intentInTitle ? formOf(row, options.placeholders)?.intent : undefined;
    it(`${method} ${row.route(options.placeholders)}${intent ? ` (${intent})` : ""}`, async () => {
      const refresh = row.fresh ? options.refresh : undefined;
      if (row.fresh && !refresh) throw new Error("A fresh row needs the file's refresh");
      const results: Partial<Record<W, string>> = {};
      for (const w of who) {
        await refresh?.();
        const ids = options.ids();
        const path = row.route(ids);
        const cookie = options.cookies()[w];
        const response = method === "GET" ? await options.app().fetch(path, { cookie }) : await options.app().post(path, formOf(row, ids) ?? {}, cookie);
        results[w] = classify(response);
      }
      expect(results).toEqual(row.expect);
    });
  }
}
