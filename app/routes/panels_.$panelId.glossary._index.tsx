// The panel's glossary, A to Z, for everyone in the panel; the chair, officers and admins keep it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { listGlossaryTerms } from "~/modules/glossary/glossary.server.ts";
import { SummaryList } from "~/components/summary-list.tsx";
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
  return {
    panel,
    q,
    terms,
    canEdit,
    // Who asked is never shown: only the word and how often.
    suggestions: canEdit ? (await listGlossarySuggestions(panelId)).map(({ word, times }) => ({ word, times })) : [],
    added: named("added"),
    changed: named("changed"),
    removed: url.searchParams.get("removed") === "1",
  };
}

/** "A", "B" … for the A to Z; anything not starting with a letter goes under "0–9 and others". */
function firstLetter(term: string): string {
  const letter = term.trim().charAt(0).toLocaleUpperCase("en").normalize("NFD").charAt(0);
  return /[A-Z]/.test(letter) ? letter : "0–9 and others";
}

export default function Glossary() {
  const { panel, q, terms, canEdit, suggestions, added, changed, removed } = useLoaderData<typeof loader>();
  const groups = new Map<string, typeof terms>();
  for (const term of terms) {
    const letter = firstLetter(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  const base = `/panels/${panel.id}/glossary`;
  const banner = added ? `${added} has been added to the glossary.` : changed ? `${changed} has been changed.` : removed ? "The term has been removed from the glossary." : null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
        <SuccessBanner text={banner} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">Glossary</h1>
        <p className="govuk-body">
          What the words we use at the panel mean, in plain English. Where these words appear in the panel's papers, you can open
          their meaning in place.
        </p>
        {canEdit ? (
          <Link to={`${base}/new`} role="button" draggable="false" className="govuk-button">
            Add a term
          </Link>
        ) : null}
        <Form method="get" role="search" aria-label="Glossary search">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="glossary-q">
              Search the glossary
            </label>
            <input className="govuk-input govuk-input--width-20" id="glossary-q" name="q" type="search" defaultValue={q} key={q} />
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--secondary">
              Search
            </button>
            {q ? (
              <Link className="govuk-link" to={base}>
                Clear search
              </Link>
            ) : null}
          </div>
        </Form>
        {suggestions.length > 0 ? (
          <section aria-labelledby="glossary-suggestions">
            <h2 className="govuk-heading-m" id="glossary-suggestions">
              Words people asked about in meetings
            </h2>
            <p className="govuk-body">People pressed “I don’t understand” on these words. They are not in the glossary yet.</p>
            <ul className="govuk-list">
              {suggestions.map((s) => (
                <li key={s.word}>
                  {s.word} (asked {s.times === 1 ? "once" : `${s.times} times`}){" "}
                  <Link className="govuk-link" to={`${base}/new?term=${encodeURIComponent(s.word)}`}>
                    Add<span className="govuk-visually-hidden"> {s.word}</span> to the glossary
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {q ? (
          <p className="govuk-body" role="status">
            {terms.length === 0 ? `No terms match “${q}”.` : `${terms.length} ${terms.length === 1 ? "term matches" : "terms match"} “${q}”.`}
          </p>
        ) : null}
        {!q && terms.length === 0 ? <p className="govuk-body">There are no terms in the glossary yet.</p> : null}
        {[...groups.entries()].map(([letter, group], index) => (
          <section key={letter} aria-labelledby={`glossary-letter-${index}`}>
            <h2 className="govuk-heading-m" id={`glossary-letter-${index}`}>
              {letter}
            </h2>
            <SummaryList
              rows={group.map((term) => ({
                id: term.id,
                key: term.term,
                value: term.explanation,
                valueClassName: "app-glossary-explanation",
                actions: canEdit ? [{ href: `${base}/${term.id}`, text: "Change", visuallyHiddenText: ` ${term.term}` }] : undefined,
              }))}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
