import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { OrganisationForm } from "~/modules/organisations/organisation-form.tsx";
import { findOrganisation, updateOrganisation } from "~/modules/organisations/organisations.server.ts";
import { organisationSchema } from "~/modules/organisations/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "Organisation"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  const organisation = await findOrganisation(requireId(params.organisationId));
  if (!organisation) throw notFound();
  return { organisation };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { person } = (await requireCapability(request, "administersSite")).session;
  const organisationId = requireId(params.organisationId);
  const submission = parseWithZod(await request.formData(), { schema: organisationSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const organisation = await updateOrganisation(organisationId, submission.value, { actorId: person.id, requestId: context.requestId });
  if (!organisation) throw notFound();
  return redirect(`/admin/organisations?saved=${organisation.id}`);
}

export default function EditOrganisation() {
  const { organisation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", text: "Administration" },
          { href: "/admin/organisations", text: "Organisations" },
        ]}
      />
      <OrganisationForm
        heading={`Edit ${organisation.name}`}
        submitText="Save changes"
        lastResult={lastResult}
        defaultValue={{ name: organisation.name, kind: organisation.kind }}
      />
    </>
  );
}
