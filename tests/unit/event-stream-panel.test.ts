import { describe, expect, it } from 'vitest';
import { buildApiModel } from '@/lib/endpoints/build-api-model';
import { loadDocument } from '@/lib/openapi/load-document';
import { createEventStreamFetch, eventStreamOf, markPanelRequest } from '@/lib/try-it/event-stream-fetch';
import { appendEvent, describeStream, emptyEventLog, streamMatches, type EventLog } from '@/lib/try-it/event-stream-log';
import { watchEventStream } from '@/lib/try-it/event-stream-watch';
import { collectValidatorSchemas, eventKey, responseKey } from '@/lib/try-it/validator-schemas';

const encoder = new TextEncoder();

/** An API that answers headers at once and then holds its body open until told, as a stream does. */
function streamingApi(contentType = 'text/event-stream') {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const calls: { signal?: AbortSignal | null }[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ signal: init?.signal });
    init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
    const response = new Response(body, { status: 200, headers: { 'content-type': contentType } });
    Object.defineProperty(response, 'url', { value: 'http://127.0.0.1/api/proxy?url=x' });
    return response;
  }) as typeof fetch;
  return { fetchImpl, calls, send: (text: string) => controller.enqueue(encoder.encode(text)), end: () => controller.close() };
}

describe('the fetch the playground uses', () => {
  it("answers a panel request with an event stream as soon as the headers arrive, and hands the body to the stream view", async () => {
    const api = streamingApi();
    const response = await createEventStreamFetch(api.fetchImpl)('http://127.0.0.1/api/proxy', markPanelRequest({ method: 'GET' }));
    // fumadocs reads the body whole: it is empty, and does not wait for the stream
    expect(await response.arrayBuffer()).toHaveProperty('byteLength', 0);
    expect(response.status).toBe(200);
    expect(response.url).toBe('http://127.0.0.1/api/proxy?url=x');
    const live = eventStreamOf(response.headers)!;
    const reader = live.body.getReader();
    api.send('data: 1\n\n');
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: 1\n\n');
  });

  it("keeps fumadocs' timeout for the wait for the headers, and not for the stream after them", async () => {
    const api = streamingApi();
    const timeout = new AbortController();
    const response = await createEventStreamFetch(api.fetchImpl)('http://127.0.0.1/', markPanelRequest({ signal: timeout.signal }));
    const live = eventStreamOf(response.headers)!;
    timeout.abort(new DOMException('timed out', 'TimeoutError'));
    expect(live.signal.aborted).toBe(false);
    const reader = live.body.getReader();
    api.send('data: late\n\n');
    expect((await reader.read()).done).toBe(false);

    // before the headers, the timeout still ends the request
    const slow = streamingApi();
    const early = new AbortController();
    early.abort(new DOMException('timed out', 'TimeoutError'));
    await createEventStreamFetch(slow.fetchImpl)('http://127.0.0.1/', markPanelRequest({ signal: early.signal }));
    expect(slow.calls[0]!.signal!.aborted).toBe(true);
  });

  it('Stop aborts the request itself, which the browser turns into a closed connection', async () => {
    const api = streamingApi();
    const response = await createEventStreamFetch(api.fetchImpl)('http://127.0.0.1/', markPanelRequest({}));
    const live = eventStreamOf(response.headers)!;
    live.stop();
    expect(api.calls[0]!.signal!.aborted).toBe(true);
    await expect(live.body.getReader().read()).rejects.toThrow();
  });

  it("leaves other requests and other answers as they are", async () => {
    const json = streamingApi('application/json');
    const wrapped = createEventStreamFetch(json.fetchImpl);
    const answer = await wrapped('http://127.0.0.1/', markPanelRequest({}));
    expect(eventStreamOf(answer.headers)).toBeUndefined();
    json.send('{}');
    json.end();
    expect(await answer.text()).toBe('{}');

    // not the panel's: the page's own fetches are not touched, streams included
    const stream = streamingApi();
    const unmarked = await createEventStreamFetch(stream.fetchImpl)('http://127.0.0.1/', {});
    expect(eventStreamOf(unmarked.headers)).toBeUndefined();
    expect(stream.calls[0]!.signal).toBeUndefined();
  });
});

const event = (data: string, matches?: boolean) => ({ data, ...(matches !== undefined && { conformance: { matches, mismatches: [] } }) });

describe('the events the panel keeps of a stream', () => {
  it('keeps the last ones only, counts all, and says so', () => {
    let log: EventLog = emptyEventLog;
    for (let n = 1; n <= 7; n++) log = appendEvent(log, event(String(n), n !== 4), 3);
    expect(log.events.map((e) => [e.number, e.data])).toEqual([
      [5, '5'],
      [6, '6'],
      [7, '7'],
    ]);
    expect(log.total).toBe(7);
    expect(streamMatches(log)).toBe(false);
    expect(describeStream(log, { reason: 'ended' })).toBe('Ended by the API after 7 events. Showing the last 3; the 4 events before them are not kept.');
  });

  it('says how the stream ended, or that it is still streaming', () => {
    const one = appendEvent(emptyEventLog, event('x'));
    expect(describeStream(one, undefined)).toBe('Streaming: 1 event so far.');
    expect(describeStream(one, { reason: 'stopped' })).toBe('Stopped by you after 1 event.');
    expect(describeStream(one, { reason: 'time-limit', note: 'the try-it proxy ended this stream at its time limit (15 s)' })).toBe(
      "Ended at the proxy's time limit (15 s) after 1 event.",
    );
    expect(describeStream(emptyEventLog, { reason: 'failed', message: 'network error' })).toBe('Broke off after 0 events: network error.');
    expect(streamMatches(one)).toBeUndefined();
    expect(streamMatches(appendEvent(one, event('y', true)))).toBe(true);
  });
});

describe('watching a stream', () => {
  it('reads it once for however many views, reports its end, and stops it when the last view goes', async () => {
    const api = streamingApi();
    const response = await createEventStreamFetch(api.fetchImpl)('http://127.0.0.1/', markPanelRequest({}));
    const live = eventStreamOf(response.headers)!;
    let ended: string | undefined;
    let created = 0;
    const options = () => (created++, { onEnd: ({ end }: { end: { reason: string } }) => void (ended = end.reason) });
    const watch = watchEventStream(live, options);
    expect(watchEventStream(live, options)).toBe(watch);
    expect(created).toBe(1);

    let updates = 0;
    const unsubscribe = watch.subscribe(() => updates++);
    api.send('event: tick\nid: 1\ndata: {"n":1}\n\n');
    await expect.poll(() => watch.getSnapshot().log.total).toBe(1);
    expect(watch.getSnapshot().log.events[0]).toMatchObject({ event: 'tick', id: '1', data: '{"n":1}', number: 1 });
    expect(updates).toBeGreaterThan(0);

    // a remount in the same turn keeps it going
    unsubscribe();
    const again = watch.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(live.signal.aborted).toBe(false);
    again();
    await expect.poll(() => live.signal.aborted).toBe(true);
    await expect.poll(() => ended).toBe('stopped');
  });
});

describe('the schema of each event', () => {
  it("is the stream's own schema in a 3.1 document, read like an answer", () => {
    const model = buildApiModel(loadDocument('tests/fixtures/streams/event-streams.yaml'));
    const schemas = collectValidatorSchemas(model);
    expect(schemas[eventKey('streamTicks', '200')]).toBe('#/paths/~1ticks/get/responses/200/content/text~1event-stream/schema');
    expect(schemas[responseKey('streamTicks', '200')]).toBe(schemas[eventKey('streamTicks', '200')]);
  });

  it('is none for a JSON answer', () => {
    const schemas = collectValidatorSchemas(buildApiModel(loadDocument()));
    expect(Object.keys(schemas).filter((key) => key.includes(' event '))).toEqual([]);
  });
});
