import { groupByStatus, type ErrorTypeEntry } from '@/lib/errors';
import { statusReason } from '@/lib/http-status';
import { SectionHeading } from '../endpoint/section-heading';
import { InlineCode } from '../inline-code';
import { FrameLink } from '../layout/frame-link';

export interface ErrorCatalogPageProps {
  entries: ErrorTypeEntry[];
}

/** Every error type once, grouped by status: where integrators look an error up by its type. */
export function ErrorCatalogPage({ entries }: ErrorCatalogPageProps) {
  return (
    <>
      <p>
        Every error answer has the body <code>{'{ "error": { "type", "message" } }'}</code>. The status and{' '}
        <code>error.type</code> are stable; handle errors by them, in one place in your code. Each type below links to
        its page: what typically causes it, how to handle it, and every endpoint that returns it.
      </p>
      {groupByStatus(entries).map((group) => (
        <section key={group.status}>
          <SectionHeading id={`status-${group.status}`}>
            {group.status} {statusReason(group.status)}
          </SectionHeading>
          <ul className="not-prose m-0 flex list-none flex-col gap-2 p-0">
            {group.types.map((entry) => (
              <li key={entry.type} id={entry.type} className="scroll-mt-24 rounded-lg border bg-fd-card p-3 text-sm">
                <FrameLink href={entry.url} className="font-mono font-semibold break-all text-fd-foreground underline-offset-4 hover:underline">
                  {entry.type}
                </FrameLink>
                <p className="m-0 mt-1"><InlineCode text={entry.description} /></p>
                <p className="m-0 mt-1 text-xs text-fd-muted-foreground">
                  Returned by {entry.endpoints.length} {entry.endpoints.length === 1 ? 'endpoint' : 'endpoints'}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
