// The panel's terms of reference and their history, for everyone in the panel. The chair and
// admins change them here; council officers read them but may not (issue 4: "editable by chair
// and admin, with history").
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea } from "~/components/fields.tsx";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { GlossaryList } from "~/modules/glossary/glossary-text.tsx";
import { termsOfReferenceLines, termsOfReferenceSchema } from "~/modules/panels/terms-of-reference-schema.ts";
import { changeTermsOfReference, getTermsOfReference } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Terms of reference: ${data?.panel.name ?? "panel"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const { panelId } = access;
  const [panel, glossary] = await Promise.all([getTermsOfReference(panelId), loadGlossaryForText(panelId)]);
  if (!panel) throw notFound();
  const { versions, ...rest } = panel;
  const outcome = new URL(request.url).searchParams.get("saved");
  return {
    panel: rest,
    versions: versions.map((v) => ({ ...v, createdAt: formatDateTime(v.createdAt, panel.timeZone) })),
    glossary,
    canEdit: access.can("editsTermsOfReference"),
    saved: outcome === "1" ? "changed" : outcome === "0" ? "unchanged" : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session } = await requireCapability(request, "editsTermsOfReference", params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: termsOfReferenceSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await changeTermsOfReference(panelId, submission.value.termsOfReference, {
    actorId: session.person.id,
    requestId: context.requestId,
  });
  if (!outcome.ok) throw notFound();
  return redirect(`/panels/${panelId}/terms-of-reference?saved=${outcome.changed ? 1 : 0}`);
}

export default function TermsOfReference() {
  const { panel, versions, glossary, canEdit, saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "terms-of-reference",
    schema: termsOfReferenceSchema,
    lastResult,
    defaultValue: { termsOfReference: panel.termsOfReference },
  });
  const lines = termsOfReferenceLines(panel.termsOfReference);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        {saved ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">
              {saved === "changed" ? "The terms of reference are saved." : "Nothing was changed, so nothing was saved."}
            </p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">Terms of reference</h1>
        {lines.length ? <GlossaryList lines={lines} terms={glossary} /> : <p className="govuk-body">Not written yet.</p>}
        {glossary.length ? (
          <p className="govuk-body">
            Words with a dotted underline are in the panel's{" "}
            <Link className="govuk-link" to={`/panels/${panel.id}/glossary`}>
              glossary
            </Link>
            : select one to read what it means.
          </p>
        ) : null}
        {canEdit ? (
          <>
            <h2 className="govuk-heading-m">Change the terms of reference</h2>
            <Form method="post" {...getFormProps(form)}>
              <Textarea field={fields.termsOfReference} label="Terms of reference" hint="Write one on each line. Up to 5,000 characters." rows={12} />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save terms of reference
              </button>
            </Form>
          </>
        ) : null}
        <History versions={versions} />
      </div>
    </div>
  );
}

function History({ versions }: { versions: { id: string; text: string; editedBy: string | null; createdAt: string }[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      {versions.length === 0 ? (
        <p className="govuk-body">They have not been changed on this page yet.</p>
      ) : (
        versions.map((version, index) => (
          <section className="app-panel-card" key={version.id} aria-labelledby={`version-${version.id}`}>
            <h3 className="govuk-heading-s" id={`version-${version.id}`}>
              {version.editedBy
                ? `${index === 0 ? "Current version, saved" : "Saved"} ${version.createdAt} by ${version.editedBy}`
                : `Earlier text (who wrote it is not recorded), in use until ${version.createdAt}`}
            </h3>
            <ul className="govuk-list govuk-list--bullet">
              {termsOfReferenceLines(version.text).map((line, lineIndex) => (
                <li key={lineIndex}>{line}</li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
