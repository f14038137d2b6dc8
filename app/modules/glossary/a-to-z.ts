// The glossary's A to Z: terms grouped under their first letter, in the order given (A to Z).

/** "A", "B" … for the A to Z; anything not starting with a letter goes under "0–9 and others". */
function firstLetter(term: string): string {
  const letter = term.trim().charAt(0).toLocaleUpperCase("en").normalize("NFD").charAt(0);
  return /[A-Z]/.test(letter) ? letter : "0–9 and others";
}

export function groupByFirstLetter<T extends { term: string }>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const letter = firstLetter(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()].map(([letter, group]) => ({ letter, terms: group }));
}
