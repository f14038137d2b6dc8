// Adding a term to the panel's glossary: the chair, council officers and admins.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { addGlossaryTerm } from "~/modules/glossary/glossary.server.ts";
import { NewGlossaryTermPage } from "~/modules/glossary/new-glossary-term-page.tsx";
import { glossaryTermSchema } from "~/modules/glossary/schema.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction = () => [{ title: "Add a term to the glossary – Panel" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panelId } = await requireCapability(request, "editsGlossary", params.panelId);
  const panel = await getPanelHeading(panelId);
  if (!panel) throw notFound();
  // From "Words people asked about in meetings": the word comes filled in.
  const term = (new URL(request.url).searchParams.get("term") ?? "").trim().slice(0, 60);
  return { panel, term };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session } = await requireCapability(request, "editsGlossary", params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: glossaryTermSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await addGlossaryTerm(panelId, submission.value, actorFrom(session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panelId}/glossary?added=${outcome.termId}`);
}

export default function AddGlossaryTerm() {
  return <NewGlossaryTermPage {...useLoaderData<typeof loader>()} />;
}
