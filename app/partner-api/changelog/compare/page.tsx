import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { CompareChooser } from '@/components/changes/compare-reference';
import { siteChangelog } from '@/lib/changelog/site-changelog';
import { compareUrl } from '@/lib/changelog/urls';

export const metadata: Metadata = { title: 'Compare releases' };

interface ChooserProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The compare form's target (`?from=…&to=…`, a GET form that needs no JavaScript): two releases
 * go on to their compare view's URL, older first; anything that is not a release is a 404,
 * never shown back.
 */
export default async function CompareChooserPage({ searchParams }: ChooserProps) {
  const changelog = siteChangelog();
  if (!changelog) notFound();
  const { from, to } = await searchParams;
  if (from === undefined && to === undefined) return <CompareChooser releases={changelog.releases} />;
  const index = (version: unknown) => (typeof version === 'string' ? changelog.releases.findIndex((release) => release.version === version) : -1);
  const [a, b] = [index(from), index(to)];
  if (a < 0 || b < 0) notFound();
  if (a === b) return <CompareChooser releases={changelog.releases} same={changelog.releases[a].version} />;
  // newest first: the older release has the greater index
  const [older, newer] = a > b ? [a, b] : [b, a];
  redirect(compareUrl(changelog.releases[older].version, changelog.releases[newer].version));
}
