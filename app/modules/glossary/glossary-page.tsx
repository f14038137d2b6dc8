// The panel's glossary page, A to Z: search, the words people asked about in meetings (for those
// who keep the glossary), and each term with its plain-English meaning.
import { Form, Link } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";

export type GlossaryPageProps = {
  panel: { id: string; name: string };
  q: string;
  count: number;
  groups: { letter: string; terms: { id: string; term: string; explanation: string }[] }[];
  canEdit: boolean;
  suggestions: { word: string; times: number }[];
  banner: string | null;
};

export function GlossaryPage({ panel, q, count, groups, canEdit, suggestions, banner }: GlossaryPageProps) {
  const base = `/panels/${panel.id}/glossary`;
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
            {count === 0 ? `No terms match “${q}”.` : `${count} ${count === 1 ? "term matches" : "terms match"} “${q}”.`}
          </p>
        ) : null}
        {!q && count === 0 ? <p className="govuk-body">There are no terms in the glossary yet.</p> : null}
        {groups.map(({ letter, terms: group }, index) => (
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
