// One of the member's supporters: change what they may do (audited before and after), or go on
// to stop them acting for the member.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { changeSupporterScopes } from "~/modules/supporters/consents.server.ts";
import { requireOwnSupporter } from "~/modules/supporters/member-access.server.ts";
import { changeScopesSchema } from "~/modules/supporters/schema.ts";
import { relationshipLabel } from "~/modules/supporters/scopes.ts";
import { SupporterPage } from "~/modules/supporters/supporter-page.tsx";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.supporter.name ?? "Your supporter"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { supporter } = await requireOwnSupporter(request, params.consentId);
  return {
    supporter: {
      id: supporter.id,
      name: supporter.supporterName,
      relationship: relationshipLabel(supporter.relationship),
      scopes: supporter.scopes,
      since: formatLongDate(supporter.consentedAt),
      recordedBy: supporter.recordedBy,
      until: supporter.withdrawnAt ? formatLongDate(supporter.withdrawnAt) : null,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, supporter } = await requireOwnSupporter(request, params.consentId);
  const submission = parseWithZod(await request.formData(), { schema: changeScopesSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  if (supporter.withdrawnAt) return Response.json(submission.reply({ formErrors: ["You have already stopped this person acting for you. Add them again to let them."] }), { status: 400 });
  const outcome = await changeSupporterScopes(session.person.id, supporter.id, submission.value.scopes, actorFrom(session, context));
  if (!outcome) throw notFound();
  return redirect("/profile/supporters?changed=1");
}

export default function Supporter() {
  return <SupporterPage {...useLoaderData<typeof loader>()} />;
}
