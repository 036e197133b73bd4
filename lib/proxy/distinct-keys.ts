export interface DistinctKeysOptions {
  /** Different members one group may have per window. */
  limit: number;
  windowMs: number;
}

export interface DistinctKeysDecision {
  allowed: boolean;
  /** Whole seconds until the group's window ends, at least 1. */
  retryAfterSeconds: number;
}

export interface DistinctKeys {
  readonly limit: number;
  readonly windowMs: number;
  /** Admits a member it has seen in this group's window, or a new one while there is room. */
  admit(group: string, member: string): DistinctKeysDecision;
}

/**
 * How many different members (tokens) a group (an address) shows per fixed window, in this
 * process's memory. A refused member is not remembered, so a client inventing a token per
 * request holds at most `limit` of them; a group's window starts with its first member, and
 * ended windows are swept once a window, so memory stays at most `limit` entries per active group.
 */
export function createDistinctKeys({ limit, windowMs }: DistinctKeysOptions): DistinctKeys {
  const groups = new Map<string, { endsAt: number; members: Set<string> }>();
  let nextSweep = Date.now() + windowMs;
  return {
    limit,
    windowMs,
    admit(group, member) {
      const now = Date.now();
      if (now >= nextSweep) {
        for (const [name, entry] of groups) if (entry.endsAt <= now) groups.delete(name);
        nextSweep = now + windowMs;
      }
      let entry = groups.get(group);
      if (!entry || entry.endsAt <= now) {
        entry = { endsAt: now + windowMs, members: new Set() };
        groups.set(group, entry);
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((entry.endsAt - now) / 1000));
      if (entry.members.has(member)) return { allowed: true, retryAfterSeconds };
      if (entry.members.size >= limit) return { allowed: false, retryAfterSeconds };
      entry.members.add(member);
      return { allowed: true, retryAfterSeconds };
    },
  };
}
