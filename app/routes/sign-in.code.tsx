import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { TextInput } from "~/components/fields.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { completeSignIn } from "~/modules/auth/complete-sign-in.server.ts";
import { codeSchema } from "~/modules/auth/schema.ts";
import { readSignInState } from "~/modules/auth/sign-in-state.server.ts";
import { verifySignInCode } from "~/modules/auth/sign-in.server.ts";
import { SIGN_IN_MINUTES } from "~/modules/auth/sign-in-rules.ts";

export const meta: MetaFunction = () => [{ title: "Check your email – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const state = readSignInState(request);
  if (!state) throw redirect("/sign-in");
  return { email: state.email };
}

const refusals = {
  "wrong-code": "The code is not right. Check the code in the email and try again",
  expired: "This code has expired or has already been used. Ask for a new sign-in email",
  "other-browser": "Type the code in the web browser where you asked for it",
  "too-many-attempts": "The code was typed wrongly too many times. Ask for a new sign-in email",
} as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const state = readSignInState(request);
  if (!state) throw redirect("/sign-in");
  const submission = parseWithZod(await request.formData(), { schema: codeSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const result = await verifySignInCode(submission.value.code, state.binding);
  if (!result.ok) {
    const tries = result.reason === "wrong-code" && result.attemptsLeft ? ` (${result.attemptsLeft} ${result.attemptsLeft === 1 ? "try" : "tries"} left)` : "";
    return Response.json(submission.reply({ fieldErrors: { code: [refusals[result.reason] + tries] } }), { status: 400 });
  }
  return completeSignIn(request, { ...result, returnTo: state.returnTo, method: "code", requestId: context.requestId });
}

export default function CheckEmail() {
  const { email } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "sign-in-code",
    schema: codeSchema,
    lastResult,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          If <strong>{email}</strong> belongs to someone on a panel, we have sent it a sign-in email. It can take a
          few minutes to arrive.
        </p>
        <p className="govuk-body">
          Open the link in the email in this web browser, or type the 6-digit code here. Both work for {SIGN_IN_MINUTES}{" "}
          minutes.
        </p>
        <Form method="post" {...getFormProps(form)}>
          <TextInput
            field={fields.code}
            label="6-digit code"
            hint="You can paste it. Spaces do not matter."
            inputMode="numeric"
            autoComplete="one-time-code"
            width="10"
            spellCheck={false}
          />
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </Form>
        <h2 className="govuk-heading-m">No email?</h2>
        <p className="govuk-body">Check your junk or spam folder. If it is not there, check the email address and try again.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Ask for a new sign-in email
          </Link>
        </p>
      </div>
    </div>
  );
}
