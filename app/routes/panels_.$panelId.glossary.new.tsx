// Adding a term to the panel's glossary: the chair, council officers and admins.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { addGlossaryTerm } from "~/modules/glossary/glossary.server.ts";
import { GlossaryTermFields } from "~/modules/glossary/glossary-term-fields.tsx";
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
  const outcome = await addGlossaryTerm(panelId, submission.value, { actorId: session.person.id, requestId: context.requestId });
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/panels/${panelId}/glossary?added=${outcome.termId}`);
}

export default function AddGlossaryTerm() {
  const { panel, term } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "glossary-term",
    schema: glossaryTermSchema,
    lastResult,
    defaultValue: { term },
  });
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
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">Add a term to the glossary</h1>
        <Form method="post" {...getFormProps(form)}>
          <GlossaryTermFields fields={fields} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Add term
            </button>
            <Link className="govuk-link" to={glossary}>
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
