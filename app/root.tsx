import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useParams,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect } from "react";
import appStyles from "./styles/app.css";
import { getCurrentSession } from "./modules/auth/permissions.server.ts";
import { SessionTimeout } from "./modules/auth/session-timeout.tsx";
import { readPreferences } from "./modules/preferences/preferences.server.ts";
import { preferenceClasses } from "./modules/preferences/schema.ts";
import { panelsForRequest } from "./modules/panels/panels.server.ts";
import { getServices } from "./services.server.ts";
import { useNonce, useRequestId } from "./request-info.tsx";
import { can } from "./modules/auth/capabilities.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: appStyles }];

export const meta: MetaFunction = ({ error }) => [{ title: error ? `${errorTitle(error)} – Panel` : "Panel" }];

function errorTitle(error: unknown): string {
  if (isRouteErrorResponse(error) && error.status === 404) return "Page not found";
  if (isRouteErrorResponse(error) && error.status === 403) return "You cannot see this page";
  if (isRouteErrorResponse(error) && error.status < 500) return "Something is not right";
  return "Sorry, there is a problem";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getCurrentSession(request);
  const [preferences, panels] = await Promise.all([
    readPreferences(request, session?.person.id),
    session ? panelsForRequest(request, session.person.id) : Promise.resolve([]),
  ]);
  return {
    person: session ? { id: session.person.id, name: session.person.name, isSiteAdmin: session.person.isSiteAdmin } : null,
    sharedDevice: session?.sharedDevice ?? false,
    panels,
    preferenceClasses: preferenceClasses(preferences),
    demo: getServices().config.demo,
  };
}

type RootData = Awaited<ReturnType<typeof loader>>;

function Header({ data }: { data: RootData | undefined }) {
  const params = useParams();
  const person = data?.person;
  const panels = data?.panels ?? [];
  const demo = data?.demo ?? false;
  const currentPanel = panels.find((p) => p.id === params.panelId) ?? (panels.length === 1 ? panels[0] : undefined);
  const nav: { to: string; text: string; end?: boolean }[] = person
    ? [
        { to: "/", text: "Home", end: true },
        ...(currentPanel ? [{ to: `/panels/${currentPanel.id}`, text: "Panel" }] : []),
        { to: "/profile", text: "Your profile" },
        { to: "/settings/display", text: "Display settings" },
        ...(panels.some((p) => can({ isSiteAdmin: person.isSiteAdmin, roles: p.roles }, "administersPanel")) || person.isSiteAdmin
          ? [{ to: "/admin", text: "Admin" }]
          : []),
      ]
    : [
        { to: "/", text: "Home", end: true },
        { to: "/sign-in", text: "Sign in" },
        { to: "/settings/display", text: "Display settings" },
      ];
  return (
    <header className="govuk-template__header">
      <div className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container app-header__person">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__homepage-link">
              <span className="govuk-header__logotype-text">Panel</span>
            </Link>
          </div>
          {person ? (
            <div>
              {currentPanel ? <span className="app-header__panel">{currentPanel.name} · </span> : null}
              <span className="app-header__panel">Signed in as {person.name}</span>{" "}
              <form method="post" action="/sign-out" className="app-header__signout">
                <button type="submit" className="app-link-button">
                  Sign out
                </button>
              </form>
            </div>
          ) : null}
        </div>
      </div>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Main menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {nav.map((item) => (
                  <li className="govuk-service-navigation__item" key={item.to}>
                    <NavLink className="govuk-service-navigation__link" to={item.to} end={item.end}>
                      {item.text}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </section>
      {demo ? (
        <div className="govuk-width-container">
          <div className="govuk-phase-banner">
            <p className="govuk-phase-banner__content">
              <strong className="govuk-tag govuk-phase-banner__content__tag">Demo</strong>
              <span className="govuk-phase-banner__text">
                This is a demonstration with made-up people. <Link className="govuk-link" to="/demo">Sign in as a demo person</Link>.
              </span>
            </p>
          </div>
        </div>
      ) : null}
    </header>
  );
}

function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/accessibility">
                  Accessibility statement
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/settings/display">
                  Display settings
                </Link>
              </li>
            </ul>
            <p className="govuk-body-s">Panel: nothing about us without us.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  return (
    <html lang="en" className={`govuk-template ${data?.preferenceClasses ?? ""}`.trim()}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <Header data={data} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <Footer />
        {data?.person ? <SessionTimeout sharedDevice={data.sharedDevice} /> : null}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  // Marks the page as interactive, so browser tests can wait for JavaScript to have taken over.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const requestId = useRequestId();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the home page
          </Link>
        </p>
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    // The reason a refusal gave (`forbidden("Only the chair …")`), when it gave one.
    const reason = typeof error.data === "string" ? error.data.trim() : "";
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see this page</h1>
        {reason ? (
          <>
            <p className="govuk-body">{/[.!?]$/.test(reason) ? reason : `${reason}.`}</p>
            <p className="govuk-body">If you think this is wrong, ask your panel's chair or an admin.</p>
          </>
        ) : (
          <p className="govuk-body">Your role does not include this. If you think it should, ask your panel's chair or an admin.</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the home page
          </Link>
        </p>
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status < 500) {
    return (
      <>
        <h1 className="govuk-heading-l">Something is not right</h1>
        <p className="govuk-body">{typeof error.data === "string" ? error.data : "The request could not be completed."}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later. Nothing you saved before this has been lost.</p>
      {requestId ? (
        <p className="govuk-body">
          If you contact support, give them this reference: <strong>{requestId}</strong>
        </p>
      ) : null}
    </>
  );
}
