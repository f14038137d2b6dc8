import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { NeedsFields, useNeedsForm } from "~/modules/needs/needs-form.tsx";
import { getNeeds, recordNeedsViewed, saveNeeds } from "~/modules/needs/needs.server.ts";
import { communicationNeedsSchema, toNeedsValues } from "~/modules/needs/schema.ts";
import { getPersonForAdmin } from "~/modules/people/people.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Communication needs of ${data?.person.name ?? "a person"} – Panel` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const person = await getPersonForAdmin(requireId(params.personId));
  if (!person) throw notFound();
  const found = await getNeeds(person.id);
  // Seeing someone's needs is itself recorded (issue 4, Share), also for site admins.
  if (found) {
    await recordNeedsViewed({ personId: session.person.id, isSiteAdmin: true, roles: [], requestId: context.requestId }, [person.id], null);
  }
  return {
    person: { id: person.id, name: person.name },
    isYou: person.id === session.person.id,
    needs: found?.needs ?? null,
    recorded: Boolean(found),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const person = await getPersonForAdmin(requireId(params.personId));
  if (!person) throw notFound();
  const submission = parseWithZod(await request.formData(), { schema: communicationNeedsSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  await saveNeeds(person.id, toNeedsValues(submission.value), { personId: session.person.id, requestId: context.requestId });
  return redirect(`/admin/people/${person.id}/needs?saved=1`);
}

export default function PersonNeeds() {
  const { person, isYou, needs, recorded, saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useNeedsForm(lastResult, needs);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/admin", text: "Administration" },
            { href: "/admin/people", text: "People" },
            { href: `/admin/people/${person.id}`, text: person.name },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        {saved ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">{person.name}'s communication needs are saved.</p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{person.name}</span>
        <h1 className="govuk-heading-l">Communication needs</h1>
        {isYou ? null : (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              You are changing these for {person.name}. They will see that you made the change.
            </strong>
          </div>
        )}
        {recorded ? null : <p className="govuk-body">{person.name} has not told us their needs yet.</p>}
        <Form method="post" {...getFormProps(form)}>
          <NeedsFields fields={fields} who={isYou ? "you" : person.name} />
          <button type="submit" className="govuk-button">
            Save communication needs
          </button>
        </Form>
      </div>
    </div>
  );
}
