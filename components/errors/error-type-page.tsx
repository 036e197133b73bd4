import { errorTypeSections, type ErrorTypeSection, type ErrorTypeEntry } from '@/lib/errors';
import { JsonBlock } from '../code-block';
import { MethodBadge } from '../endpoint/method-badge';
import { SectionHeading } from '../endpoint/section-heading';
import { StatusBadge } from '../endpoint/status-badge';
import { InlineCode } from '../inline-code';
import { InlineText } from '../inline-text';
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
      {errorTypeSections(entry).map((section) => (
        <section key={section.id}>
          <SectionHeading id={section.id}>{section.title}</SectionHeading>
          <SectionContent section={section} />
        </section>
      ))}
    </>
  );
}

function SectionContent({ section }: { section: ErrorTypeSection }) {
  switch (section.kind) {
    case 'cause':
      return <p><InlineCode text={section.text} /></p>;
    case 'handling':
      return (
        <>
          {section.retry && (
            <p>
              <strong>{section.retry}</strong>
            </p>
          )}
          {section.text && <p><InlineCode text={section.text} /></p>}
        </>
      );
    case 'sample':
      return <JsonBlock value={section.sample} title={section.sampleTitle} />;
    case 'endpoints':
      return (
        <>
          <p><InlineText text={section.intro} /></p>
          <ul className="not-prose m-0 flex list-none flex-col gap-2 p-0">
            {section.endpoints.map((endpoint) => (
              <li key={endpoint.key}>
                <FrameLink
                  href={endpoint.href}
                  className="flex flex-wrap items-center gap-2 rounded-lg border bg-fd-card p-3 text-sm hover:bg-fd-accent"
                >
                  <MethodBadge method={endpoint.method} />
                  <span className="font-medium">{endpoint.title}</span>
                  {endpoint.operationId && <code className="text-xs break-all text-fd-muted-foreground">{endpoint.operationId}</code>}
                </FrameLink>
              </li>
            ))}
          </ul>
        </>
      );
  }
}
