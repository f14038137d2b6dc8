// The pieces every acting page shares: the header saying whom the supporter is acting for (in
// words, not colour alone), and the page shown when the member has stopped them or not asked.
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

/**
 * Whom a page shared by a member and their supporter is for (decision 009: separate routes,
 * shared markup): the person themselves, or the member a supporter is acting for.
 */
export type ForWhom = { kind: "self" } | { kind: "member"; name: string; memberId: string };

/** What an acting route throws (status 403) when the member has stopped it or never asked. */
export type ActingRefusal = { refusal: "stopped" | "not-asked"; memberName: string };

export function ActingFor({ memberName }: { memberName: string }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="acting-for-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="acting-for-title">
          Acting for someone else
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">You are acting for {memberName}</p>
        <p className="govuk-body">What you do here is done in their name, and they can see it.</p>
      </div>
    </div>
  );
}

function isRefusal(data: unknown): data is ActingRefusal {
  return typeof data === "object" && data !== null && "refusal" in data && "memberName" in data;
}

/** The page title when the page could not be shown. */
export function actingErrorTitle(error: unknown): string {
  if (isRouteErrorResponse(error) && isRefusal(error.data)) return "You cannot do this";
  if (isRouteErrorResponse(error) && error.status === 404) return "Page not found";
  if (isRouteErrorResponse(error) && error.status === 403) return "You cannot see this page";
  return "Sorry, there is a problem";
}

/** Every acting route's error boundary: says plainly that the member stopped it, or never asked. */
export function ActingErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && isRefusal(error.data)) {
    const { memberName, refusal } = error.data;
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            {refusal === "stopped" ? `${memberName} has stopped you doing this for them` : `${memberName} has not asked you to do this for them`}
          </h1>
          <p className="govuk-body">
            {memberName} chooses what you may do for them, and can change it at any time. If you had just sent something, it has not been saved.
          </p>
          <p className="govuk-body">If you think this is a mistake, talk to {memberName}.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/supporting">
              Go to the people you support
            </Link>
          </p>
        </div>
      </div>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/supporting">
            Go to the people you support
          </Link>
        </p>
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status < 500) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see this page</h1>
        <p className="govuk-body">{typeof error.data === "string" ? error.data : "The request could not be completed."}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the home page
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later. Nothing you saved before this has been lost.</p>
    </>
  );
}

/** The member's reply, as the supporter reads it. */
export function memberReplyText(memberName: string, mode: "IN_PERSON" | "ONLINE" | "APOLOGIES" | null): string {
  if (mode === "IN_PERSON") return `${memberName} is coming in person`;
  if (mode === "ONLINE") return `${memberName} is joining online`;
  if (mode === "APOLOGIES") return `${memberName} has sent apologies`;
  return `${memberName} has not replied`;
}
