// One glossary term's page: change it (with every saved version below) or, at ?remove=1, confirm
// removing it, on this page so it works without JavaScript.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { GlossaryTermFields } from "./glossary-term-fields.tsx";
import { glossaryTermPageSchema, glossaryTermSchema } from "./schema.ts";

type Version = { id: string; term: string; explanation: string; editedBy: string | null; createdAt: string };

export type GlossaryTermPageProps = {
  panel: { id: string; name: string };
  term: { id: string; term: string; explanation: string };
  versions: Version[];
  confirmRemove: boolean;
};

export function GlossaryTermPage({ panel, term, versions, confirmRemove }: GlossaryTermPageProps) {
  const glossary = `/panels/${panel.id}/glossary`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: glossary, text: "Glossary" },
          ]}
        />
        {confirmRemove ? <ConfirmRemove term={term.term} back={`${glossary}/${term.id}`} /> : <ChangeTerm term={term} versions={versions} />}
      </div>
    </div>
  );
}

function ChangeTerm({
  term,
  versions,
}: {
  term: { id: string; term: string; explanation: string };
  versions: Version[];
}) {
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useZodForm({
    id: "glossary-term",
    schema: glossaryTermPageSchema,
    constraint: glossaryTermSchema,
    lastResult,
    defaultValue: { term: term.term, explanation: term.explanation },
  });
  return (
    <>
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <span className="govuk-caption-l">Glossary</span>
      <h1 className="govuk-heading-l">Change {term.term}</h1>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save" />
        <GlossaryTermFields fields={fields} />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save changes
        </button>
      </Form>

      <h2 className="govuk-heading-m">History</h2>
      {versions.length ? (
        <Table
          caption={<>Every saved version of {term.term}, newest first</>}
          captionHidden
          head={[{ label: "Saved" }, { label: "By" }, { label: "What it said", cellClassName: "app-glossary-explanation" }]}
          rows={versions.map((version, index) => ({
            key: version.id,
            cells: [
              <>
                {version.createdAt}
                {index === 0 ? (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--green">Current</strong>
                  </>
                ) : null}
              </>,
              version.editedBy ?? "Not recorded",
              <><strong>{version.term}</strong>: {version.explanation}</>,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">No earlier versions are recorded.</p>
      )}

      <h2 className="govuk-heading-m">Remove this term</h2>
      <p className="govuk-body">Removing it takes it out of the glossary and out of the panel's papers. You will be asked to confirm.</p>
      <Form method="get">
        <input type="hidden" name="remove" value="1" />
        <button type="submit" className="govuk-button govuk-button--warning">
          Remove {term.term}
        </button>
      </Form>
    </>
  );
}

function ConfirmRemove({ term, back }: { term: string; back: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">Remove {term} from the glossary?</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {term} and its history will be removed. Its explanation will no longer show in the panel's papers.
        </strong>
      </div>
      <Form method="post">
        <input type="hidden" name="intent" value="remove" />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--warning">
            Yes, remove {term}
          </button>
          <Link className="govuk-link" to={back}>
            No, go back
          </Link>
        </div>
      </Form>
    </>
  );
}
