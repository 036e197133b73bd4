import type { ChangeView } from '@/lib/changelog/changelog-view';
import { kindLabels } from '@/lib/changelog/changelog-view';
import { InlineCode } from '../inline-code';
import { FrameLink } from '../layout/frame-link';
import { MethodBadge } from '../endpoint/method-badge';
import { ChangeClassBadge } from './change-class-badge';

export interface ChangeItemProps {
  change: ChangeView;
  /** Whether to say which operation it is in: not on an endpoint's own page. */
  withOperation?: boolean;
}

/** One change: its class, what changed, and where to read it now (the operation's page and the row). */
export function ChangeItem({ change, withOperation = true }: ChangeItemProps) {
  const { target } = change;
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1" data-change-kind={change.kind}>
      <ChangeClassBadge changeClass={change.class} />
      <span className="sr-only">{kindLabels[change.kind]}:</span>
      <span className="min-w-0 flex-1">
        <InlineCode text={change.summary} />
        {withOperation && target && (
          <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-fd-muted-foreground">
            {target.endpoint ? (
              <FrameLink href={target.endpoint.url} className="inline-flex items-center gap-1.5 text-fd-foreground underline-offset-4 hover:underline">
                <MethodBadge method={target.endpoint.method} />
                {target.endpoint.title}
              </FrameLink>
            ) : (
              <span>
                <code>{target.operation}</code> (no longer in the API)
              </span>
            )}
            {target.row && (
              <FrameLink href={target.row.url} className="underline underline-offset-4 hover:text-fd-foreground">
                <code>{target.row.label}</code> row
              </FrameLink>
            )}
          </span>
        )}
        {!withOperation && target?.row && (
          <>
            {' '}
            <a href={target.row.url.slice(target.row.url.indexOf('#'))} className="text-xs underline underline-offset-4">
              see <code>{target.row.label}</code>
            </a>
          </>
        )}
      </span>
    </li>
  );
}
