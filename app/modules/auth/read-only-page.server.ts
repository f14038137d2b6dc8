// The action of a page that takes no form. Remix answers a POST to a route without an action with
// 405 by itself, but before any loader runs, so everyone would get it. These pages check who asks
// first: a POST gets the same sign-in, 403 or 404 as opening the page, and only someone allowed
// to see it learns it takes no form (tests/support/authorization.ts, "noSuchAction").
import type { ActionFunction, ActionFunctionArgs } from "@remix-run/node";

export function readOnlyPage(check: (args: ActionFunctionArgs) => unknown): ActionFunction {
  return async (args) => {
    await check(args);
    throw new Response("There is nothing to send on this page", { status: 405, statusText: "Method Not Allowed" });
  };
}
