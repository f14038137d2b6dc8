import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { formatLongDate } from "~/dates.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound, requirePerson } from "~/modules/auth/permissions.server.ts";
import { getProfile, requestRemoval } from "~/modules/people/profile.server.ts";
import { useLoaderData } from "@remix-run/react";
import { RemovalRequestPage } from "~/modules/people/removal-request-page.tsx";

export const meta: MetaFunction = () => [{ title: "Ask for your information to be removed – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const profile = await getProfile(session.person.id);
  if (!profile) throw notFound();
  return {
    requestedOn: profile.removalRequestedAt ? formatLongDate(profile.removalRequestedAt) : null,
    justAsked: new URL(request.url).searchParams.get("asked") === "1",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  await requestRemoval(session.person.id, actorFrom(session, context));
  return redirect("/profile/removal?asked=1");
}

export default function Removal() {
  return <RemovalRequestPage {...useLoaderData<typeof loader>()} />;
}
