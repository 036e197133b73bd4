import type { Endpoint } from '@/lib/endpoints';
import { operationHistoryView } from '@/lib/changelog/operation-history';
import { FrameLink } from '../layout/frame-link';
import { ChangeItem } from './change-item';

const linkClass = 'font-mono underline underline-offset-4 hover:text-fd-foreground';

/**
 * "Added in 1.1.0", "Deprecated in 1.2.0" and "Changed in 2.0.0" with the changes to this
 * operation, each release linked to its page; nothing when the changelog has nothing to say.
 */
export function OperationHistoryNote({ endpoint }: { endpoint: Endpoint }) {
  const history = operationHistoryView(endpoint);
  if (!history) return null;
  const { added, deprecated, changed } = history;
  return (
    <aside aria-label="Changes to this endpoint" className="not-prose my-4 rounded-lg border bg-fd-card p-3 text-sm">
      {(added || deprecated) && (
        <p className="m-0 flex flex-wrap gap-x-4 text-fd-muted-foreground">
          {added && (
            <span>
              Added in <FrameLink href={added.url} className={linkClass}>{added.version}</FrameLink>
            </span>
          )}
          {deprecated && (
            <span>
              Deprecated in <FrameLink href={deprecated.url} className={linkClass}>{deprecated.version}</FrameLink>
            </span>
          )}
        </p>
      )}
      {changed.map((release, index) => (
        <details key={release.version} open={index === 0} className="mt-2 first:mt-0">
          {/* a summary holds no link: it is a control of its own */}
          <summary className="cursor-pointer font-medium">
            Changed in <span className="font-mono">{release.version}</span>
            <span className="font-normal text-fd-muted-foreground">
              {' '}
              ({release.changes.length} {release.changes.length === 1 ? 'change' : 'changes'}
              {release.changes.some((change) => change.class === 'breaking') ? ', breaking' : ''})
            </span>
          </summary>
          <ul aria-label={`Changes in ${release.version}`} className="mt-2 flex list-none flex-col gap-2 p-0">
            {release.changes.map((change, changeIndex) => (
              <ChangeItem key={changeIndex} change={change} withOperation={false} />
            ))}
          </ul>
          <p className="m-0 mt-2 text-xs">
            <FrameLink href={release.url} className="underline underline-offset-4 hover:text-fd-foreground">
              Release {release.version} in the changelog
            </FrameLink>
          </p>
        </details>
      ))}
    </aside>
  );
}
