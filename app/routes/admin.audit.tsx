// The audit log: who changed what, and when. Filters are a GET form, so they work without
// JavaScript, show in the address and are kept when paging. Reading the log is not audited.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DateInput } from "~/components/date-input.tsx";
import { Pagination } from "~/components/pagination.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Select, TextInput } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { Table } from "~/components/table.tsx";
import { DATE_HINT, dateInputValue } from "~/dates.ts";
import { listAuditEntityTypes, readAuditLog } from "~/modules/audit/audit-log.server.ts";
import { AUDIT_PAGE_SIZE, auditFilterSchema, auditPageFromSearch, type AuditFilterForm } from "~/modules/audit/schema.ts";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { listPeopleToChoose, namesOfPeople } from "~/modules/people/people.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "Audit log – Panel" }];

type AuditPage = {
  filter: SubmissionResult<string[]>;
  filterQuery: string;
  people: { id: string; name: string }[];
  entityTypes: string[];
  page: number;
  total: number;
  events: Awaited<ReturnType<typeof readAuditLog>>["events"];
};

/** The filters as they go in the address, for paging links (dates as the date inputs' boxes). */
function filterQuery({ from, to, ...filter }: AuditFilterForm): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...dateInputValue("from", from), ...dateInputValue("to", to) })) if (value) params.set(name, value);
  return params.toString();
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  const url = new URL(request.url);
  const submission = parseWithZod(url.searchParams, { schema: auditFilterSchema });
  const page = auditPageFromSearch(url.searchParams);
  const [people, entityTypes] = await Promise.all([listPeopleToChoose(), listAuditEntityTypes()]);
  if (submission.status !== "success") {
    const refused: AuditPage = { filter: submission.reply(), filterQuery: "", people, entityTypes, page, total: 0, events: [] };
    return Response.json(refused, { status: 400 });
  }
  const { total, events } = await readAuditLog(submission.value, page, namesOfPeople);
  const found: AuditPage = { filter: submission.reply(), filterQuery: filterQuery(submission.value), people, entityTypes, page, total, events };
  return Response.json(found);
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireCapability(request, "administersSite"));


function recordLink(entityType: string, entityId: string): string | null {
  if (!/^[0-9a-f-]{36}$/i.test(entityId)) return null;
  if (entityType === "Person") return `/admin/people/${entityId}`;
  if (entityType === "Panel") return `/admin/panels/${entityId}`;
  return null;
}

export default function AuditLog() {
  const { filter, filterQuery: query, people, entityTypes, page, total, events } = useLoaderData<typeof loader>() as AuditPage;
  const [form, fields] = useZodForm({
    id: "audit-filter",
    schema: auditFilterSchema,
    constraint: false,
    lastResult: filter,
  });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = (page - 1) * AUDIT_PAGE_SIZE + 1;
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", text: "Administration" }]} />
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">Who changed what, and when, newest first. Times are UK time.</p>
      <Form method="get" {...getFormProps(form)}>
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Filter the log</legend>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <Select
                field={fields.actorId}
                label="Who"
                options={[{ value: "", label: "Anyone" }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
              />
              <TextInput field={fields.action} label="What happened" hint="Part of the action name, for example person. or .added" spellCheck={false} />
              <DateInput fields={fields} name="from" legend="From" hint={`The first day to include. ${DATE_HINT}`} />
            </div>
            <div className="govuk-grid-column-one-half">
              <Select
                field={fields.entityType}
                label="Record type"
                options={[{ value: "", label: "Any type" }, ...entityTypes.map((type) => ({ value: type, label: type }))]}
              />
              <TextInput field={fields.entityId} label="Record id" spellCheck={false} />
              <DateInput fields={fields} name="to" legend="To" hint={`The last day to include. ${DATE_HINT}`} />
            </div>
          </div>
        </fieldset>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Filter
          </button>
          {query ? (
            <Link className="govuk-link" to="/admin/audit">
              Clear filters
            </Link>
          ) : null}
        </div>
      </Form>

      <h2 className="govuk-heading-m">Events</h2>
      {events.length === 0 ? (
        <p className="govuk-body">No events match these filters.</p>
      ) : (
        <>
          <p className="govuk-body">
            {total <= AUDIT_PAGE_SIZE ? `${total} ${total === 1 ? "event" : "events"}` : `Showing ${first} to ${first + events.length - 1} of ${total} events`}
          </p>
          <Table
            caption="Audit events, newest first"
            captionHidden
            head={[{ label: "When" }, { label: "Who" }, { label: "What" }, { label: "Record" }]}
            rows={events.map((event) => {
              const link = recordLink(event.entityType, event.entityId);
              return {
                key: event.id,
                cells: [
                  <>
                    <time dateTime={event.at}>{event.when}</time>
                  </>,
                  event.who,
                  <>
                    <span className="govuk-!-font-weight-bold">{event.action}</span>
                    {event.before || event.after ? (
                      <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                        <summary className="govuk-details__summary">
                          <span className="govuk-details__summary-text">
                            Show changes<span className="govuk-visually-hidden"> for {event.action} at {event.when}</span>
                          </span>
                        </summary>
                        <div className="govuk-details__text">
                          {event.before ? (
                            <>
                              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Before</h3>
                              <pre className="app-audit-json">{event.before}</pre>
                            </>
                          ) : null}
                          {event.after ? (
                            <>
                              <h3 className="govuk-heading-s govuk-!-margin-bottom-1 govuk-!-margin-top-2">After</h3>
                              <pre className="app-audit-json">{event.after}</pre>
                            </>
                          ) : null}
                        </div>
                      </details>
                    ) : null}
                  </>,
                  <>
                    {event.entityType}
                    <br />
                    {link ? (
                      <Link className="govuk-link govuk-body-s" to={link}>
                        {event.entityId}
                      </Link>
                    ) : (
                      <span className="govuk-body-s">{event.entityId}</span>
                    )}
                  </>,
                ],
              };
            })}
          />
        </>
      )}
      <Pagination page={page} pages={pages} label="Pages of the audit log" previousText="Newer events" nextText="Older events" />
    </>
  );
}
