'use client';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { CodeFrame } from '../code-frame';
import { Tab, Tabs } from '../tabs';
import { resolveServerUrl } from '@fumadocs/api-docs/utils/url';
import { useOperationContext, useServerContext } from 'fumadocs-openapi/ui';
import { createCodeSamples } from '@/lib/endpoints/code-samples';
import type { JsonValue } from '@/lib/openapi/types';
import { maskToken } from '@/lib/api-token-store';
import { getCredential, getCredentialsVersion, subscribeCredentials } from '@/lib/credential-store';
import { sampleCredentials } from '@/lib/try-it/apply-credentials';
import { chosenSchemes, useCredentialChoice } from './credential-choice';
import { malformedToken, useRequestState } from './request-state';
import { useApiToken } from './use-api-token';
import { useTryIt } from './try-it-context';

interface PanelValues {
  path?: Record<string, unknown>;
  query?: Record<string, string[]>;
  header?: Record<string, string>;
  cookie?: Record<string, string>;
  body?: JsonValue;
}

function toStrings(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
}

function toStringLists(record: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(record)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== null && v !== '');
    if (values.length > 0) out[key] = values.map(String);
  }
  return out;
}

/**
 * The page's eight languages for the request the panel will send: its path encoded as it goes,
 * its query, header and cookie parameters, body and environment, never the proxy. The token is
 * masked unless the user reveals it; without one, each scheme's own placeholder shows. The tabs
 * share the page's language (`groupId`): choosing one here chooses it in the page's samples.
 */
export function LiveCodeSamples() {
  const { target, tokenField, security } = useTryIt();
  const { addListener, removeListener } = useOperationContext();
  const { server, servers } = useServerContext();
  const { token } = useApiToken();
  const reproducedToken = useRequestState().preset?.token;
  const [values, setValues] = useState<PanelValues>({});
  const [reveal, setReveal] = useState(false);
  const headingId = useId();
  const choice = useCredentialChoice();
  const credentialsVersion = useSyncExternalStore(subscribeCredentials, getCredentialsVersion, () => 0);
  // the schemes' credentials as the samples show them, masked unless revealed (not the profile's one token)
  const credentials = useMemo(
    () => (tokenField || !choice ? undefined : sampleCredentials(chosenSchemes(choice), getCredential, { reveal })),
    // the version stands for the stored values, which getCredential reads
    // eslint-disable-next-line react-hooks/exhaustive-deps -- credentialsVersion changes with every stored value
    [tokenField, choice, reveal, credentialsVersion],
  );
  const hasCredential = tokenField ? !!token : Object.keys(credentials ?? {}).length > 0;

  useEffect(() => {
    const listener: Parameters<typeof addListener>[0] = (data) =>
      setValues({
        // as the panel sends them: an empty value is an empty segment, not the example
        path: data.path,
        query: toStringLists(data.query),
        header: toStrings(data.header),
        cookie: toStrings(data.cookie),
        body: target.bodyContentType ? (data.body as JsonValue) : undefined,
      });
    addListener(listener);
    return () => removeListener(listener);
  }, [addListener, removeListener, target.bodyContentType]);

  // the template with the variables chosen in the panel: the URL the request goes to
  const serverUrl = server ? resolveServerUrl(server.url, server.variables ?? {}) : '';
  const samples = useMemo(
    () =>
      // while reproducing a token error, the samples send what the panel sends
      createCodeSamples(reproducedToken === 'none' ? { ...target, requiresAuth: false } : target, {
        baseUrl: serverUrl,
        // the profile's one token, masked unless revealed; without one, each scheme's own placeholder
        // (a bearer scheme's may differ from the token field's); the schemes' credentials are `credentials`
        token: reproducedToken === 'malformed' ? malformedToken : tokenField && token ? (reveal ? token : maskToken(token)) : undefined,
        path: values.path,
        query: values.query,
        header: values.header,
        cookie: values.cookie,
        body: values.body,
        ...(choice && !tokenField ? { alternative: choice.alternative, credentials } : {}),
      }),
    [target, serverUrl, token, reveal, values, reproducedToken, choice, tokenField, credentials],
  );

  // the page's static samples show the document's server; these, the environment actually used
  const environment = server && (servers?.find((candidate) => candidate.url === server.url)?.name ?? server.name);

  return (
    <section aria-labelledby={headingId} className="border-t p-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="m-0 text-sm font-medium">
          This request as code
        </h3>
        {/* an operation that takes no credentials has nothing to reveal */}
        {security.alternatives.length > 0 && (
          <label className="inline-flex items-center gap-2 text-xs">
            <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} disabled={!hasCredential} />
            {tokenField ? 'Reveal token in samples' : 'Reveal credentials in samples'}
          </label>
        )}
      </div>
      {server && (
        <p className="m-0 mt-1 text-xs text-fd-muted-foreground">
          Environment{environment ? ` (${environment})` : ''}: <code>{serverUrl}</code>
        </p>
      )}
      <Tabs items={samples.map((sample) => sample.label)} groupId="code-sample-language">
        {samples.map((sample) => (
          <Tab key={sample.id} value={sample.label}>
            <CodeFrame title={sample.label} label={`${sample.label} sample`} className="my-2">
              <pre className="px-4 text-xs">
                <code>{sample.code}</code>
              </pre>
            </CodeFrame>
          </Tab>
        ))}
      </Tabs>
    </section>
  );
}
