// The people this person supports, each with what they have been allowed to do for them.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { forbidden, requirePerson } from "~/modules/auth/permissions.server.ts";
import { hasBeenNamedSupporter, listSupportedMembers } from "~/modules/supporters/consents.server.ts";
import { SupportingPage } from "~/modules/supporters/supporting-page.tsx";
import { relationshipLabel, scopeLabelsForSupporter } from "~/modules/supporters/scopes.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "People you support – Panel" }];

async function requireSupporter(request: Request) {
  const session = await requirePerson(request);
  if (!(await hasBeenNamedSupporter(session.person.id))) throw forbidden("Nobody has named you as their supporter");
  return session;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSupporter(request);
  const supported = await listSupportedMembers(session.person.id);
  return {
    supported: supported.map((s) => ({
      memberId: s.member.id,
      name: s.member.name,
      relationship: relationshipLabel(s.relationship),
      scopes: s.scopes.map((scope) => scopeLabelsForSupporter[scope]),
      since: formatLongDate(s.since),
    })),
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireSupporter(request));

export default function Supporting() {
  return <SupportingPage {...useLoaderData<typeof loader>()} />;
}
