import { Callout } from 'fumadocs-ui/components/callout';
import type { EventOperation } from '@/lib/endpoints';
import { securityBlocks } from '@/lib/endpoints/security';
import { typescriptDefinitionIfAny } from '@/lib/endpoints/typescript-definition';
import { loadDocument } from '@/lib/openapi/load-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { CodeBlock, JsonBlock } from '../code-block';
import { Markdown } from '../markdown';
import { FieldTable } from './field-table';
import { MediaContent } from './media-content';
import { MethodBadge } from './method-badge';
import { ParameterTable } from './parameter-table';
import { ResponseBlock } from './response-block';
import { SectionHeading } from './section-heading';
import { parameterSections } from '@/lib/endpoints/page-sections';

export interface EventPageProps {
  event: EventOperation;
  raw?: OpenAPIDocument;
}

/**
 * A request the API sends: a webhook or a callback. The reader implements the receiving end, so
 * the page shows what arrives (method, parameters, payload) and what to answer.
 */
export function EventPage({ event, raw = loadDocument().raw }: EventPageProps) {
  const { body } = event;
  const payloadType = body?.kind === 'json' ? typescriptDefinitionIfAny(raw, body.schemaRef, `${event.typeName}Payload`) : undefined;
  return (
    <>
      <div className="not-prose mb-6 flex items-start gap-2 rounded-xl border bg-fd-card p-3">
        <MethodBadge method={event.method} className="mt-0.5" />
        <code className="min-w-0 font-mono text-sm break-all">{event.expression ?? event.name}</code>
      </div>
      {event.kind === 'webhook' ? (
        <p>
          A webhook: the API sends this request to the URL you register for <code>{event.name}</code>.
        </p>
      ) : (
        event.registeredBy && (
          <p>
            A callback of <a href={event.registeredBy.url}>{event.registeredBy.title}</a>: after that operation, the API
            sends this request to <code>{event.expression}</code>.
          </p>
        )
      )}
      {event.deprecated && (
        <Callout type="warn" title="Deprecated">
          This request is deprecated: the API may stop sending it.
        </Callout>
      )}
      {event.description && <Markdown text={event.description} />}

      {event.security && (
        <section>
          <SectionHeading id="authorization">Authorization</SectionHeading>
          <Markdown text={securityBlocks(event.security, {}).join('\n\n')} />
        </section>
      )}

      {parameterSections.map(([location, title]) =>
        event.parameters[location].length > 0 ? (
          <section key={location}>
            <SectionHeading id={`${location}-parameters`}>{title}</SectionHeading>
            <ParameterTable parameters={event.parameters[location]} />
          </section>
        ) : null,
      )}

      {body && (
        <section>
          <SectionHeading id="payload">Payload</SectionHeading>
          <p>
            <code>{body.contentType}</code>
            {body.required ? ', always sent' : ''}.{body.description && <> {body.description}</>}
          </p>
          {payloadType && <CodeBlock code={payloadType} lang="ts" title="TypeScript" />}
          {body.kind === 'json' && body.contentTypes.length === 1 ? (
            <>
              {body.fields.length > 0 && <FieldTable fields={body.fields} showRequired />}
              <JsonBlock value={body.example} title="Example payload" />
            </>
          ) : (
            <MediaContent media={body} raw={raw} typeName={`${event.typeName}Payload`} exampleTitle="Example payload" request />
          )}
        </section>
      )}

      <section>
        <SectionHeading id="responses">Expected responses</SectionHeading>
        {event.responses.length === 0 ? (
          <p>The document does not say what the API expects in return.</p>
        ) : (
          event.responses.map((response) => <ResponseBlock key={response.status} response={response} raw={raw} />)
        )}
      </section>
    </>
  );
}
