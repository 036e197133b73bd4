/**
 * How much one search may look at, whatever it is given: the input comes from an agent (or anyone
 * who can reach `/mcp`), and the search runs on the thread that answers every page. A name longer
 * than `characters` is told apart by its beginning; a document with more than `candidates`
 * operations gets suggestions from its first ones; no suggestion is further than `distance` edits.
 */
export const closestMatchBounds = { characters: 64, candidates: 5_000, distance: 8 } as const;

/** The most cells of the edit-distance table one search computes: the band of every candidate. */
export const closestMatchMaxCells =
  closestMatchBounds.candidates * closestMatchBounds.characters * (2 * closestMatchBounds.distance + 1);

/**
 * The edit distance of `a` and `b` when it is at most `max`, else `max + 1`. Only the diagonal band
 * |i − j| ≤ max can hold a smaller value, so only it is computed, and a row whose every cell is over
 * `max` ends the comparison. `cells` counts the work done.
 */
function boundedDistance(a: string, b: string, max: number, work: { cells: number }): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let previous = new Uint8Array(b.length + 1).fill(over);
  let current = new Uint8Array(b.length + 1);
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    if (i <= max) current[0] = i;
    let rowMin = current[0];
    const last = Math.min(b.length, i + max);
    for (let j = Math.max(1, i - max); j <= last; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    work.cells += last - Math.max(1, i - max) + 1;
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** What a search found, and the cells of the distance table it computed to find them. */
export interface ClosestMatches {
  matches: string[];
  cells: number;
}

/** What a search compares: the name's beginning, in lower case, with whitespace trimmed. */
const comparable = (name: string): string =>
  name.slice(0, 2 * closestMatchBounds.characters).trim().slice(0, closestMatchBounds.characters).toLowerCase();

/**
 * {@link closestMatches}, with the work it did: its cost is bounded by {@link closestMatchBounds},
 * not by the length of the input or of the candidates.
 */
export function findClosestMatches(input: string, candidates: readonly string[], limit = 5): ClosestMatches {
  const work = { cells: 0 };
  const wanted = comparable(input);
  if (!wanted) return { matches: [], cells: 0 };
  const scored: { candidate: string; score: number; length: number }[] = [];
  for (const candidate of candidates.slice(0, closestMatchBounds.candidates)) {
    const lower = comparable(candidate);
    if (!lower) continue;
    // within half its length, so that nonsense gets no suggestion
    const allowed = Math.min(closestMatchBounds.distance, Math.max(2, Math.floor(lower.length / 2)));
    const contains = lower.includes(wanted) || wanted.includes(lower);
    const score = contains ? 0 : boundedDistance(wanted, lower, allowed, work);
    if (score <= allowed) scored.push({ candidate, score, length: candidate.length });
  }
  const matches = scored
    .sort((a, b) => a.score - b.score || a.length - b.length)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
  return { matches, cells: work.cells };
}

/**
 * The candidates closest to `input`, for suggesting what an agent probably meant: those containing
 * it (or contained in it) first, then by edit distance, shortest first among equals.
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 5): string[] {
  return findClosestMatches(input, candidates, limit).matches;
}
