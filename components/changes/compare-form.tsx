import type { Release } from '@/lib/changes/change';
import { compareIndexUrl } from '@/lib/changelog/urls';

export interface CompareFormProps {
  /** Newest first. */
  releases: Release[];
  from?: string;
  to?: string;
}

/**
 * Two releases to compare: a plain GET form, so that it works without JavaScript; the chooser's
 * page sends it on to the compare view's own URL, which can be shared.
 */
export function CompareForm({ releases, from, to }: CompareFormProps) {
  if (releases.length < 2) return null;
  const select = 'rounded-md border bg-fd-background px-2 py-1 font-mono text-sm';
  return (
    <form method="get" action={compareIndexUrl} className="not-prose flex flex-wrap items-end gap-3 rounded-lg border p-3 text-sm">
      <span className="flex flex-col gap-1">
        <label htmlFor="compare-from">From</label>
        <select id="compare-from" name="from" defaultValue={from ?? releases[1].version} className={select}>
          {releases.map((release) => (
            <option key={release.version} value={release.version}>
              {release.version}
            </option>
          ))}
        </select>
      </span>
      <span className="flex flex-col gap-1">
        <label htmlFor="compare-to">To</label>
        <select id="compare-to" name="to" defaultValue={to ?? releases[0].version} className={select}>
          {releases.map((release) => (
            <option key={release.version} value={release.version}>
              {release.version}
            </option>
          ))}
        </select>
      </span>
      <button type="submit" className="rounded-md border px-3 py-1 font-medium hover:bg-fd-accent">
        Compare releases
      </button>
    </form>
  );
}
