import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { OrganisationForm } from "~/modules/organisations/organisation-form.tsx";
import { createOrganisation } from "~/modules/organisations/organisations.server.ts";
import { organisationSchema } from "~/modules/organisations/schema.ts";

export const meta: MetaFunction = () => [{ title: "Add an organisation – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { person } = (await requireCapability(request, "administersSite")).session;
  const submission = parseWithZod(await request.formData(), { schema: organisationSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const organisation = await createOrganisation(submission.value, { actorId: person.id, requestId: context.requestId });
  return redirect(`/admin/organisations?added=${organisation.id}`);
}

export default function NewOrganisation() {
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", text: "Administration" },
          { href: "/admin/organisations", text: "Organisations" },
        ]}
      />
      <OrganisationForm heading="Add an organisation" submitText="Add organisation" lastResult={lastResult} />
    </>
  );
}
