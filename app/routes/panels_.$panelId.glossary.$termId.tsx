// Changing or removing one glossary term, with its history: the chair, council officers and admins.
// Removing asks first, on this page (?remove=1), so it works without JavaScript.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound, requireId, requireCapability } from "~/modules/auth/permissions.server.ts";
import { changeGlossaryTerm, getGlossaryTerm, removeGlossaryTerm } from "~/modules/glossary/glossary.server.ts";
import { GlossaryTermPage } from "~/modules/glossary/glossary-term-page.tsx";
import { glossaryTermPageSchema } from "~/modules/glossary/schema.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.confirmRemove ? "Remove" : "Change"} ${data?.term.term ?? "term"} – Panel` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panelId } = await requireCapability(request, "editsGlossary", params.panelId);
  const [panel, term] = await Promise.all([getPanelHeading(panelId), getGlossaryTerm(panelId, requireId(params.termId))]);
  if (!panel || !term) throw notFound();
  const { versions, ...current } = term;
  return {
    panel,
    term: current,
    versions: versions.map((v) => ({ ...v, createdAt: formatDateTime(v.createdAt, panel.timeZone) })),
    confirmRemove: new URL(request.url).searchParams.get("remove") === "1",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session } = await requireCapability(request, "editsGlossary", params.panelId);
  const termId = requireId(params.termId);
  const actor = actorFrom(session, context);
  const submission = parseWithZod(await request.formData(), { schema: glossaryTermPageSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  if (submission.value.intent === "remove") {
    const removed = await removeGlossaryTerm(panelId, termId, actor);
    if (!removed.ok) return respondToRefusal(removed, submission);
    return redirect(`/panels/${panelId}/glossary?removed=1`);
  }
  const { intent: _intent, ...input } = submission.value;
  const outcome = await changeGlossaryTerm(panelId, termId, input, actor);
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panelId}/glossary?changed=${termId}`);
}

export default function ChangeGlossaryTerm() {
  return <GlossaryTermPage {...useLoaderData<typeof loader>()} />;
}
