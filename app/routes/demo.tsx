// Demo mode only: sign in as any demo person without email. Never on in production unless
// DEMO=1 is set explicitly (app/config.server.ts).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { roleLabels } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
import { completeSignIn } from "~/modules/auth/complete-sign-in.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { listDemoPeople } from "~/modules/demo/demo.server.ts";
import { db, getServices } from "~/services.server.ts";

export const meta: MetaFunction = () => [{ title: "Sign in as a demo person – Panel" }];

function requireDemo() {
  if (!getServices().config.demo) throw notFound();
}

export async function loader(_: LoaderFunctionArgs) {
  requireDemo();
  return { people: await listDemoPeople() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireDemo();
  const parsed = z.object({ personId: z.uuid() }).safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Choose a demo person", { status: 400 });
  const person = await db().person.findFirst({ where: { id: parsed.data.personId, active: true }, select: { id: true } });
  if (!person) throw notFound();
  return completeSignIn(request, { personId: person.id, sharedDevice: false, method: "demo", requestId: context.requestId });
}

export default function Demo() {
  const { people } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">Sign in as a demo person</h1>
      <p className="govuk-body">
        This is a demonstration. Choose a person to see Panel as they would. In a real panel, people sign in with a link and
        code sent by email.
      </p>
      <Table
        caption="Demo people"
        captionSize="m"
        head={[{ label: "Name" }, { label: "What they do" }, { label: "Email" }, { label: "Action", visuallyHidden: true }]}
        rows={people.map((person) => ({
          key: person.id,
          cells: [
            person.name,
            <>
              {[
                ...(person.isSiteAdmin ? ["Site admin"] : []),
                ...person.memberships.map((m) => `${roleLabels[m.role]}, ${m.panel.name}`),
                ...person.supporting.map((s) => `Supporter of ${s.member.name}`),
              ].join("; ") || "No role yet"}
            </>,
            person.email,
            <>
              <Form method="post">
                <input type="hidden" name="personId" value={person.id} />
                <button type="submit" className="govuk-button govuk-!-margin-bottom-0" aria-label={`Sign in as ${person.name}`}>
                  Sign in
                </button>
              </Form>
            </>,
          ],
        }))}
      />
    </>
  );
}
