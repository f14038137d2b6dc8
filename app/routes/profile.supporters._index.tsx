// A member's supporters: who may act for them and on what, since when, who recorded it, past
// supporters, and everything supporters have done for them (issue 4: the member stays in control).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { bannerFrom } from "~/components/banner.tsx";
import { listDoneForMember } from "~/modules/supporters/activity.server.ts";
import { requireSupportersOwner } from "~/modules/supporters/member-access.server.ts";
import { listSupporters } from "~/modules/supporters/consents.server.ts";
import { relationshipLabel, scopeLabels } from "~/modules/supporters/scopes.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";
import { YourSupportersPage } from "~/modules/supporters/your-supporters-page.tsx";

export const meta: MetaFunction = () => [{ title: "Your supporters – Panel" }];

const banners: Record<string, string> = {
  named: "Your supporter has been added. We have emailed them to tell them how to sign in.",
  updated: "You had already named this supporter, so we have changed what they can do for you.",
  changed: "What your supporter can do for you has been changed.",
  withdrawn: "Your supporter can no longer do anything for you.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { session, mayName } = await requireSupportersOwner(request);
  const memberId = session.person.id;
  const [{ current, past }, done] = await Promise.all([listSupporters(memberId), listDoneForMember(memberId)]);
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners);
  const row = (s: (typeof current)[number]) => ({
    id: s.id,
    name: s.supporterName,
    relationship: relationshipLabel(s.relationship),
    scopes: s.scopes.map((scope) => scopeLabels[scope]),
    since: formatLongDate(s.consentedAt),
    recordedBy: s.recordedBy,
    until: s.withdrawnAt ? formatLongDate(s.withdrawnAt) : null,
    withdrawnBy: s.withdrawnBy,
  });
  return { mayName, current: current.map(row), past: past.map(row), done, banner };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireSupportersOwner(request));

export default function Supporters() {
  return <YourSupportersPage {...useLoaderData<typeof loader>()} />;
}
