import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { TextInput } from "~/components/fields.tsx";
import { Breadcrumbs, roleLabels, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import { listPeople } from "~/modules/people/people.server.ts";
import { pageFromSearch, PEOPLE_PAGE_SIZE, peopleSearchSchema } from "~/modules/people/schema.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "People – Panel" }];

type PeoplePage = {
  search: SubmissionResult<string[]>;
  q: string;
  page: number;
  total: number;
  people: Awaited<ReturnType<typeof listPeople>>["people"];
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  const url = new URL(request.url);
  const submission = parseWithZod(url.searchParams, { schema: peopleSearchSchema });
  const page = pageFromSearch(url.searchParams);
  if (submission.status !== "success") {
    return Response.json({ search: submission.reply(), q: "", page, total: 0, people: [] } satisfies PeoplePage, { status: 400 });
  }
  const q = submission.value.q ?? "";
  const { total, people } = await listPeople({ q, page });
  return Response.json({ search: submission.reply(), q, page, total, people } satisfies PeoplePage);
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireCapability(request, "administersSite"));


export default function People() {
  const { search, q, page, total, people } = useLoaderData<typeof loader>() as PeoplePage;
  const [form, fields] = useZodForm({
    id: "people-search",
    schema: peopleSearchSchema,
    lastResult: search,
  });
  const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const first = (page - 1) * PEOPLE_PAGE_SIZE + 1;
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", text: "Administration" }]} />
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <h1 className="govuk-heading-l">People</h1>
      <Link to="/admin/people/new" role="button" draggable="false" className="govuk-button">
        Add a person
      </Link>
      <Form method="get" {...getFormProps(form)}>
        <TextInput field={fields.q} label="Search by name or email address" type="text" width="20" spellCheck={false} />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search
          </button>
          {q ? (
            <Link className="govuk-link" to="/admin/people">
              Clear search
            </Link>
          ) : null}
        </div>
      </Form>
      {people.length === 0 ? (
        <p className="govuk-body">{q ? `No one matches "${q}".` : "There are no people yet."}</p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {total <= PEOPLE_PAGE_SIZE
              ? `${total} ${total === 1 ? "person" : "people"}${q ? ` matching "${q}"` : ""}`
              : `Showing ${first} to ${first + people.length - 1} of ${total} people${q ? ` matching "${q}"` : ""}`}
          </p>
          <Table
            caption="People"
            captionHidden
            head={[{ label: "Name" }, { label: "Email address" }, { label: "Status" }, { label: "Roles" }]}
            rows={people.map((person) => ({
              key: person.id,
              cells: [
                <>
                  <Link className="govuk-link" to={`/admin/people/${person.id}`}>
                    {person.name}
                  </Link>
                  {person.isSiteAdmin ? <div className="govuk-hint govuk-!-margin-bottom-0">Site admin</div> : null}
                </>,
                person.email,
                person.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>,
                <>
                  {person.panels.length === 0 ? (
                    "No roles"
                  ) : (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {person.panels.map((panel) => (
                        <li key={panel.id}>
                          {panel.name}: {panel.roles.map((role) => roleLabels[role]).join(", ")}
                        </li>
                      ))}
                    </ul>
                  )}
                </>,
              ],
            }))}
          />
        </>
      )}
      <Pagination page={page} pages={pages} label="Pages of people" />
    </>
  );
}
