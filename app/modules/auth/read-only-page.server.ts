// The action of a page that takes no form. Remix answers a POST to a route without an action with
// 405 by itself, but before any loader runs, so everyone would get it. These pages check who asks
// first: a POST gets the same sign-in, 403 or 404 as opening the page, and only someone allowed
// to see it learns it takes no form (tests/support/authorization.ts, "noSuchAction").
//
// Routes write `export const action = (args: ActionFunctionArgs) => readOnlyPage(args, check)`:
// an arrow function, never a call at the top of the module, so the browser build (which drops
// `action` and this server-only import) has nothing left to run.
import type { ActionFunctionArgs } from "@remix-run/node";

export async function readOnlyPage(args: ActionFunctionArgs, check: (args: ActionFunctionArgs) => unknown): Promise<never> {
  await check(args);
  throw new Response("There is nothing to send on this page", { status: 405, statusText: "Method Not Allowed" });
}
