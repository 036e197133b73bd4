import { Callout } from 'fumadocs-ui/components/callout';
import { responseMedia } from '@/lib/endpoints/response-media';
import type { Endpoint } from '@/lib/endpoints';
import { createCodeSamples, sampleTarget } from '@/lib/endpoints/code-samples';
import { endpointContent } from '@/lib/endpoints/endpoint-content';
import { pageSection, successSection } from '@/lib/endpoints/page-sections';
import { documentedBaseUrl } from '@/lib/environments';
import { CodeBlock, JsonBlock } from '../code-block';
import { InlineText } from '../inline-text';
import { Markdown } from '../markdown';
import { OperationHistoryNote } from '../changes/operation-history-note';
import { AuthorizationSection } from './authorization-section';
import { CallbackList } from './callback-list';
import { CodeSampleTabs } from './code-sample-tabs';
import { CallRow, EndpointColumns, ExampleRow } from './endpoint-columns';
import { EndpointRequestLine } from './endpoint-request-line';
import { ErrorList } from './error-list';
import { FieldTable } from './field-table';
import { MediaContent } from './media-content';
import { OtherResponses } from './other-responses';
import { ParameterSections } from './parameter-table';
import { SectionHeading } from './section-heading';
import { TryItSection } from './try-it-section';
import { InlineCode } from '../inline-code';
import { DeferredAfterSwap } from '../layout/deferred-after-swap';

export interface EndpointPageProps {
  endpoint: Endpoint;
}

/** The whole reference for one operation, rendered on the server from the OpenAPI document. */
export function EndpointPage({ endpoint }: EndpointPageProps) {
  const baseUrl = documentedBaseUrl();
  const { body, success } = endpoint;
  const content = endpointContent(endpoint);
  const requestBody = pageSection('request-body');
  const errors = pageSection('errors');
  const codeSamples = pageSection('code-samples');

  return (
    <EndpointColumns>
      <CallRow
        requestLine={<EndpointRequestLine endpoint={endpoint} baseUrl={baseUrl} />}
        prose={
          <>
            <OperationHistoryNote endpoint={endpoint} />
            {content.deprecated && (
              <Callout type="warn" title={content.deprecated.title}>
                {content.deprecated.text}
              </Callout>
            )}
            {endpoint.description && <Markdown text={endpoint.description} />}
            {content.pathUnconfirmed && (
              <Callout type="warn" title={content.pathUnconfirmed.title}>
                {content.pathUnconfirmed.text}
              </Callout>
            )}
            <AuthorizationSection endpoint={endpoint} scopeNote={content.scopeNote} />
            <ParameterSections parameters={endpoint.parameters} />
            {body && content.body && (
              <DeferredAfterSwap>
                <section>
                  <SectionHeading id={requestBody.id}>{requestBody.title}</SectionHeading>
                  <p>
                    <InlineText text={content.body.lead} />
                  </p>
                  {content.body.plainJson ? (
                    <>
                      {content.body.typescript && <CodeBlock code={content.body.typescript} lang="ts" title="TypeScript" />}
                      <FieldTable fields={body.fields} anchors="request" />
                      <JsonBlock value={body.example} title="Example body" />
                    </>
                  ) : (
                    <>
                      {body.kind === 'json' && content.body.typescript && <CodeBlock code={content.body.typescript} lang="ts" title="TypeScript" />}
                      <MediaContent media={body} typescript={content.body.typescript} exampleTitle="Example body" request />
                    </>
                  )}
                </section>
              </DeferredAfterSwap>
            )}
          </>
        }
        call={
          <>
            <TryItSection endpoint={endpoint} />
            <section className="endpoint-samples">
              <SectionHeading id={codeSamples.id}>{codeSamples.title}</SectionHeading>
              {content.codeSamplesLead && (
                <p>
                  <InlineText text={content.codeSamplesLead} />
                </p>
              )}
              <CodeSampleTabs samples={createCodeSamples(sampleTarget(endpoint), { baseUrl })} />
            </section>
          </>
        }
      />

      {/* below the first screen: after a page swap, drawn once the title is on screen */}
      <DeferredAfterSwap>
        {success && content.success && (
          <ExampleRow
            as="section"
            prose={
              <>
                <SuccessHeading status={success.status} />
                <p><InlineCode text={success.description} /></p>
                {!content.success.plainJson ? (
                  <>
                    {success.kind !== 'json' && (
                      <p>
                        <code>{success.contentType}</code>
                      </p>
                    )}
                    <MediaContent media={responseMedia(success)!} exampleTitle={`Example response ${success.status}`} request={false} />
                  </>
                ) : (
                  <>
                    {success.fields.length > 0 && <FieldTable fields={success.fields} showRequired={false} anchors="response" />}
                    {content.success.typescript && <CodeBlock code={content.success.typescript} lang="ts" title="TypeScript" />}
                  </>
                )}
              </>
            }
            example={
              content.success.plainJson &&
              success.example !== undefined && <JsonBlock value={success.example} title={`Example response ${success.status}`} />
            }
          />
        )}

        {endpoint.otherResponses.length > 0 && <ExampleRow prose={<OtherResponses endpoint={endpoint} />} />}

        <section className="endpoint-errors">
          <SectionHeading id={errors.id}>{errors.title}</SectionHeading>
          <ErrorList endpoint={endpoint} content={content.errors} />
        </section>

        {endpoint.callbacks.length > 0 && <ExampleRow prose={<CallbackList endpoint={endpoint} lead={content.callbacksLead} />} />}
      </DeferredAfterSwap>
    </EndpointColumns>
  );
}

function SuccessHeading({ status }: { status: string }) {
  const section = successSection(status);
  return <SectionHeading id={section.id}>{section.title}</SectionHeading>;
}
