import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, TextInput } from "~/components/fields.tsx";
import { NotificationBanner } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { signInSchema, safeReturnTo } from "~/modules/auth/schema.ts";
import { startSignIn } from "~/modules/auth/sign-in.server.ts";
import { SIGN_IN_MINUTES } from "~/modules/auth/sign-in-rules.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";

export const meta: MetaFunction = () => [{ title: "Sign in – Panel" }];

// A refused request says when to try again, for scripts as well as people.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
  if (await getCurrentSession(request)) throw redirect(returnTo);
  return { returnTo, timedOut: url.searchParams.get("reason") === "timeout" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: signInSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { email, device, returnTo } = submission.value;
  const result = await startSignIn({
    email,
    sharedDevice: device === "shared",
    clientIp: context.clientIp,
    baseUrl: baseUrlFor(request),
    returnTo,
  });
  if (!result.ok) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return Response.json(
      submission.reply({
        fieldErrors: {
          email: [`You have asked for too many sign-in emails. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`],
        },
      }),
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  return result.response;
}

export default function SignIn() {
  const { returnTo, timedOut } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "sign-in",
    schema: signInSchema,
    lastResult,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        {timedOut ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">You were signed out because the page was not used for 30 minutes.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          We will email you a link and a 6-digit code. You do not need a password. The link and code work for{" "}
          {SIGN_IN_MINUTES} minutes.
        </p>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="returnTo" value={returnTo} />
          <TextInput
            field={fields.email}
            label="Email address"
            hint="The email address your panel has for you"
            type="email"
            autoComplete="email"
            spellCheck={false}
          />
          <Radios
            field={fields.device}
            legend="Is this your own device?"
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
      </div>
    </div>
  );
}
