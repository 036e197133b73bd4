import { retryLabels, type ErrorTypeEntry } from '@/lib/errors';
import { JsonBlock } from '../code-block';
import { MethodBadge } from '../endpoint/method-badge';
import { SectionHeading } from '../endpoint/section-heading';
import { StatusBadge } from '../endpoint/status-badge';
import { InlineCode } from '../inline-code';
import { FrameLink } from '../layout/frame-link';

export interface ErrorTypePageProps {
  entry: ErrorTypeEntry;
}

export function ErrorTypePage({ entry }: ErrorTypePageProps) {
  return (
    <>
      <div className="not-prose mb-4 flex flex-wrap items-center gap-2">
        {entry.statuses.map((status) => (
          <StatusBadge key={status} status={status} />
        ))}
        <code className="font-mono text-sm">{entry.type}</code>
      </div>
      <p className="text-lg"><InlineCode text={entry.description} /></p>

      {entry.cause && (
        <section>
          <SectionHeading id="cause">What typically causes it</SectionHeading>
          <p><InlineCode text={entry.cause} /></p>
        </section>
      )}
      {(entry.handling || entry.retry) && (
        <section>
          <SectionHeading id="handling">How to handle it</SectionHeading>
          {entry.retry && (
            <p>
              <strong>{retryLabels[entry.retry]}</strong>
            </p>
          )}
          {entry.handling && <p><InlineCode text={entry.handling} /></p>}
        </section>
      )}

      <section>
        <SectionHeading id="sample">Sample body</SectionHeading>
        <JsonBlock value={entry.sample} title={`${entry.statuses[0]} ${entry.type}`} />
      </section>

      <section>
        <SectionHeading id="endpoints">Returned by</SectionHeading>
        <p>
          {entry.endpoints.length} {entry.endpoints.length === 1 ? 'endpoint returns' : 'endpoints return'} this type;
          each link leads to its row on the endpoint&apos;s page.
        </p>
        <ul className="not-prose m-0 flex list-none flex-col gap-2 p-0">
          {entry.endpoints.map((endpoint) => (
            <li key={endpoint.key}>
              <FrameLink
                href={`${endpoint.url}#${entry.type}`}
                className="flex flex-wrap items-center gap-2 rounded-lg border bg-fd-card p-3 text-sm hover:bg-fd-accent"
              >
                <MethodBadge method={endpoint.method} />
                <span className="font-medium">{endpoint.title}</span>
                {endpoint.operationId && <code className="text-xs break-all text-fd-muted-foreground">{endpoint.operationId}</code>}
              </FrameLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
