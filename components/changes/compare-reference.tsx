import type { Release } from '@/lib/changes/change';
import { compareEntries } from '@/lib/changelog/site-changelog';
import { changelogUrl, releaseUrl } from '@/lib/changelog/urls';
import { changelogTitle } from '@/lib/changelog/changelog-pages';
import type { SiteNavigation } from '@/lib/navigation';
import { FrameLink } from '../layout/frame-link';
import { PageShell } from '../page-shell';
import { ChangeItem } from './change-item';
import { CompareForm } from './compare-form';

/** The compare views are below the changelog, not pages of the navigation: the breadcrumb leads back to it. */
const compareNavigation: SiteNavigation = { breadcrumb: [{ name: changelogTitle, url: changelogUrl }] };

/** Every change from one release to a later one, breaking first. */
export function CompareReference({ releases, from, to }: { releases: Release[]; from: Release; to: Release }) {
  const { tally, changes } = compareEntries(from, to);
  return (
    <PageShell navigation={compareNavigation} title={`Changes from ${from.version} to ${to.version}`}>
      <p>
        From <FrameLink href={releaseUrl(from.version)}>{from.version}</FrameLink> (<time dateTime={from.date}>{from.date}</time>) to{' '}
        <FrameLink href={releaseUrl(to.version)}>{to.version}</FrameLink> (<time dateTime={to.date}>{to.date}</time>): {tally} This page&apos;s
        address can be shared.
      </p>
      <CompareForm releases={releases} from={from.version} to={to.version} />
      {changes.length > 0 && (
        <ul aria-label={`Changes from ${from.version} to ${to.version}`} className="not-prose mt-6 flex list-none flex-col gap-3 p-0 text-sm">
          {changes.map((change, index) => (
            <ChangeItem key={index} change={change} />
          ))}
        </ul>
      )}
    </PageShell>
  );
}

/** The compare form alone, or after two identical releases were chosen. */
export function CompareChooser({ releases, same }: { releases: Release[]; same?: string }) {
  return (
    <PageShell navigation={compareNavigation} title="Compare releases">
      <p>
        {same ? `${same} and ${same} are the same release: choose two different ones.` : 'Choose two releases to see every change between them, breaking ones first.'}
      </p>
      <CompareForm releases={releases} />
    </PageShell>
  );
}
