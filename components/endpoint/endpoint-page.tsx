import { Callout } from 'fumadocs-ui/components/callout';
import type { Endpoint } from '@/lib/endpoints';
import { createCodeSamples, sampleTarget } from '@/lib/endpoints/code-samples';
import { typeName, typescriptDefinition } from '@/lib/endpoints/typescript-definition';
import { getDefaultEnvironment } from '@/lib/environments';
import { loadDocument } from '@/lib/openapi/load-document';
import { CodeBlock, JsonBlock } from '../code-block';
import { Markdown } from '../markdown';
import { CodeSampleTabs } from './code-sample-tabs';
import { EndpointRequestLine } from './endpoint-request-line';
import { ErrorList } from './error-list';
import { FieldTable } from './field-table';
import { ParameterTable } from './parameter-table';
import { SectionHeading } from './section-heading';
import { TryItSection } from './try-it-section';

export interface EndpointPageProps {
  endpoint: Endpoint;
}

/** The whole reference for one operation, rendered on the server from the OpenAPI document. */
export function EndpointPage({ endpoint }: EndpointPageProps) {
  const environment = getDefaultEnvironment();
  const raw = loadDocument().raw;
  const { body, success } = endpoint;

  return (
    <>
      <EndpointRequestLine endpoint={endpoint} environment={environment} />
      {endpoint.description && <Markdown text={endpoint.description} />}
      {endpoint.pathUnconfirmed && (
        <Callout type="warn" title="Path not yet confirmed">
          This endpoint is known by its title, method and description. Its path follows the neighbouring endpoints and
          is not yet confirmed; its error responses are not yet published.
        </Callout>
      )}
      <ScopeNote endpoint={endpoint} />
      <TryItSection endpoint={endpoint} />

      {(['path', 'query', 'header'] as const).map((location) =>
        endpoint.parameters[location].length > 0 ? (
          <section key={location}>
            <SectionHeading id={`${location}-parameters`}>
              {location.charAt(0).toUpperCase() + location.slice(1)} parameters
            </SectionHeading>
            <ParameterTable parameters={endpoint.parameters[location]} />
          </section>
        ) : null,
      )}

      {body && (
        <section>
          <SectionHeading id="request-body">Request body</SectionHeading>
          <p>
            <code>{body.contentType}</code>, {body.required ? 'required' : 'optional'}.
            {body.description && <> {body.description}</>}
          </p>
          <CodeBlock
            code={typescriptDefinition(raw, body.schemaRef, typeName(endpoint.key, 'Body'))}
            lang="ts"
            title="TypeScript"
          />
          <FieldTable fields={body.fields} />
          <JsonBlock value={body.example} title="Example body" />
        </section>
      )}

      {success && (
        <section>
          <SectionHeading id="response">Response {success.status}</SectionHeading>
          <p>{success.description}</p>
          {success.fields.length > 0 && <FieldTable fields={success.fields} showRequired={false} />}
          {success.schemaRef && success.fields.length > 0 && (
            <CodeBlock
              code={typescriptDefinition(raw, success.schemaRef, typeName(endpoint.key, 'Response'))}
              lang="ts"
              title="TypeScript"
            />
          )}
          {success.example !== undefined && <JsonBlock value={success.example} title={`Example response ${success.status}`} />}
        </section>
      )}

      <section>
        <SectionHeading id="errors">Errors</SectionHeading>
        <ErrorList endpoint={endpoint} />
      </section>

      <section>
        <SectionHeading id="code-samples">Code samples</SectionHeading>
        <p>
          Replace <code>{'<api-token>'}</code> with your API token; see{' '}
          <a href="/partner-api/authentication">Authentication</a>.
        </p>
        <CodeSampleTabs samples={createCodeSamples(sampleTarget(endpoint), { baseUrl: environment.baseUrl })} />
      </section>
    </>
  );
}

function ScopeNote({ endpoint }: EndpointPageProps) {
  if (!endpoint.requiresAuth) return <p>This endpoint needs no API token.</p>;
  return (
    <p>
      <strong>Authorization:</strong> <code>Authorization: Bearer {'<api-token>'}</code>.{' '}
      {endpoint.checksScopes ? (
        <>
          <strong>Checks token scopes:</strong> a token without the permission this endpoint needs gets{' '}
          <a href="#scope_permission_denied">
            <code>403 scope_permission_denied</code>
          </a>
          . The exact scope is not published per endpoint; see <a href="/partner-api/authentication">Authentication</a>.
        </>
      ) : endpoint.errors.length > 0 ? (
        <>Does not check token scopes: any valid token may call it.</>
      ) : (
        <>Whether it checks token scopes is not yet published.</>
      )}
    </p>
  );
}
