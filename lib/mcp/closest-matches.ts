/** Edit distance, for suggesting what an agent probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidates closest to `input`: those containing it (or contained in it) first, then by edit
 * distance, keeping only those within half their length, so that nonsense gets no suggestion.
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 5): string[] {
  const wanted = input.trim().toLowerCase();
  if (!wanted) return [];
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const contains = lower.includes(wanted) || wanted.includes(lower);
      return { candidate, score: contains ? 0 : distance(wanted, lower), length: candidate.length };
    })
    .filter(({ score, length }) => score <= Math.max(2, Math.floor(length / 2)))
    .sort((a, b) => a.score - b.score || a.length - b.length)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
