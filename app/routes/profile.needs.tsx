import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { formatLongDate } from "~/dates.ts";
import { idSchema, requirePerson } from "~/modules/auth/permissions.server.ts";
import { panelJoinedBy } from "~/modules/invitations/join.server.ts";
import { NeedsFields, useNeedsForm } from "~/modules/needs/needs-form.tsx";
import { getNeeds, markNeedsReviewed, needsReviewDue, saveNeeds } from "~/modules/needs/needs.server.ts";
import { communicationNeedsSchema, toNeedsValues } from "~/modules/needs/schema.ts";

export const meta: MetaFunction = () => [{ title: "Your communication needs – Panel" }];

const banners = {
  saved: "Your communication needs are saved.",
  checked: "Thank you. We have noted that your communication needs are still right.",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const found = await getNeeds(session.person.id);
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners);
  const joined = idSchema.safeParse(search.get("joined"));
  const joinedPanel = joined.success ? await panelJoinedBy(session.person.id, joined.data) : null;
  return {
    needs: found?.needs ?? null,
    recorded: Boolean(found),
    reviewDue: needsReviewDue(found?.needs),
    reviewedOn: found ? formatLongDate(found.needs.reviewedAt) : null,
    changedByOther: found?.changedByOther ? { name: found.changedByOther.name, on: formatLongDate(found.changedByOther.at) } : null,
    banner,
    welcome: joinedPanel ? `Welcome to ${joinedPanel}. Tell us what you need so that papers and meetings work for you` : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  const actor = { personId: session.person.id, requestId: context.requestId };
  const formData = await request.formData();
  if (formData.get("intent") === "confirm") {
    const checked = await markNeedsReviewed(session.person.id, actor);
    return redirect(checked ? "/profile/needs?checked=1" : "/profile/needs");
  }
  const submission = parseWithZod(formData, { schema: communicationNeedsSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  await saveNeeds(session.person.id, toNeedsValues(submission.value), actor);
  return redirect("/profile/needs?saved=1");
}

export default function YourNeeds() {
  const { needs, recorded, reviewDue, reviewedOn, changedByOther, banner, welcome } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useNeedsForm(lastResult, needs);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/profile", text: "Your profile" }]} />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <SuccessBanner text={banner} />
        <SuccessBanner text={banner ? null : welcome} />
        <h1 className="govuk-heading-l">Your communication needs</h1>
        <p className="govuk-body">
          Tell us how you want papers and messages, and what you need at meetings. We use this to send you things in your
          format and to arrange meetings so you can take part. You can change it at any time.
        </p>
        {changedByOther ? (
          <div className="govuk-inset-text">
            Last changed by {changedByOther.name} on {changedByOther.on}. If something is not right, change it here.
          </div>
        ) : null}
        {recorded ? (
          <>
            <p className="govuk-body">
              {reviewDue
                ? `You last checked these on ${reviewedOn}. Please check they are still right.`
                : `You last checked these on ${reviewedOn}.`}
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <button type="submit" className="govuk-button govuk-button--secondary">
                These are still right
              </button>
            </Form>
          </>
        ) : (
          <p className="govuk-body">You have not told us your needs yet.</p>
        )}
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="save" />
          <NeedsFields fields={fields} />
          <button type="submit" className="govuk-button">
            Save your communication needs
          </button>
        </Form>
      </div>
    </div>
  );
}
