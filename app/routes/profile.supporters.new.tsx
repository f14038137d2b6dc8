// A member names a supporter: who they are, what they may do, and the member's agreement, which is
// recorded with its date (issue 4).
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { forbidden } from "~/modules/auth/permissions.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { nameSupporter } from "~/modules/supporters/consents.server.ts";
import { requireSupportersOwner } from "~/modules/supporters/member-access.server.ts";
import { messages, nameSupporterSchema } from "~/modules/supporters/schema.ts";
import { AddSupporterPage } from "~/modules/supporters/add-supporter-page.tsx";

export const meta: MetaFunction = () => [{ title: "Add a supporter – Panel" }];

async function requireMayName(request: Request) {
  const { session, mayName } = await requireSupportersOwner(request);
  if (!mayName) throw forbidden(messages.notAMember);
  return session;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMayName(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requireMayName(request);
  const submission = parseWithZod(await request.formData(), { schema: nameSupporterSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { agree: _agree, ...form } = submission.value;
  const outcome = await nameSupporter(session.person.id, form, actorFrom(session, context), { baseUrl: baseUrlFor(request) });
  if (!outcome) throw forbidden();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/profile/supporters?${outcome.created ? "named" : "updated"}=1`);
}

export default function AddSupporter() {
  return <AddSupporterPage />;
}
