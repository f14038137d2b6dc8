// The accessibility statement: what people can do, how Panel is tested, how to tell us of a problem.
import { Link } from "@remix-run/react";

export function AccessibilityPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          Panel is made for and with disabled people, carers and people who use services. Any failure of access is our
          failure, not yours.
        </p>
        <h2 className="govuk-heading-m">What you can do</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            make the text up to twice as big, use high contrast colours, add more space between lines and words, and turn
            off movement in{" "}
            <Link className="govuk-link" to="/settings/display">
              display settings
            </Link>
          </li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use the whole site with a keyboard only</li>
          <li>use a screen reader such as NVDA, JAWS, VoiceOver or TalkBack</li>
          <li>use the site without JavaScript for signing in and filling in forms</li>
          <li>sign in with a code that someone you trust can read out or type for you, without a password</li>
        </ul>
        <h2 className="govuk-heading-m">How we test</h2>
        <p className="govuk-body">
          We build on the GOV.UK Design System, whose parts are tested with assistive technologies. Every page is checked
          automatically with axe-core in a real web browser each time the code changes, and forms are tested with a keyboard
          only. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
        </p>
        <h2 className="govuk-heading-m">Tell us about a problem</h2>
        <p className="govuk-body">
          If something does not work for you, tell your panel chair or the panel's organisation by any way that suits you:
          phone, email, text message, letter, or through a supporter. We will fix it or find another way for you.
        </p>
        <h2 className="govuk-heading-m">Known problems</h2>
        <p className="govuk-body">Panel is new. We list known problems here as we find them. There are none known today.</p>
      </div>
    </div>
  );
}
