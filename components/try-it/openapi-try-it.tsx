'use client';
import { useEffect, useMemo, useRef, type FormEvent, type ReactNode } from 'react';
import { NextProvider } from 'fumadocs-core/framework/next';
import { createOpenAPIPage, type OperationItem } from 'fumadocs-openapi/ui';
import { DefaultCollapsiblePanel, type CollapsiblePanelProps } from 'fumadocs-openapi/playground/client';
import { pathValueProblem } from '@/lib/endpoints/samples/request-path';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { pathSegmentAdapters, withEncodedPathParameters } from '@/lib/try-it/path-encoding';
import { credentialParameters } from '@/lib/try-it/share-link';
import type { TryItEndpoint } from '@/lib/try-it/try-it-payload';
import { getCredential } from '@/lib/credential-store';
import { credentialValueProblem } from '@/lib/try-it/apply-credentials';
import { BodyField, type BodyFieldProps } from './body-field';
import { chosenSchemes, getCredentialChoice, setCredentialSchemes } from './credential-choice';
import { CredentialFields } from './credential-fields';
import { tryItFetchOptions } from './fetch-options';
import { LiveCodeSamples } from './live-code-samples';
import { ParameterField } from './parameter-field';
import { PresetBanner } from './preset-banner';
import { RequestHistory } from './request-history';
import { currentValues, getRequestState, updateRequestState, useRequestState } from './request-state';
import { ResponseView } from './response-view';
import { sharedLinkNoticeId, SharedRequestBanner, SharedRequestLoader, ShareRequestLink } from './shared-request';
import { TryItProvider } from './try-it-context';
import { RequestMismatchNote, ValidationProvider } from './validation-context';

/** The credential fields take the place of fumadocs' per-scheme auth inputs, which keep tokens in plain localStorage. */
function Panel(props: CollapsiblePanelProps) {
  if (props['data-type'] === 'authorization') return <CredentialFields />;
  // parameters and body open from the start: they are what the panel is for
  return <DefaultCollapsiblePanel defaultOpen {...props} />;
}

/** Why the request cannot be sent: a path value that stays not in its segment even encoded, or a credential a header cannot carry. */
function requestProblem(): string | undefined {
  for (const [name, value] of Object.entries(currentValues()?.path ?? {})) {
    const problem = value === undefined || value === null ? undefined : pathValueProblem(name, value);
    if (problem) return problem;
  }
  const choice = getCredentialChoice();
  return choice && !choice.tokenField ? credentialValueProblem(chosenSchemes(choice), getCredential) : undefined;
}

/** Focuses the notice of a shared link and brings it into view: it is what the reader checks first. */
function showNotice(root: HTMLElement | null) {
  const notice = root?.querySelector<HTMLElement>(`#${sharedLinkNoticeId}`);
  notice?.focus({ preventScroll: true });
  notice?.scrollIntoView({ block: 'nearest' });
}

/**
 * Holds back a request whose JSON body does not parse (the editor says where), or whose path
 * value would be read as a step in the path. When the panel opens, or a reproduction starts or
 * stops, the button that did it is gone: focus goes to Send; after a shared link, to the notice
 * that says where the values came from or why the link was refused, for the reader to check first.
 */
function SendGuard({ children }: { children: ReactNode }) {
  const { jsonProblem, fill, linkProblem, sendProblem } = useRequestState();
  const root = useRef<HTMLDivElement>(null);
  const fillId = fill?.id;
  // a parent's effects run after its children's, so the fields already hold the fill's values
  useEffect(() => {
    if (getRequestState().loadedFrom === 'link') showNotice(root.current);
    else root.current?.querySelector<HTMLButtonElement>('form button[type="submit"]')?.focus({ preventScroll: true });
  }, [fillId]);
  useEffect(() => {
    if (linkProblem) showNotice(root.current);
  }, [linkProblem]);
  const onSubmitCapture = (event: FormEvent) => {
    const problem = requestProblem();
    updateRequestState({ sendProblem: problem });
    if (!problem && !getRequestState().jsonProblem) return;
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
      {sendProblem && (
        <p role="alert" className="m-0 rounded-lg border border-rose-600/40 bg-rose-50 p-3 text-sm dark:bg-rose-950/40">
          Not sent: {sendProblem}. Change it and send again.
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
  mediaAdapters: pathSegmentAdapters,
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
    fetchOptions: tryItFetchOptions,
  },
});

export interface OpenAPITryItPanelProps {
  endpoint: TryItEndpoint;
  /** Origin of the environment selected first. */
  baseUrl: string;
  operations: OperationItem[];
  /** The operation's slice, with the configured environments as its servers. */
  document: OpenAPIDocument;
  proxyUrl: string;
}

/** The playground with the panel's context; what it derives from the document loads with it, not with the page. */
export function OpenAPITryItPanel({ endpoint, baseUrl, operations, document, proxyUrl }: OpenAPITryItPanelProps) {
  const context = useMemo(() => ({ ...endpoint, baseUrl, credentials: credentialParameters(document) }), [endpoint, baseUrl, document]);
  const payload = useMemo(() => ({ bundled: withEncodedPathParameters(document) as never, proxyUrl }), [document, proxyUrl]);
  // what the panel sends reads the operation's schemes outside React (fetch-options.ts)
  useEffect(() => {
    setCredentialSchemes({ security: endpoint.security, tokenField: endpoint.tokenField });
    return () => setCredentialSchemes(undefined);
  }, [endpoint]);
  return (
    <TryItProvider value={context}>
      <OpenAPITryIt document="wingfield" operations={operations} payload={payload} />
    </TryItProvider>
  );
}
