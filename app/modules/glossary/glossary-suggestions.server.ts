// Words people pressed "I don't understand" on in the panel's live meetings that the glossary does
// not explain yet: suggestions for the people who keep it, most asked first.
import { db } from "../../services.server.ts";
import { wordsNotUnderstood } from "../live/server/queue.server.ts";

type GlossarySuggestion = { word: string; times: number; lastAskedAt: Date };

export async function listGlossarySuggestions(panelId: string): Promise<GlossarySuggestion[]> {
  const [asked, terms] = await Promise.all([
    wordsNotUnderstood(panelId),
    db().glossaryTerm.findMany({ where: { panelId }, select: { term: true } }),
  ]);
  const known = new Set(terms.map((t) => t.term.toLocaleLowerCase("en")));
  const byWord = new Map<string, GlossarySuggestion>();
  for (const { word, createdAt } of asked) {
    const key = word.toLocaleLowerCase("en");
    if (known.has(key)) continue;
    const seen = byWord.get(key);
    if (seen) {
      seen.times += 1;
      if (createdAt > seen.lastAskedAt) seen.lastAskedAt = createdAt;
    } else byWord.set(key, { word, times: 1, lastAskedAt: createdAt });
  }
  return [...byWord.values()].sort((a, b) => b.times - a.times || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}
