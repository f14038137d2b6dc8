// The panel's glossary, A to Z, for everyone in the panel; the chair, officers and admins keep it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { groupByFirstLetter } from "~/modules/glossary/a-to-z.ts";
import { GlossaryPage } from "~/modules/glossary/glossary-page.tsx";
import { listGlossaryTerms } from "~/modules/glossary/glossary.server.ts";
import { listGlossarySuggestions } from "~/modules/glossary/glossary-suggestions.server.ts";
import { searchQuery } from "~/modules/glossary/schema.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Glossary: ${data?.panel.name ?? "panel"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const { panelId } = access;
  const panel = await getPanelHeading(panelId);
  if (!panel) throw notFound();
  const url = new URL(request.url);
  const q = searchQuery(url.searchParams.get("q"));
  const terms = await listGlossaryTerms(panelId, q);
  const named = (key: string) => {
    const id = url.searchParams.get(key);
    return id ? (terms.find((t) => t.id === id)?.term ?? null) : null;
  };
  const canEdit = access.can("editsGlossary");
  const added = named("added");
  const changed = named("changed");
  const removed = url.searchParams.get("removed") === "1";
  return {
    panel,
    q,
    count: terms.length,
    groups: groupByFirstLetter(terms),
    canEdit,
    // Who asked is never shown: only the word and how often.
    suggestions: canEdit ? (await listGlossarySuggestions(panelId)).map(({ word, times }) => ({ word, times })) : [],
    banner: added ? `${added} has been added to the glossary.` : changed ? `${changed} has been changed.` : removed ? "The term has been removed from the glossary." : null,
  };
}

export default function Glossary() {
  return <GlossaryPage {...useLoaderData<typeof loader>()} />;
}
