import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { needsReminderFor } from "~/modules/needs/needs.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound, requirePerson } from "~/modules/auth/permissions.server.ts";
import { getProfile, saveProfile } from "~/modules/people/profile.server.ts";
import { canNameSupporters } from "~/modules/supporters/consents.server.ts";
import { listOrganisationsToJoin, listPersonOrganisations, setPersonOrganisations } from "~/modules/people/organisations.server.ts";
import { profileFormSchema } from "~/modules/people/profile-form.ts";
import { ProfilePage } from "~/modules/people/profile-page.tsx";

export const meta: MetaFunction = () => [{ title: "Your profile – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const profile = await getProfile(session.person.id);
  if (!profile) throw notFound();
  const [organisations, organisationChoices] = await Promise.all([listPersonOrganisations(profile.id), listOrganisationsToJoin()]);
  return {
    profile,
    organisations,
    organisationChoices,
    needsReminder: await needsReminderFor(profile.id),
    mayNameSupporters: await canNameSupporters(profile.id),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  const submission = parseWithZod(await request.formData(), { schema: profileFormSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { organisationIds, ...profile } = submission.value;
  const actor = actorFrom(session, context);
  const organisations = await setPersonOrganisations(session.person.id, organisationIds, actor);
  if (!organisations.ok) return Response.json(submission.reply({ fieldErrors: organisations.errors }), { status: 400 });
  await saveProfile(session.person.id, profile, actor);
  return redirect("/profile?saved=1");
}

export default function Profile() {
  return <ProfilePage {...useLoaderData<typeof loader>()} />;
}
