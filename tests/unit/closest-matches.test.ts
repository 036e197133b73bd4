import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatchBounds, closestMatches, closestMatchMaxCells, findClosestMatches } from '@/lib/mcp/closest-matches';

/** The whole edit-distance table: what the bounded search must agree with on short names. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** GitHub-like keys (`repos-get-commit-comment`): 1,223 of them, as in GitHub's description. */
const words = ['repos', 'get', 'list', 'create', 'update', 'delete', 'actions', 'secret', 'org', 'user', 'issues', 'comment', 'pulls', 'review', 'runner', 'team', 'member', 'environment', 'workflow', 'run'];
const githubLikeKeys = Array.from({ length: 1_223 }, (_, index) => {
  const parts = [words[index % 20], words[Math.floor(index / 20) % 20], words[Math.floor(index / 400) % 20]];
  return `${parts.join('-')}-${index}`;
});

const idCharacters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-/';
const id = fc.string({ unit: fc.constantFrom(...idCharacters), minLength: 4, maxLength: 48 });

/** One edit of `name`: a character replaced, inserted or removed, somewhere. */
const oneTypo = (name: string) =>
  fc.record({ kind: fc.constantFrom('replace', 'insert', 'remove'), at: fc.nat({ max: name.length - 1 }), character: fc.constantFrom(...idCharacters) }).map(({ kind, at, character }) => {
    if (kind === 'insert') return name.slice(0, at) + character + name.slice(at);
    if (kind === 'remove') return name.slice(0, at) + name.slice(at + 1);
    return name.slice(0, at) + character + name.slice(at + 1);
  });

/** Inputs of every size up to a megabyte, of any characters: cheap to make by repeating a piece. */
const anyInput = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 25_000 })).map(([piece, times]) => piece.repeat(times)),
);

describe('closest matches of an unknown name', () => {
  it('computes no more of the distance table than its bounds allow, whatever the input and the candidates', () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.oneof(
          fc.array(fc.oneof(id, anyInput), { maxLength: 50 }),
          fc.array(id, { minLength: 1, maxLength: 20 }).map((names) => Array.from({ length: 6_000 }, (_, index) => `${names[index % names.length]}${index}`)),
        ),
        (input, candidates) => {
          const { cells } = findClosestMatches(input, candidates);
          const considered = Math.min(candidates.length, closestMatchBounds.candidates);
          expect(cells).toBeLessThanOrEqual(considered * closestMatchBounds.characters * (2 * closestMatchBounds.distance + 1));
          expect(cells).toBeLessThanOrEqual(closestMatchMaxCells);
        },
      ),
      { numRuns: 200, seed: 20 },
    );
  });

  it('still finds an operationId with one typo, unless five others are at least as close', () => {
    const namesAndTypo = fc
      .uniqueArray(id, { minLength: 1, maxLength: 200 })
      .chain((names) => fc.nat({ max: names.length - 1 }).chain((index) => oneTypo(names[index]).map((typo) => ({ names, target: names[index], typo }))));
    fc.assert(
      fc.property(namesAndTypo, ({ names, target, typo }) => {
        const lowerTypo = typo.toLowerCase();
        const score = (name: string) => {
          const lower = name.toLowerCase();
          return lower.includes(lowerTypo) || lowerTypo.includes(lower) ? 0 : levenshtein(lowerTypo, lower);
        };
        const targetScore = score(target);
        const asClose = names.filter((name) => name !== target && score(name) <= targetScore).length;
        if (asClose < 5) expect(closestMatches(typo, names)).toContain(target);
      }),
      { numRuns: 500, seed: 20 },
    );
  });

  it('finds a one-typo GitHub key first among 1,223, in either case', () => {
    const key = githubLikeKeys[412];
    expect(closestMatches(`${key.slice(0, 3)}x${key.slice(4)}`, githubLikeKeys)[0]).toBe(key);
    expect(closestMatches(key.slice(0, -1).toUpperCase(), githubLikeKeys)).toContain(key);
    expect(closestMatches('claimOrganisationRelation', ['claimOrganizationRelation', 'deleteOrganizationRelation'])[0]).toBe('claimOrganizationRelation');
    expect(closestMatches('malformed_token', ['malformed_connect_token', 'invalid_api_token'])).toContain('malformed_connect_token');
  });

  it('gives nonsense, blanks and control characters no suggestion', () => {
    expect(closestMatches('zzzzqqqqxxxx', githubLikeKeys)).toEqual([]);
    expect(closestMatches('   \t\n', githubLikeKeys)).toEqual([]);
    expect(closestMatches('\u0000\u001b[2J', githubLikeKeys)).toEqual([]);
  });

  it('answers a megabyte of input against 5,000 keys in well under 100 ms, as fast as a short one', () => {
    const keys = Array.from({ length: 5_000 }, (_, index) => `${githubLikeKeys[index % githubLikeKeys.length]}-${index}`);
    const time = (input: string) => {
      const start = performance.now();
      closestMatches(input, keys);
      return performance.now() - start;
    };
    time('warm-up');
    const long = 'repos-get-actions-'.repeat(60_000);
    const short = long.slice(0, 200);
    // the best of three: the work needed, not what a busy machine lent
    const best = (input: string) => Math.min(time(input), time(input), time(input));
    expect(best(long)).toBeLessThan(100);
    expect(best(long)).toBeLessThan(best(short) * 3 + 20);
  });

  it('answers 20 KB of input against 1,223 keys in under 100 ms', () => {
    const start = performance.now();
    closestMatches('x'.repeat(20_000), githubLikeKeys);
    expect(performance.now() - start).toBeLessThan(100);
  });
});
