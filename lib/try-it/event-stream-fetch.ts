import { isEventStream } from '../proxy/event-stream';

/** A `text/event-stream` answer being read: its body, and the way to stop it. */
export interface LiveEventStream {
  body: ReadableStream<Uint8Array>;
  /** Aborts the request: the browser closes the connection, and the proxy aborts its request to the API. */
  stop: () => void;
  /** Aborted by `stop`: the body's read ends with it. */
  signal: AbortSignal;
}

/** Requests the panel sends (marked by its `onRequestInit`): the only ones whose streams are taken apart. */
const panelRequests = new WeakSet<RequestInit>();
/** The stream of each answer handed on, found from the answer's headers, which the playground passes to its result view. */
const liveStreams = new WeakMap<Headers, LiveEventStream>();

/** Marks a request as the panel's: an event stream it answers is shown as it arrives. */
export function markPanelRequest<T extends RequestInit>(init: T): T {
  panelRequests.add(init);
  return init;
}

/** The stream behind an answer whose body was handed to the stream view, or none. */
export function eventStreamOf(headers: Headers): LiveEventStream | undefined {
  return liveStreams.get(headers);
}

/**
 * Wraps `fetch` so that a panel request answered with `text/event-stream` resolves as soon as
 * its headers arrive, with an empty body, while its real body goes to the stream view
 * ({@link eventStreamOf}). fumadocs' playground reads a whole body before it shows anything and
 * aborts at its own timeout; for a stream, that timeout covers only the wait for the headers,
 * and the stream then runs until the API ends it, the reader stops it, or the proxy's time limit.
 * Every other request passes through untouched.
 */
export function createEventStreamFetch(fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    if (!init || !panelRequests.has(init)) return fetchImpl(input, init);
    const controller = new AbortController();
    const timeout = init.signal;
    const onTimeout = () => controller.abort(timeout?.reason);
    if (timeout?.aborted) onTimeout();
    else timeout?.addEventListener('abort', onTimeout, { once: true });
    const response = await fetchImpl(input, { ...init, signal: controller.signal });
    if (!response.body || !isEventStream(response.headers.get('content-type'))) return response;
    timeout?.removeEventListener('abort', onTimeout);
    const shown = new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
    // a constructed answer has no URL, and the history records the one the request went to
    Object.defineProperty(shown, 'url', { value: response.url });
    liveStreams.set(shown.headers, {
      body: response.body,
      stop: () => controller.abort(new DOMException('Stopped by the reader', 'AbortError')),
      signal: controller.signal,
    });
    return shown;
  };
}

let installed: { original: typeof fetch; wrapped: typeof fetch; users: number } | undefined;

/**
 * Installs the wrapper as the page's `fetch`, which fumadocs' playground calls, for as long as a
 * panel is open; returns what uninstalls it. The playground takes no fetch of its own.
 */
export function installEventStreamFetch(): () => void {
  if (!installed) {
    const original = globalThis.fetch;
    const wrapped = createEventStreamFetch(original.bind(globalThis));
    installed = { original, wrapped, users: 0 };
    globalThis.fetch = wrapped;
  }
  installed.users++;
  let done = false;
  return () => {
    if (done || !installed) return;
    done = true;
    installed.users--;
    // a later wrapper of someone else's stays in place, and ours under it keeps passing through
    if (installed.users === 0 && globalThis.fetch === installed.wrapped) {
      globalThis.fetch = installed.original;
      installed = undefined;
    }
  };
}
