import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompareReference } from '@/components/changes/compare-reference';
import { parseCompareRange, releasePairs } from '@/lib/changelog/changelog-view';
import { siteChangelog } from '@/lib/changelog/site-changelog';
import { compareUrl } from '@/lib/changelog/urls';
import { changelogFeedAlternate } from '@/lib/page-metadata';

interface CompareProps {
  params: Promise<{ range: string }>;
}

async function rangeOf({ params }: CompareProps) {
  const changelog = siteChangelog();
  const range = changelog && parseCompareRange((await params).range, changelog);
  if (!range) notFound();
  return { releases: changelog.releases, range };
}

/**
 * Every pair of releases is built ahead, older first: a handful of releases make a few dozen
 * small pages, served as files and shared by their URL; any other range is a 404.
 */
export const dynamicParams = false;

export function generateStaticParams(): { range: string }[] {
  const changelog = siteChangelog();
  return changelog ? releasePairs(changelog).map(([from, to]) => ({ range: `${from.version}...${to.version}` })) : [];
}

export async function generateMetadata(props: CompareProps): Promise<Metadata> {
  const {
    range: [from, to],
  } = await rangeOf(props);
  return {
    title: `Changes from ${from.version} to ${to.version}`,
    description: `Every change to the API from release ${from.version} (${from.date}) to ${to.version} (${to.date}), breaking changes first.`,
    alternates: { canonical: compareUrl(from.version, to.version), types: changelogFeedAlternate },
  };
}

export default async function ComparePage(props: CompareProps) {
  const { releases, range } = await rangeOf(props);
  return <CompareReference releases={releases} from={range[0]} to={range[1]} />;
}
