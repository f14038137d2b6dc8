import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { completeSignIn } from "~/modules/auth/complete-sign-in.server.ts";
import { readSignInState } from "~/modules/auth/sign-in-state.server.ts";
import { verifySignInLink } from "~/modules/auth/sign-in.server.ts";

export const meta: MetaFunction = () => [{ title: "Signing in – Panel" }];

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

// Opening the link signs in at once. It is safe as a GET because the link works only together
// with the cookie of the browser that asked: a mail scanner that follows it gets nothing.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  if (!token.success) return { problem: "expired" as const };
  const state = readSignInState(request);
  const result = await verifySignInLink(token.data, state?.binding);
  if (!result.ok) return { problem: result.reason === "other-browser" ? ("other-browser" as const) : ("expired" as const) };
  throw await completeSignIn(request, { ...result, returnTo: state?.returnTo, method: "link", requestId: context.requestId });
}

export default function SignInLink() {
  const { problem } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem === "other-browser" ? (
          <>
            <h1 className="govuk-heading-l">Open the link in the browser you started in</h1>
            <p className="govuk-body">
              For your safety, a sign-in link only works in the web browser where you asked for it. This might be
              because you opened the email on a different phone, tablet or computer.
            </p>
            <p className="govuk-body">
              Go back to that browser and type the 6-digit code from the email, or{" "}
              <Link className="govuk-link" to="/sign-in">
                ask for a new sign-in email here
              </Link>
              .
            </p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">This sign-in link has expired</h1>
            <p className="govuk-body">Sign-in links work once, for 15 minutes.</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/sign-in">
                Ask for a new sign-in email
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
