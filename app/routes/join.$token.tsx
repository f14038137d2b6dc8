// Opening an invitation link (issue 4, "Identify: joining a panel"). A link that does not work gets
// one calm page, whatever the reason. Signed in: what the panel is and what joining means, and a
// button to join. Signed out: name and email, then the usual sign-in email, which brings them back.
import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { json, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, TextInput } from "~/components/fields.tsx";
import { roleLabels } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { alreadyHoldsRole, checkInvitationLink, joinPanel, startSignInToJoin } from "~/modules/invitations/join.server.ts";
import { joinDetailsSchema, joinPageSchema, LINK_DOES_NOT_WORK } from "~/modules/invitations/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data && "panel" in data ? `Join ${data.panel.name} – Panel` : "Invitation link – Panel" },
];

// A refused check says when to try again, for scripts as well as people.
export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

function waitMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const check = await checkInvitationLink(params.token, context.clientIp);
  if (!check.ok) {
    if (check.reason === "rate-limited") {
      return json(
        { page: "rate-limited" as const, minutes: waitMinutes(check.retryAfterSeconds) },
        { status: 429, headers: { "Retry-After": String(check.retryAfterSeconds) } },
      );
    }
    return json({ page: "does-not-work" as const }, { status: 404 });
  }
  const { invitation } = check;
  const session = await getCurrentSession(request);
  const page = !session ? ("sign-in" as const) : (await alreadyHoldsRole(session.person.id, invitation)) ? ("already-joined" as const) : ("join" as const);
  return json({
    page,
    panel: invitation.panel,
    role: roleLabels[invitation.role],
    greeting: session?.person.name ?? invitation.name,
    prefill: { name: invitation.name, email: invitation.email },
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // The address as it came (still encoded), to show the page again after a refused post.
  const here = new URL(request.url).pathname;
  const check = await checkInvitationLink(params.token, context.clientIp);
  // The page itself explains a link that does not work, or asks to wait.
  if (!check.ok) throw redirect(here);
  const submission = parseWithZod(await request.formData(), { schema: joinPageSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const session = await getCurrentSession(request);
  const form = submission.value;
  if (form.intent === "join") {
    if (!session) throw redirect(here);
    const joined = await joinPanel(params.token!, session.person.id, context.requestId);
    if (!joined.ok) throw redirect(here);
    return redirect(`/profile/needs?joined=${joined.panelId}`);
  }
  if (session) throw redirect(here);
  const started = await startSignInToJoin({
    token: params.token!,
    invitationId: check.invitation.id,
    name: form.name,
    email: form.email,
    sharedDevice: form.device === "shared",
    clientIp: context.clientIp,
    baseUrl: baseUrlFor(request),
    requestId: context.requestId,
  });
  if (!started.ok) {
    const minutes = waitMinutes(started.retryAfterSeconds);
    return Response.json(
      submission.reply({ fieldErrors: { email: [`You have asked for too many sign-in emails. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`] } }),
      { status: 429, headers: { "Retry-After": String(started.retryAfterSeconds) } },
    );
  }
  return started.response;
}

export default function Join() {
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const prefill = "prefill" in data ? data.prefill : { name: "", email: "" };
  const [form, fields] = useZodForm({
    id: "join",
    schema: joinPageSchema,
    constraint: joinDetailsSchema,
    lastResult,
    defaultValue: { name: prefill.name, email: prefill.email },
  });
  if (data.page === "does-not-work") {
    return (
      <Column>
        <h1 className="govuk-heading-l">This invitation link does not work</h1>
        <p className="govuk-body">{LINK_DOES_NOT_WORK}</p>
      </Column>
    );
  }
  if (data.page === "rate-limited") {
    return (
      <Column>
        <h1 className="govuk-heading-l">Please wait before trying again</h1>
        <p className="govuk-body">
          This link has been tried too many times from here. Wait {data.minutes} minute{data.minutes === 1 ? "" : "s"} and try
          again.
        </p>
      </Column>
    );
  }
  const { panel, role, greeting } = data;
  return (
    <Column>
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <span className="govuk-caption-l">Invitation</span>
      <h1 className="govuk-heading-l">Join {panel.name}</h1>
      {greeting ? <p className="govuk-body">Hello {greeting}.</p> : null}
      <p className="govuk-body">You are invited to join {panel.name}. Your role will be: {role}.</p>
      {panel.purpose ? (
        <>
          <h2 className="govuk-heading-m">What the panel is for</h2>
          <p className="govuk-body">{panel.purpose}</p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">What joining means</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>you are invited to the panel's meetings, and you can suggest items for its agendas</li>
        <li>other people on the panel see your name and your role</li>
        <li>
          we keep your name, your email address and the needs you tell us about, to send you papers in the way you need and to
          arrange meetings you can take part in
        </li>
        <li>you can see and download everything we hold about you, and ask for it to be removed, at any time</li>
      </ul>
      {data.page === "already-joined" ? (
        <div className="govuk-inset-text">
          You are already on this panel, with the role: {role}.{" "}
          <Link className="govuk-link" to={`/panels/${panel.id}`}>
            Go to {panel.name}
          </Link>
        </div>
      ) : data.page === "join" ? (
        <JoinButton />
      ) : (
        <SignInToJoin formProps={getFormProps(form)} fields={fields} />
      )}
    </Column>
  );
}

function Column({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

function JoinButton() {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="join" />
      <p className="govuk-body">By joining, you agree to this. Next we ask about your needs.</p>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Join the panel
      </button>
    </Form>
  );
}

type DetailsFields = { name: FieldMetadata<unknown>; email: FieldMetadata<unknown>; device: FieldMetadata<unknown> };

function SignInToJoin({ formProps, fields }: { formProps: ReturnType<typeof getFormProps>; fields: DetailsFields }) {
  return (
    <>
      <h2 className="govuk-heading-m">First, sign in</h2>
      <p className="govuk-body">
        Tell us your name and email address. We will email you a link and a 6-digit code to sign in; you do not need a password.
        Then you come back to this page to join.
      </p>
      <Form method="post" {...formProps}>
        <input type="hidden" name="intent" value="sign-in" />
        <TextInput field={fields.name} label="Full name" autoComplete="name" spellCheck={false} />
        <TextInput field={fields.email} label="Email address" type="email" autoComplete="email" spellCheck={false} />
        <Radios
          field={fields.device}
          legend="Is this your own device?"
          legendSize="s"
          hint="On a shared device we sign you out after 30 minutes without use, to keep your information safe."
          options={[
            { value: "own", label: "Yes, it is my own device", hint: "You will stay signed in for up to 30 days" },
            { value: "shared", label: "No, it is shared or public", hint: "For example a library computer or a friend's tablet" },
          ]}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Send me a sign-in email
        </button>
      </Form>
    </>
  );
}
