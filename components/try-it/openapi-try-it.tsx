'use client';
import { createOpenAPIPage } from 'fumadocs-openapi/ui';
import { DefaultCollapsiblePanel, type CollapsiblePanelProps } from 'fumadocs-openapi/playground/client';
import { getApiToken } from '@/lib/api-token-store';
import { refuseSendIfInvalid } from '@/lib/try-it/body-json-store';
import { ApiTokenField } from './api-token-field';
import { BodyField } from './body-field';
import { LiveCodeSamples } from './live-code-samples';
import { ResponseView } from './response-view';

/** The token field takes the place of fumadocs' per-scheme auth inputs, which keep tokens in plain localStorage. */
function Panel(props: CollapsiblePanelProps) {
  if (props['data-type'] === 'authorization') return <ApiTokenField />;
  return <DefaultCollapsiblePanel {...props} />;
}

async function prepareRequest(init: RequestInit): Promise<RequestInit> {
  // the playground would send the last valid body; the editor shows where the text breaks
  const invalid = refuseSendIfInvalid();
  if (invalid) throw new Error(`The request was not sent: ${invalid.message}`);
  const headers = new Headers(init.headers);
  const { token } = getApiToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // fumadocs sends `patch` in lower case, which Next's route handlers refuse
  return { ...init, method: init.method?.toUpperCase(), headers, credentials: 'omit' };
}

/** fumadocs-openapi's playground, for one operation, with the site's token, response view and samples. */
export const OpenAPITryIt = createOpenAPIPage({
  generateTypeScriptDefinitions: false,
  showResponseSchema: false,
  storageKeyPrefix: 'wingfield-try-it-',
  content: {
    renderOperationLayout: (slots) => (
      <div className="flex flex-col overflow-hidden rounded-xl border bg-fd-card">
        {slots.apiPlayground}
        {slots.apiExample}
      </div>
    ),
    renderAPIExampleLayout: (slots) => slots.usageTabs,
    renderAPIExampleUsageTabs: () => <LiveCodeSamples />,
  },
  playground: {
    transformAuthInputs: () => [],
    components: { ResultDisplay: ResponseView, CollapsiblePanel: Panel },
    renderBodyField: (_name, { schema, mediaType }) => <BodyField schema={schema} mediaType={mediaType} />,
    fetchOptions: { requestTimeout: 20, proxyForwardCookie: false, onRequestInit: prepareRequest },
  },
});
