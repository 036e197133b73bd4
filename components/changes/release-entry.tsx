import type { EntryView } from '@/lib/changelog/changelog-view';
import { Heading } from '../heading';
import { FrameLink } from '../layout/frame-link';
import { ChangeItem } from './change-item';

export interface ReleaseEntryProps {
  entry: EntryView;
  /** On the changelog page each release links to its own page; on that page it does not. */
  linkToPage?: boolean;
  /** The heading's level: `h2` on the changelog, none on a release's own page (its title is the `h1`). */
  heading?: 'h2' | false;
}

/** One release (or the unreleased changes): its date, its tally and its changes, breaking first. */
export function ReleaseEntry({ entry, linkToPage = true, heading = 'h2' }: ReleaseEntryProps) {
  return (
    <section aria-labelledby={heading ? entry.id : undefined} data-release={entry.release?.version ?? 'unreleased'} className="not-prose mt-8 first:mt-0">
      {heading && (
        <Heading as={heading} id={entry.id} className="scroll-mt-24 text-xl font-semibold">
          {entry.title}
        </Heading>
      )}
      <p className="mt-1 text-sm text-fd-muted-foreground">
        {entry.release ? <time dateTime={entry.release.date}>{entry.release.date}</time> : 'Changes not yet in a release'}
        {entry.previous && <> · since {entry.previous.version}</>}
        {' · '}
        {entry.tally}
        {linkToPage && entry.url && (
          <>
            {' · '}
            <FrameLink href={entry.url} className="underline underline-offset-4 hover:text-fd-foreground">
              Page of {entry.title}
            </FrameLink>
          </>
        )}
        {entry.compareUrl && (
          <>
            {' · '}
            <FrameLink href={entry.compareUrl} className="underline underline-offset-4 hover:text-fd-foreground">
              Compare with {entry.previous?.version}
            </FrameLink>
          </>
        )}
      </p>
      {entry.note && <p className="mt-2 text-sm">{entry.note}</p>}
      {entry.changes.length > 0 && (
        <ul aria-label={`Changes in ${entry.title}`} className="mt-3 flex list-none flex-col gap-3 p-0 text-sm">
          {entry.changes.map((change, index) => (
            <ChangeItem key={index} change={change} />
          ))}
        </ul>
      )}
    </section>
  );
}
