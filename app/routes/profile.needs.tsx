import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { bannerFrom } from "~/components/banner.tsx";
import { formatLongDate } from "~/dates.ts";
import { parseIntent, replyToForm } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { idSchema, requirePerson } from "~/modules/auth/permissions.server.ts";
import { panelJoinedBy } from "~/modules/invitations/join.server.ts";
import { getNeeds, markNeedsReviewed, needsReviewDue, saveNeeds } from "~/modules/needs/needs.server.ts";
import { communicationNeedsSchema, toNeedsValues } from "~/modules/needs/schema.ts";
import { YourNeedsPage } from "~/modules/needs/your-needs-page.tsx";

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
  const actor = actorFrom(session, context);
  const parsed = parseIntent(await request.formData(), ["confirm", "save"], communicationNeedsSchema);
  if (!parsed.known) return parsed.response;
  if (parsed.intent === "confirm") {
    // Nothing recorded yet: nothing to confirm, so the page comes back as it was.
    const checked = await markNeedsReviewed(session.person.id, actor);
    return redirect(checked.ok ? "/profile/needs?checked=1" : "/profile/needs");
  }
  const { submission } = parsed;
  if (submission.status !== "success") return replyToForm("needs", submission.reply());
  await saveNeeds(session.person.id, toNeedsValues(submission.value), actor);
  return redirect("/profile/needs?saved=1");
}

export default function YourNeeds() {
  return <YourNeedsPage {...useLoaderData<typeof loader>()} />;
}
