// What an agenda item page shows about spoke forwarding (issue 4): on a hub's item, which spoke
// sent it and the spoke's view; on a spoke's item, where and when it was sent; and, for the spoke's
// chair or an admin, the way to send it.
import { Link } from "@remix-run/react";
import { GlossaryText, type GlossaryEntry } from "~/modules/glossary/glossary-text.tsx";

export type ForwardingDetails = {
  sentBy: { spokeName: string; view: string; glossary: GlossaryEntry[] } | null;
  sentTo: { hubName: string; on: string; link: string | null } | null;
  canSendTo: string | null;
};

export function Forwarding({ forwarding, forwardUrl }: { forwarding: ForwardingDetails | null; forwardUrl: string }) {
  if (!forwarding) return null;
  const { sentBy, sentTo, canSendTo } = forwarding;
  return (
    <>
      {sentBy ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Sent by {sentBy.spokeName} with their view:</h2>
          <GlossaryText text={sentBy.view} terms={sentBy.glossary} className="govuk-body govuk-!-margin-bottom-0" />
        </div>
      ) : null}
      {sentTo ? (
        <div className="govuk-inset-text">
          Sent to {sentTo.hubName} on {sentTo.on}.
          {sentTo.link ? (
            <>
              {" "}
              <Link className="govuk-link" to={sentTo.link}>
                See it in {sentTo.hubName}
              </Link>
            </>
          ) : null}
        </div>
      ) : null}
      {canSendTo ? (
        <p className="govuk-body">
          <Link className="govuk-button govuk-button--secondary" to={forwardUrl}>
            Send this item to {canSendTo}
          </Link>
        </p>
      ) : null}
    </>
  );
}
