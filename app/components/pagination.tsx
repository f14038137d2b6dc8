// GOV.UK pagination: previous and next links that keep the page's other query parameters
// (search words, filters), and "Page N of M" in words.
import { Link, useLocation } from "@remix-run/react";

export function Pagination({
  page,
  pages,
  label,
  previousText = "Previous page",
  nextText = "Next page",
}: {
  page: number;
  pages: number;
  label: string;
  previousText?: string;
  nextText?: string;
}) {
  const location = useLocation();
  if (pages <= 1) return null;
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(location.search);
    if (target > 1) params.set("page", String(target));
    else params.delete("page");
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">{previousText}</span>
          </Link>
        </div>
      ) : null}
      <p className="govuk-body govuk-!-margin-bottom-0">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">{nextText}</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
