'use client';
import dynamic from 'next/dynamic';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { ApiEnvironment } from '@/lib/environments';
import type { HttpMethod } from '@/lib/openapi/types';
import type { TryItPayload } from '@/lib/try-it/try-it-payload';
import { resetRequestState, useRequestState } from './request-state';

const OpenAPITryIt = dynamic(() => import('./openapi-try-it').then((mod) => mod.OpenAPITryItPanel), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-fd-muted-foreground">Loading the try-it panel…</p>,
});

export interface TryItPanelProps {
  /** The operation's slice of the document and its contract, as JSON. */
  payloadUrl: string;
  proxyUrl: string;
  /** What the closed panel offers, in the words of the operation's security (`tryItInvitation`). */
  invitation: string;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Opens the try-it panel on demand: its code and the operation's document load only then, with
 * the environments configured on the server now (`WINGFIELD_DEV_URL` is read at run time, not
 * baked into the page).
 */
export function TryItPanel({ payloadUrl, proxyUrl, invitation }: TryItPanelProps) {
  const [environments, setEnvironments] = useState<ApiEnvironment[]>();
  const [payload, setPayload] = useState<TryItPayload>();
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const { preset, fill } = useRequestState();
  // put away, not closed: the form keeps what was typed, and "Try it" shows it again at once;
  // a reproduction asked for later (a new fill) shows it again too
  const [putAwayAt, setPutAwayAt] = useState<{ fill: typeof fill }>();
  const putAway = putAwayAt !== undefined && putAwayAt.fill?.id === fill?.id;
  const tryButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // the section with its heading, which keeps clear of the sticky header (its scroll margin)
  const scrollToPanel = () => (panel.current?.closest('section') ?? panel.current)?.scrollIntoView({ block: 'start' });
  // one load at a time, whichever of the button, a reproduction or a shared link asks first
  const loading = useRef(false);

  // this operation's reproduction or form must not carry over to the next page's panel
  useEffect(() => resetRequestState, []);

  function load() {
    if (loading.current) return;
    loading.current = true;
    Promise.all([fetchJson<ApiEnvironment[]>('/api/environments'), payload ?? fetchJson<TryItPayload>(payloadUrl)]).then(
      ([loadedEnvironments, loadedPayload]) => {
        setEnvironments(loadedEnvironments);
        setPayload(loadedPayload);
        setState('open');
      },
      () => {
        loading.current = false;
        setState('failed');
      },
    );
  }

  function open() {
    setPutAwayAt(undefined);
    if (loading.current) return;
    setState('loading');
    load();
  }

  // "Try it" on an error row opens the panel with that row's request and brings it into view;
  // focus then goes to Send (see SendGuard), once the fields took their values
  const showReproduction = useEffectEvent(() => {
    if (!preset) return;
    if (state === 'closed' || state === 'failed') load();
    scrollToPanel();
  });
  const fillId = fill?.id;
  useEffect(() => {
    if (fillId !== undefined) showReproduction();
  }, [fillId]);
  // a shared link (`#try-it=…`, read by the panel's own code) opens the panel, on arrival or when pasted later
  const openForLink = useEffectEvent(() => {
    if (!window.location.hash.startsWith('#try-it=')) return;
    open();
    scrollToPanel();
  });
  useEffect(() => {
    const listener = () => openForLink();
    listener();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);

  // the same props while the panel is open: new ones would make the playground reset its form to the
  // example on every change of the request state, undoing a loaded link or history entry
  const panelProps = useMemo(() => {
    if (!environments || !payload) return undefined;
    const { target } = payload.endpoint;
    const servers = environments.map((environment) => ({
      url: environment.baseUrl,
      name: environment.label,
      description: environment.label,
      // a document's server with {variables}: the playground offers a select for an enum, a text field otherwise
      ...(environment.variables ? { variables: environment.variables } : {}),
    }));
    return {
      endpoint: payload.endpoint,
      baseUrl: servers[0]?.url ?? '',
      operations: [{ path: target.path, method: target.method.toLowerCase() as HttpMethod }],
      document: { ...payload.document, servers },
    };
  }, [environments, payload]);

  // a reproduction loads the panel from its effect: until it is there, it is opening
  const shown = preset && state === 'closed' ? 'loading' : state;

  const opened = state === 'open' && panelProps !== undefined;

  return (
    <>
      {(!opened || putAway) && (
        <div ref={opened ? undefined : panel} className="needs-js not-prose flex flex-wrap items-center gap-3 rounded-xl border bg-fd-card p-3 text-sm">
          <button
            ref={tryButton}
            type="button"
            onClick={open}
            disabled={shown === 'loading'}
            className="rounded-md bg-fd-primary px-3 py-1.5 font-medium text-fd-primary-foreground disabled:opacity-60"
          >
            {shown === 'loading' ? 'Opening…' : 'Try it'}
          </button>
          <span className="text-fd-muted-foreground">
            {shown === 'failed'
              ? 'The panel could not load its environments or this endpoint\'s description from this site. Check your connection and try again.'
              : invitation}
          </span>
        </div>
      )}
      {opened && (
        <div ref={panel} role="region" aria-label="Try it" hidden={putAway} className="try-it-panel not-prose scroll-mt-24">
          <div className="flex justify-end pb-2">
            <button
              type="button"
              onClick={() => {
                setPutAwayAt({ fill });
                // the button that brings it back takes the focus, once it is drawn
                requestAnimationFrame(() => tryButton.current?.focus());
              }}
              className="rounded-md border px-2 py-1 text-xs text-fd-muted-foreground hover:bg-fd-accent hover:text-fd-accent-foreground"
            >
              Back to the code samples
            </button>
          </div>
          <OpenAPITryIt {...panelProps} proxyUrl={proxyUrl} />
        </div>
      )}
    </>
  );
}
