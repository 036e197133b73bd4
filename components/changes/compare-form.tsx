import type { Release } from '@/lib/changes/change';
import { compareIndexUrl } from '@/lib/changelog/urls';

export interface CompareFormProps {
  /** Newest first. */
  releases: Release[];
  from?: string;
  to?: string;
}

/** One end of the comparison: a release chosen by its version. */
function ReleaseSelect({ id, name, label, releases, value }: { id: string; name: string; label: string; releases: Release[]; value: string }) {
  return (
    <span className="flex flex-col gap-1">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} className="rounded-md border bg-fd-background px-2 py-1 font-mono text-sm">
        {releases.map((release) => (
          <option key={release.version} value={release.version}>
            {release.version}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * Two releases to compare: a plain GET form, so that it works without JavaScript; the chooser's
 * page sends it on to the compare view's own URL, which can be shared.
 */
export function CompareForm({ releases, from, to }: CompareFormProps) {
  if (releases.length < 2) return null;
  return (
    <form method="get" action={compareIndexUrl} className="not-prose flex flex-wrap items-end gap-3 rounded-lg border p-3 text-sm">
      <ReleaseSelect id="compare-from" name="from" label="From" releases={releases} value={from ?? releases[1].version} />
      <ReleaseSelect id="compare-to" name="to" label="To" releases={releases} value={to ?? releases[0].version} />
      <button type="submit" className="rounded-md border px-3 py-1 font-medium hover:bg-fd-accent">
        Compare releases
      </button>
    </form>
  );
}
