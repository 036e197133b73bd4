import type { Change } from './change';

export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const pattern = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** A semantic version (`2.1.0`, `3.0.0-beta.1`; no build metadata), or `undefined`. */
export function parseVersion(text: string): Version | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4]?.split('.') ?? [] };
}

function comparePrerelease(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] === undefined) return -1;
    if (b[index] === undefined) return 1;
    const [x, y] = [a[index], b[index]];
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}

/** Semver precedence: negative when `a` is older than `b`. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePrerelease(a.prerelease, b.prerelease);
}

export type Bump = 'major' | 'minor' | 'patch';

/** What a release must at least bump for these changes: major for a breaking one, minor for a non-breaking one, patch for documentation. */
export function requiredBump(changes: readonly Change[]): Bump | undefined {
  if (changes.some((change) => change.class === 'breaking')) return 'major';
  if (changes.some((change) => change.class === 'non-breaking')) return 'minor';
  return changes.length > 0 ? 'patch' : undefined;
}

/**
 * How far `to` moves on from `from`: `major` when its major number is higher, and so on; `none`
 * when it is not newer. Below 1.0.0, where anything may change, a minor step counts as major.
 */
export function bumpBetween(from: Version, to: Version): Bump | 'none' {
  if (compareVersions(to, from) <= 0) return 'none';
  if (to.major > from.major) return 'major';
  if (to.minor > from.minor && from.major === 0) return 'major';
  if (to.minor > from.minor) return 'minor';
  return 'patch';
}

const rank: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** Whether moving from one version to the next is a bump of at least `needed`. */
export function bumpsEnough(actual: Bump | 'none', needed: Bump | undefined): boolean {
  if (needed === undefined) return actual !== 'none';
  return actual !== 'none' && rank[actual] >= rank[needed];
}
