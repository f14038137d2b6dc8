// Changing an action's status ("Mark as done" on the owner's home page, or an organiser on the
// agenda's matters arising). Only the action's owner and the organisers of its panel may; anyone
// outside the panel is told it is not found. The form posts and the page it came from is shown again.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { forbidden, notFound, requireId, requirePerson } from "~/modules/auth/permissions.server.ts";
import { checkActionAccess, updateActionStatus } from "~/modules/minutes/actions.server.ts";
import { actionStatusSchema, safeReturnTo } from "~/modules/minutes/schema.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePerson(request);
  requireId(params.noteId);
  throw new Response("Method Not Allowed", { status: 405 });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  const noteId = requireId(params.noteId);
  // Who may change it is checked before the form is read, so a refused person learns nothing more.
  const access = await checkActionAccess(noteId, session.person.id);
  if (!access.ok) throw access.reason === "forbidden" ? forbidden(access.message) : notFound();
  const submission = parseWithZod(await request.formData(), { schema: actionStatusSchema });
  if (submission.status !== "success") {
    return new Response(submission.error?.status?.[0] ?? "Choose what has happened to the action", { status: 400 });
  }
  const { status, returnTo } = submission.value;
  const outcome = await updateActionStatus(noteId, status, actorFrom(session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  const back = new URL(safeReturnTo(returnTo), "http://panel.invalid");
  back.searchParams.set("actionStatus", status.toLowerCase());
  return redirect(`${back.pathname}${back.search}${back.hash}`);
}
