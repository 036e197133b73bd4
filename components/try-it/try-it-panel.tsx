'use client';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ApiEnvironment } from '@/lib/environments';
import type { HttpMethod } from '@/lib/openapi/types';
import type { TryItPayload } from '@/lib/try-it/try-it-payload';
import { resetRequestState, useRequestState } from './request-state';
import { TryItProvider } from './try-it-context';

const OpenAPITryIt = dynamic(() => import('./openapi-try-it').then((mod) => mod.OpenAPITryIt), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-fd-muted-foreground">Loading the try-it panel…</p>,
});

export interface TryItPanelProps {
  /** The operation's slice of the document and its contract, as JSON. */
  payloadUrl: string;
  proxyUrl: string;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Focuses the panel's Send button once the panel has loaded and the fields took their values
 * (they fill themselves a tick after mounting). Returns the cancel function of an effect.
 */
function focusSendWhenReady(panel: RefObject<HTMLDivElement | null>): () => void {
  let timer: ReturnType<typeof setTimeout>;
  let tries = 0;
  const attempt = () => {
    const send = panel.current?.querySelector<HTMLButtonElement>('form button[type="submit"]');
    if (send) send.focus({ preventScroll: true });
    else if (tries++ < 100) timer = setTimeout(attempt, 50);
  };
  timer = setTimeout(attempt, 10);
  return () => clearTimeout(timer);
}

/**
 * Opens the try-it panel on demand: its code and the operation's document load only then, with
 * the environments configured on the server now (`WINGFIELD_DEV_URL` is read at run time, not
 * baked into the page).
 */
export function TryItPanel({ payloadUrl, proxyUrl }: TryItPanelProps) {
  const [environments, setEnvironments] = useState<ApiEnvironment[]>();
  const [payload, setPayload] = useState<TryItPayload>();
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const { preset, fill } = useRequestState();
  const panel = useRef<HTMLDivElement>(null);
  const current = useRef(state);
  current.current = state;

  // this operation's reproduction or form must not carry over to the next page's panel
  useEffect(() => resetRequestState, []);

  async function open() {
    if (current.current === 'loading' || current.current === 'open') return;
    current.current = 'loading';
    setState('loading');
    try {
      const [loadedEnvironments, loadedPayload] = await Promise.all([
        fetchJson<ApiEnvironment[]>('/api/environments'),
        payload ?? fetchJson<TryItPayload>(payloadUrl),
      ]);
      setEnvironments(loadedEnvironments);
      setPayload(loadedPayload);
      setState('open');
    } catch {
      setState('failed');
    }
  }

  // "Try it" on an error row opens the panel with that row's request; starting or stopping a
  // reproduction leaves focus on Send, where the view went, not on a button that is gone
  useEffect(() => {
    if (!fill) return;
    if (preset && (state === 'closed' || state === 'failed')) void open();
    if (preset) panel.current?.scrollIntoView({ block: 'start' });
    return focusSendWhenReady(panel);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fill?.id]);

  // a shared link (`#try-it=…`, read by the panel's own code) opens the panel, on arrival or when pasted later
  useEffect(() => {
    const openForLink = () => {
      if (!window.location.hash.startsWith('#try-it=')) return;
      void open();
      panel.current?.scrollIntoView({ block: 'start' });
    };
    openForLink();
    window.addEventListener('hashchange', openForLink);
    return () => window.removeEventListener('hashchange', openForLink);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // opened with the button: the button is gone, focus goes into the panel
  useEffect(() => {
    if (state === 'open' && !fill) return focusSendWhenReady(panel);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  // the same props while the panel is open: new ones would make the playground reset its form to the
  // example on every change of the request state, undoing a loaded link or history entry
  const panelProps = useMemo(() => {
    if (!environments || !payload) return undefined;
    const { target } = payload.endpoint;
    const servers = environments.map((environment) => ({
      url: environment.baseUrl,
      name: environment.label,
      description: environment.label,
    }));
    return {
      context: { ...payload.endpoint, baseUrl: servers[0]?.url ?? '' },
      operations: [{ path: target.path, method: target.method.toLowerCase() as HttpMethod }],
      payload: { bundled: { ...payload.document, servers } as never, proxyUrl },
    };
  }, [environments, payload, proxyUrl]);

  if (state !== 'open' || !panelProps) {
    return (
      <div ref={panel} className="needs-js not-prose flex flex-wrap items-center gap-3 rounded-xl border bg-fd-card p-3 text-sm">
        <button
          type="button"
          onClick={open}
          disabled={state === 'loading'}
          className="rounded-md bg-fd-primary px-3 py-1.5 font-medium text-fd-primary-foreground disabled:opacity-60"
        >
          {state === 'loading' ? 'Opening…' : 'Try it'}
        </button>
        <span className="text-fd-muted-foreground">
          {state === 'failed'
            ? 'The panel could not load its environments or this endpoint\'s description from this site. Check your connection and try again.'
            : 'Send this request to the dev environment with your API token.'}
        </span>
      </div>
    );
  }

  return (
    <TryItProvider value={panelProps.context}>
      <div ref={panel} role="region" aria-label="Try it" className="try-it-panel not-prose scroll-mt-24">
        <OpenAPITryIt document="wingfield" operations={panelProps.operations} payload={panelProps.payload} />
      </div>
    </TryItProvider>
  );
}
