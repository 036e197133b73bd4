import { Callout } from 'fumadocs-ui/components/callout';
import type { EventOperation } from '@/lib/endpoints';
import { eventContent } from '@/lib/endpoints/endpoint-content';
import { pageSection } from '@/lib/endpoints/page-sections';
import { securityBlocks } from '@/lib/endpoints/security';
import { CodeBlock, JsonBlock } from '../code-block';
import { InlineText } from '../inline-text';
import { Markdown } from '../markdown';
import { FieldTable } from './field-table';
import { MediaContent } from './media-content';
import { MethodBadge } from './method-badge';
import { ParameterSections } from './parameter-table';
import { ResponseBlock } from './response-block';
import { SectionHeading } from './section-heading';

export interface EventPageProps {
  event: EventOperation;
}

/**
 * A request the API sends: a webhook or a callback. The reader implements the receiving end, so
 * the page shows what arrives (method, parameters, payload) and what to answer.
 */
export function EventPage({ event }: EventPageProps) {
  const { body } = event;
  const content = eventContent(event);
  const authorization = pageSection('authorization');
  const payload = pageSection('payload');
  const responses = pageSection('responses');
  return (
    <>
      <div className="not-prose mb-6 flex items-start gap-2 rounded-xl border bg-fd-card p-3">
        <MethodBadge method={event.method} className="mt-0.5" />
        <code className="min-w-0 font-mono text-sm break-all">{event.expression ?? event.name}</code>
      </div>
      {content.lead && (
        <p>
          <InlineText text={content.lead} />
        </p>
      )}
      {content.deprecated && (
        <Callout type="warn" title={content.deprecated.title}>
          {content.deprecated.text}
        </Callout>
      )}
      {event.description && <Markdown text={event.description} />}

      {event.security && (
        <section>
          <SectionHeading id={authorization.id}>{authorization.title}</SectionHeading>
          <Markdown text={securityBlocks(event.security, {}).join('\n\n')} />
        </section>
      )}

      <ParameterSections parameters={event.parameters} />

      {body && content.payload && (
        <section>
          <SectionHeading id={payload.id}>{payload.title}</SectionHeading>
          <p>
            <InlineText text={content.payload.lead} />
          </p>
          {body.kind === 'json' && content.payload.typescript && <CodeBlock code={content.payload.typescript} lang="ts" title="TypeScript" />}
          {content.payload.plainJson ? (
            <>
              {body.fields.length > 0 && <FieldTable fields={body.fields} showRequired anchors="request" />}
              <JsonBlock value={body.example} title="Example payload" />
            </>
          ) : (
            <MediaContent media={body} typescript={content.payload.typescript} exampleTitle="Example payload" request />
          )}
        </section>
      )}

      <section>
        <SectionHeading id={responses.id}>{responses.title}</SectionHeading>
        {event.responses.length === 0 ? (
          <p>{content.noResponses}</p>
        ) : (
          event.responses.map((response) => <ResponseBlock key={response.status} response={response} />)
        )}
      </section>
    </>
  );
}
