// Changing or removing one glossary term, with its history: the chair, council officers and admins.
// Removing asks first, on this page (?remove=1), so it works without JavaScript.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound, requireId, requireCapability } from "~/modules/auth/permissions.server.ts";
import { changeGlossaryTerm, getGlossaryTerm, removeGlossaryTerm } from "~/modules/glossary/glossary.server.ts";
import { Table } from "~/components/table.tsx";
import { GlossaryTermFields } from "~/modules/glossary/glossary-term-fields.tsx";
import { glossaryTermPageSchema, glossaryTermSchema } from "~/modules/glossary/schema.ts";
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
  const actor = { actorId: session.person.id, requestId: context.requestId };
  const submission = parseWithZod(await request.formData(), { schema: glossaryTermPageSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  if (submission.value.intent === "remove") {
    if (!(await removeGlossaryTerm(panelId, termId, actor))) throw notFound();
    return redirect(`/panels/${panelId}/glossary?removed=1`);
  }
  const { intent: _intent, ...input } = submission.value;
  const outcome = await changeGlossaryTerm(panelId, termId, input, actor);
  if (!outcome.ok && "reason" in outcome) throw notFound();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/panels/${panelId}/glossary?changed=${termId}`);
}

export default function ChangeGlossaryTerm() {
  const { panel, term, versions, confirmRemove } = useLoaderData<typeof loader>();
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
  versions: { id: string; term: string; explanation: string; editedBy: string | null; createdAt: string }[];
}) {
  const lastResult = useActionData<typeof action>();
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
