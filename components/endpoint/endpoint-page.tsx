import { Callout } from 'fumadocs-ui/components/callout';
import { responseMedia } from '@/lib/endpoints/response-media';
import type { Endpoint } from '@/lib/endpoints';
import { createCodeSamples, sampleTarget } from '@/lib/endpoints/code-samples';
import { typeName, typescriptDefinition, typescriptDefinitionIfAny } from '@/lib/endpoints/typescript-definition';
import { documentedBaseUrl } from '@/lib/environments';
import { loadDocument } from '@/lib/openapi/load-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { CodeBlock, JsonBlock } from '../code-block';
import { Markdown } from '../markdown';
import { AuthorizationSection } from './authorization-section';
import { CallbackList } from './callback-list';
import { CodeSampleTabs } from './code-sample-tabs';
import { EndpointRequestLine } from './endpoint-request-line';
import { ErrorList } from './error-list';
import { FieldTable } from './field-table';
import { MediaContent } from './media-content';
import { OtherResponses } from './other-responses';
import { ParameterTable } from './parameter-table';
import { SectionHeading } from './section-heading';
import { parameterSections } from '@/lib/endpoints/page-sections';
import { TryItSection } from './try-it-section';
import { InlineCode } from '../inline-code';

export interface EndpointPageProps {
  endpoint: Endpoint;
  /** The document as written, for TypeScript types; the site's own by default. */
  raw?: OpenAPIDocument;
}

/** The whole reference for one operation, rendered on the server from the OpenAPI document. */
export function EndpointPage({ endpoint, raw = loadDocument().raw }: EndpointPageProps) {
  const baseUrl = documentedBaseUrl();
  const { body, success } = endpoint;
  const bodyType = body && typescriptDefinitionIfAny(raw, body.schemaRef, typeName(endpoint.key, 'Body'), 'request');

  return (
    <>
      <EndpointRequestLine endpoint={endpoint} baseUrl={baseUrl} />
      {endpoint.deprecated && (
        <Callout type="warn" title="Deprecated">
          This operation is deprecated: it still works, but may be removed. Avoid it in new code.
        </Callout>
      )}
      {endpoint.description && <Markdown text={endpoint.description} />}
      {endpoint.pathUnconfirmed && (
        <Callout type="warn" title="Path not yet confirmed">
          This endpoint is known by its title, method and description. Its path follows the neighbouring endpoints and
          is not yet confirmed; its error responses are not yet published.
        </Callout>
      )}
      <AuthorizationSection endpoint={endpoint} />
      <TryItSection endpoint={endpoint} />

      {parameterSections.map(([location, title]) =>
        endpoint.parameters[location].length > 0 ? (
          <section key={location}>
            <SectionHeading id={`${location}-parameters`}>{title}</SectionHeading>
            <ParameterTable parameters={endpoint.parameters[location]} />
          </section>
        ) : null,
      )}

      {body && (
        <section>
          <SectionHeading id="request-body">Request body</SectionHeading>
          <p>
            <code>{body.contentType}</code>, {body.required ? 'required' : 'optional'}.
            {body.description && <> <InlineCode text={body.description} /></>}
          </p>
          {body.kind === 'json' && body.contentTypes.length === 1 ? (
            <>
              {bodyType && <CodeBlock code={bodyType} lang="ts" title="TypeScript" />}
              <FieldTable fields={body.fields} />
              <JsonBlock value={body.example} title="Example body" />
            </>
          ) : (
            <>
              {body.kind === 'json' && bodyType && <CodeBlock code={bodyType} lang="ts" title="TypeScript" />}
              <MediaContent
                media={body}
                raw={raw}
                typeName={typeName(endpoint.key, 'Body')}
                exampleTitle="Example body"
                request
              />
            </>
          )}
        </section>
      )}

      {success && (
        <section>
          <SectionHeading id="response">Response {success.status}</SectionHeading>
          <p><InlineCode text={success.description} /></p>
          {success.contentType && (success.kind !== 'json' || (success.contentTypes?.length ?? 0) > 1) ? (
            <>
              {success.kind !== 'json' && (
                <p>
                  <code>{success.contentType}</code>
                </p>
              )}
              <MediaContent
                media={responseMedia(success)!}
                raw={raw}
                exampleTitle={`Example response ${success.status}`}
                request={false}
              />
            </>
          ) : (
            <>
              {success.fields.length > 0 && <FieldTable fields={success.fields} showRequired={false} />}
              {success.schemaRef && success.fields.length > 0 && (
                <CodeBlock
                  code={typescriptDefinition(raw, success.schemaRef, typeName(endpoint.key, 'Response'), 'response')}
                  lang="ts"
                  title="TypeScript"
                />
              )}
              {success.example !== undefined && <JsonBlock value={success.example} title={`Example response ${success.status}`} />}
            </>
          )}
        </section>
      )}

      <OtherResponses endpoint={endpoint} raw={raw} />

      <section>
        <SectionHeading id="errors">Errors</SectionHeading>
        <ErrorList endpoint={endpoint} raw={raw} />
      </section>

      {endpoint.callbacks.length > 0 && <CallbackList endpoint={endpoint} />}

      <section>
        <SectionHeading id="code-samples">Code samples</SectionHeading>
        {endpoint.profile.authenticationGuide ? (
          <p>
            Replace <code>{'<api-token>'}</code> with your API token; see{' '}
            <a href={endpoint.profile.authenticationGuide}>Authentication</a>.
          </p>
        ) : (
          endpoint.requiresAuth && (
            <p>
              Replace <code>{'<api-token>'}</code> with your credentials; see <a href="#authorization">Authorization</a>.
            </p>
          )
        )}
        <CodeSampleTabs samples={createCodeSamples(sampleTarget(endpoint), { baseUrl })} />
      </section>
    </>
  );
}
