// Time used per agenda entry: each timeline row lasts until the next one (or until `until`, for
// the last row of a meeting still going). An entry current more than once adds up.
type TimelineRow = { kind: string; entryId: string | null; startedAt: Date };

export function minutesUsedByEntry(timeline: readonly TimelineRow[], until: Date): Map<string, number> {
  const ms = new Map<string, number>();
  timeline.forEach((row, index) => {
    if (row.kind !== "ITEM" || !row.entryId) return;
    const end = timeline[index + 1]?.startedAt ?? until;
    const length = Math.max(0, end.getTime() - row.startedAt.getTime());
    ms.set(row.entryId, (ms.get(row.entryId) ?? 0) + length);
  });
  return new Map([...ms].map(([entryId, total]) => [entryId, Math.floor(total / 60_000)]));
}
