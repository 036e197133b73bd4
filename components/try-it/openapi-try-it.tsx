'use client';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { NextProvider } from 'fumadocs-core/framework/next';
import { createOpenAPIPage } from 'fumadocs-openapi/ui';
import { DefaultCollapsiblePanel, type CollapsiblePanelProps } from 'fumadocs-openapi/playground/client';
import { getApiToken } from '@/lib/api-token-store';
import { ApiTokenField } from './api-token-field';
import { beginHistoryEntry } from './history-recorder';
import { BodyField, type BodyFieldProps } from './body-field';
import { LiveCodeSamples } from './live-code-samples';
import { ParameterField } from './parameter-field';
import { PresetBanner } from './preset-banner';
import { RequestHistory } from './request-history';
import { getRequestState, malformedToken, useRequestState } from './request-state';
import { ResponseView } from './response-view';
import { SharedRequestBanner, SharedRequestLoader, ShareRequestLink } from './shared-request';
import { RequestMismatchNote, ValidationProvider } from './validation-context';

/** The token field takes the place of fumadocs' per-scheme auth inputs, which keep tokens in plain localStorage. */
function Panel(props: CollapsiblePanelProps) {
  if (props['data-type'] === 'authorization') return <ApiTokenField />;
  // parameters and body open from the start: they are what the panel is for
  return <DefaultCollapsiblePanel defaultOpen {...props} />;
}

/** The Authorization header: the user's token, or none / a malformed one while reproducing those errors. */
function authorization(): string | undefined {
  const mode = getRequestState().preset?.token;
  if (mode === 'none') return undefined;
  if (mode === 'malformed') return `Bearer ${malformedToken}`;
  const { token } = getApiToken();
  return token ? `Bearer ${token}` : undefined;
}

async function prepareRequest(init: RequestInit): Promise<RequestInit> {
  const headers = new Headers(init.headers);
  const value = authorization();
  if (value) headers.set('Authorization', value);
  beginHistoryEntry();
  // fumadocs sends `patch` in lower case, which Next's route handlers refuse
  return { ...init, method: init.method?.toUpperCase(), headers, credentials: 'omit' };
}

/**
 * Holds back a request whose JSON body does not parse; the editor says where. When the panel
 * opens, or a reproduction starts or stops, the button that did it is gone: focus goes to Send.
 */
function SendGuard({ children }: { children: ReactNode }) {
  const { jsonProblem, fill } = useRequestState();
  const root = useRef<HTMLDivElement>(null);
  const fillId = fill?.id;
  // a parent's effects run after its children's, so the fields already hold the fill's values
  useEffect(() => {
    root.current?.querySelector<HTMLButtonElement>('form button[type="submit"]')?.focus({ preventScroll: true });
  }, [fillId]);
  const onSubmitCapture = (event: FormEvent) => {
    if (!getRequestState().jsonProblem) return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div ref={root} onSubmitCapture={onSubmitCapture} className="flex flex-col gap-3">
      {jsonProblem && (
        <p role="alert" className="m-0 rounded-lg border border-rose-600/40 bg-rose-50 p-3 text-sm dark:bg-rose-950/40">
          Not sent: the JSON body is not valid at line {jsonProblem.line}, column {jsonProblem.column}.
        </p>
      )}
      {children}
    </div>
  );
}

/** fumadocs-openapi's playground, for one operation, with the site's token, validation, response view and samples. */
export const OpenAPITryIt = createOpenAPIPage({
  generateTypeScriptDefinitions: false,
  showResponseSchema: false,
  storageKeyPrefix: 'wingfield-try-it-',
  content: {
    // fumadocs' framework context comes with the panel, so that pages do not carry it before use
    renderOperationLayout: (slots) => (
      <NextProvider>
        <ValidationProvider>
          <SendGuard>
            <SharedRequestLoader />
            <SharedRequestBanner />
            <PresetBanner />
            <RequestMismatchNote />
            {slots.apiPlayground}
            <ShareRequestLink />
            <RequestHistory />
            {slots.apiExample}
          </SendGuard>
        </ValidationProvider>
      </NextProvider>
    ),
    renderAPIExampleLayout: (slots) => slots.usageTabs,
    renderAPIExampleUsageTabs: () => <LiveCodeSamples />,
  },
  playground: {
    transformAuthInputs: () => [],
    components: { ResultDisplay: ResponseView, CollapsiblePanel: Panel },
    renderParameterField: (fieldName, parameter) => <ParameterField fieldName={fieldName} parameter={parameter} />,
    renderBodyField: (_fieldName, info) => <BodyField schema={info.schema as BodyFieldProps['schema']} />,
    fetchOptions: { requestTimeout: 20, proxyForwardCookie: false, onRequestInit: prepareRequest },
  },
});
