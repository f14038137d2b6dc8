// "Who will be told, and how": the same words wherever a page is about to send something to the
// panel (publishing an agenda; review D48), so people read one way of saying it.

export function peopleCount(count: number): string {
  return `${count} ${count === 1 ? "person" : "people"}`;
}

/** How many people will be told and, line by line, how ("3 by email", "1 by post, large print"). */
export function WhoIsTold({ count, howTold }: { count: number; howTold: readonly string[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Who will be told</h2>
      <p className="govuk-body">
        {count
          ? `${peopleCount(count)}: the panel's members, its chair and its council officers, each the way they asked to be contacted.`
          : "Nobody: the panel has no members, chair or council officers yet."}
      </p>
      {howTold.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {howTold.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
