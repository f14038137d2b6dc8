// "Your actions" on the home page: the open actions a person owns, with the meeting they came from,
// when they are due (overdue said in words, never by colour alone), and a "Mark as done" button
// that posts without JavaScript.
import { Form, Link } from "@remix-run/react";
import { Tag } from "~/components/page.tsx";
import { dueSentence } from "./due.ts";

type YourAction = {
  id: string;
  text: string;
  panelId: string;
  meetingId: string;
  meeting: string;
  dueOn: string | null;
  words: string | null;
  overdue: boolean;
  recommendations: string[];
};

export function YourActions({ actions, updated }: { actions: YourAction[]; updated: string | null }) {
  return (
    <section aria-labelledby="your-actions-heading" id="your-actions">
      <h2 className="govuk-heading-m" id="your-actions-heading">
        Your actions
      </h2>
      {updated ? (
        <p className="govuk-body" role="status">
          {updated}
        </p>
      ) : null}
      {actions.length === 0 ? (
        <p className="govuk-body">You have no open actions from meetings.</p>
      ) : (
        <ul className="govuk-list">
          {actions.map((action) => (
            <li key={action.id} className="app-panel-card">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{action.text}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                From{" "}
                <Link className="govuk-link" to={`/panels/${action.panelId}/meetings/${action.meetingId}`}>
                  {action.meeting}
                </Link>
                {action.recommendations.length ? `. Recommendations: ${action.recommendations.join(", ")}` : ""}.
              </p>
              <p className="govuk-body-s">
                {action.overdue ? (
                  <>
                    <Tag colour="red">Overdue</Tag>{" "}
                  </>
                ) : null}
                {dueSentence(action.dueOn, action.words)}.
              </p>
              <Form method="post" action={`/actions/${action.id}`}>
                <input type="hidden" name="status" value="DONE" />
                <input type="hidden" name="returnTo" value="/#your-actions" />
                <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
                  Mark as done<span className="govuk-visually-hidden"> {action.text}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
