// A panel's invitation links (issue 4, "Identify: joining a panel"): the chair, the panel's admins
// and site admins list them, make one (shown once, and emailed when an address is given) and
// revoke them. A chair invites members only.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, TextInput } from "~/components/fields.tsx";
import { Breadcrumbs, NotificationBanner, roleLabels, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { Table } from "~/components/table.tsx";
import { formatLongDate } from "~/dates.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { createInvitation, isPanelInvitation, listInvitations, revokeInvitation, rolesYouMayInvite } from "~/modules/invitations/invitations.server.ts";
import { newLinkCookie, takeNewLink } from "~/modules/invitations/new-link.server.ts";
import { DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS, invitationsPageSchema, invitationStatusLabels, newInvitationSchema, type InvitationStatus } from "~/modules/invitations/schema.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction = () => [{ title: "Invitation links – Panel" }];


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, panelId, roles } = await requireCapability(request, "managesJoinLinks", params.panelId);
  const [panel, invitations] = await Promise.all([getPanelHeading(panelId), listInvitations(panelId)]);
  if (!panel) throw notFound();
  const search = new URL(request.url).searchParams;
  const created = search.get("created");
  const { newLink, clear } = takeNewLink(request, created);
  const shown = newLink && (await isPanelInvitation(panelId, newLink.invitationId)) ? newLink : null;
  return json(
    {
      panel: { id: panel.id, name: panel.name },
      roles: rolesYouMayInvite(session.person, roles),
      newLink: shown,
      revoked: search.get("revoked") === "1",
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        who: [invitation.name, invitation.email].filter(Boolean).join(", "),
        role: roleLabels[invitation.role],
        createdBy: invitation.createdBy,
        createdOn: formatLongDate(invitation.createdAt, panel.timeZone),
        expiresOn: formatLongDate(invitation.expiresAt, panel.timeZone),
        uses: `${invitation.uses} of ${invitation.maxUses}`,
        status: invitation.status,
      })),
    },
    { headers: clear ? { "Set-Cookie": clear } : {} },
  );
}

type PageReply = { intent: "create" | "revoke"; result: SubmissionResult<string[]> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, panelId, roles } = await requireCapability(request, "managesJoinLinks", params.panelId);
  const actor = { actorId: session.person.id, requestId: context.requestId };
  const formData = await request.formData();
  const intent = formData.get("intent") === "revoke" ? "revoke" : "create";
  const submission = parseWithZod(formData, { schema: invitationsPageSchema });
  if (submission.status !== "success") return Response.json({ intent, result: submission.reply() } satisfies PageReply, { status: 400 });
  const form = submission.value;
  if (form.intent === "revoke") {
    if (!(await revokeInvitation(panelId, form.invitationId, actor))) throw notFound();
    return redirect(`/panels/${panelId}/invitations?revoked=1`);
  }
  const outcome = await createInvitation(panelId, form, rolesYouMayInvite(session.person, roles), { ...actor, baseUrl: baseUrlFor(request) });
  if (!outcome.ok) {
    return Response.json({ intent, result: submission.reply({ fieldErrors: outcome.errors }) } satisfies PageReply, { status: 400 });
  }
  return redirect(`/panels/${panelId}/invitations?created=${outcome.created.invitationId}`, {
    headers: { "Set-Cookie": newLinkCookie(outcome.created, form.email ?? "") },
  });
}

const statusColours: Record<InvitationStatus, "green" | "grey" | "red"> = { ACTIVE: "green", EXPIRED: "grey", REVOKED: "red", USED_UP: "grey" };

export default function Invitations() {
  const { panel, invitations, newLink, revoked } = useLoaderData<typeof loader>();
  const { form, fields, errors } = useNewInvitationForm();
  return (
    <>
      <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
      <ErrorSummary errors={errors} />
      {newLink ? <NewLinkBanner link={newLink.link} email={newLink.email} emailSent={newLink.emailSent} /> : null}
      {revoked ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">The invitation link was revoked. It does not work any more.</p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">{panel.name}</span>
      <h1 className="govuk-heading-l">Invitation links</h1>
      <p className="govuk-body">
        Send someone a link to join {panel.name}. When they open it, they see what the panel does and what joining means, and
        after they join we ask about their needs.
      </p>
      <NewInvitationForm form={form} fields={fields} />
      <h2 className="govuk-heading-m" id="invitation-links" tabIndex={-1}>
        Links made for this panel
      </h2>
      {invitations.length === 0 ? (
        <p className="govuk-body">No invitation links have been made yet.</p>
      ) : (
        <Table
          caption="Invitation links, newest first"
          captionHidden
          head={[{ label: "For" }, { label: "Role" }, { label: "Made by" }, { label: "Expires" }, { label: "Uses" }, { label: "Status" }, { label: "Action", visuallyHidden: true }]}
          rows={invitations.map((invitation) => ({
            key: invitation.id,
            cells: [
              invitation.who || "Anyone with the link",
              invitation.role,
              <>
                {invitation.createdBy}
                <br />
                <span className="govuk-body-s">{invitation.createdOn}</span>
              </>,
              invitation.expiresOn,
              invitation.uses,
              <>
                <Tag colour={statusColours[invitation.status]}>{invitationStatusLabels[invitation.status]}</Tag>
              </>,
              <>
                {invitation.status === "ACTIVE" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">
                      Revoke<span className="govuk-visually-hidden"> the link for {invitation.who || "anyone"} made on {invitation.createdOn}</span>
                    </button>
                  </Form>
                ) : null}
              </>,
            ],
          }))}
        />
      )}
    </>
  );
}

/** The link, shown this once, as selectable text; with JavaScript, a button copies it too. */
function NewLinkBanner({ link, email, emailSent }: { link: string; email: string; emailSent: boolean | null }) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState("");
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  return (
    <NotificationBanner success>
      <p className="govuk-notification-banner__heading">The invitation link is ready</p>
      <p className="govuk-body">This is the only time we show the link. Copy it now and send it to the person.</p>
      <p className="govuk-body govuk-!-text-break-word">
        <span className="govuk-visually-hidden">The link: </span>
        <strong id="invitation-link">{link}</strong>
      </p>
      {canCopy ? (
        <p className="govuk-body">
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={() => {
              navigator.clipboard.writeText(link).then(
                () => setCopied("The link is copied. You can paste it into an email or message."),
                () => setCopied("The link could not be copied. Select it and copy it instead."),
              );
            }}
          >
            Copy the link
          </button>
        </p>
      ) : null}
      <p className="govuk-body" aria-live="polite">
        {copied}
      </p>
      {emailSent === true ? <p className="govuk-body">We have also emailed the link to {email}.</p> : null}
      {emailSent === false ? (
        <p className="govuk-body">We could not email the link to {email}. Copy it and send it to them yourself.</p>
      ) : null}
    </NotificationBanner>
  );
}

function useNewInvitationForm() {
  const reply = useActionData<PageReply>();
  const [form, fields] = useZodForm({
    id: "new-invitation",
    schema: invitationsPageSchema,
    constraint: newInvitationSchema,
    lastResult: reply?.intent === "create" ? reply.result : undefined,
    defaultValue: { role: "MEMBER", expiresInDays: DEFAULT_EXPIRY_DAYS, maxUses: "1" },
  });
  const revokeError = reply?.intent === "revoke" ? reply.result.error?.invitationId?.[0] : undefined;
  const errors = [...formErrors(form.id, form.allErrors), ...(revokeError ? [{ fieldId: "invitation-links", message: revokeError }] : [])];
  return { form, fields, errors };
}

function NewInvitationForm({ form, fields }: Pick<ReturnType<typeof useNewInvitationForm>, "form" | "fields">) {
  const { roles } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-m">Make an invitation link</h2>
        <Form method="post" {...getFormProps(form)} key={location.key}>
          <input type="hidden" name="intent" value="create" />
          <TextInput field={fields.name} label="Their name (optional)" hint="So we can greet them" autoComplete="off" spellCheck={false} />
          <TextInput
            field={fields.email}
            label="Their email address (optional)"
            hint="We email the link to them. Leave it empty to send the link yourself."
            type="email"
            autoComplete="off"
            spellCheck={false}
          />
          {roles.length > 1 ? (
            <Radios
              field={fields.role}
              legend="Their role on the panel"
              legendSize="s"
              options={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
            />
          ) : (
            <div className={`govuk-form-group${fields.role.errors?.length ? " govuk-form-group--error" : ""}`}>
              <input type="hidden" name="role" value="MEMBER" />
              <p className="govuk-body" id={fields.role.id} tabIndex={-1}>
                The link lets someone join as a member. Only an admin can invite people to other roles.
              </p>
              {fields.role.errors?.length ? (
                <p id={fields.role.errorId} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {fields.role.errors[0]}
                </p>
              ) : null}
            </div>
          )}
          <Radios
            field={fields.expiresInDays}
            legend="How long the link works for"
            legendSize="s"
            inline
            options={EXPIRY_DAYS.map((days) => ({ value: days, label: `${days} days` }))}
          />
          <TextInput
            field={fields.maxUses}
            label="How many people can use it"
            hint="1 means the link works once, for one person"
            inputMode="numeric"
            width="3"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Make the link
          </button>
        </Form>
      </div>
    </div>
  );
}
