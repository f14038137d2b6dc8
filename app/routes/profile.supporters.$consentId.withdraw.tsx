// Stopping a supporter: a confirmation page, then consent is withdrawn. It takes effect on the
// supporter's very next request, as every acting page reads the consent afresh.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { withdrawSupporter } from "~/modules/supporters/consents.server.ts";
import { requireOwnSupporter } from "~/modules/supporters/member-access.server.ts";
import { WithdrawSupporterPage } from "~/modules/supporters/withdraw-supporter-page.tsx";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Stop ${data?.supporter.name ?? "your supporter"} acting for you – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { supporter } = await requireOwnSupporter(request, params.consentId);
  if (supporter.withdrawnAt) throw redirect(`/profile/supporters/${supporter.id}`);
  return { supporter: { id: supporter.id, name: supporter.supporterName } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, supporter } = await requireOwnSupporter(request, params.consentId);
  const outcome = await withdrawSupporter(session.person.id, supporter.id, actorFrom(session, context));
  if (!outcome) throw notFound();
  return redirect("/profile/supporters?withdrawn=1");
}

export default function WithdrawSupporter() {
  return <WithdrawSupporterPage {...useLoaderData<typeof loader>()} />;
}
