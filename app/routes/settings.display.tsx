import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { readPreferences, savePreferences } from "~/modules/preferences/preferences.server.ts";
import { displayPreferencesSchema } from "~/modules/preferences/schema.ts";
import { useLoaderData } from "@remix-run/react";
import { DisplaySettingsPage } from "~/modules/preferences/display-settings-page.tsx";

export const meta: MetaFunction = () => [{ title: "Display settings – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getCurrentSession(request);
  const preferences = await readPreferences(request, session?.person.id);
  return { preferences, saved: new URL(request.url).searchParams.get("saved") === "1", signedIn: Boolean(session) };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  const submission = parseWithZod(await request.formData(), { schema: displayPreferencesSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const cookie = await savePreferences(session?.person.id, submission.value);
  return redirect("/settings/display?saved=1", { headers: { "Set-Cookie": cookie } });
}

export default function DisplaySettings() {
  return <DisplaySettingsPage {...useLoaderData<typeof loader>()} />;
}
