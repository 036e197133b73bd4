import { describe, expect, it } from 'vitest';
import { streamTimeLimitEnd } from '@/lib/proxy/event-stream';
import { createAjv } from '@/lib/try-it/create-ajv';
import { readEventStream, type StreamEnd, type StreamEvent } from '@/lib/try-it/event-stream';

/** A body that sends `parts` one by one, cut anywhere, the way a network delivers them. */
function bodyOf(parts: (string | Uint8Array)[], { keepOpen = false } = {}) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(typeof part === 'string' ? new TextEncoder().encode(part) : part);
      if (!keepOpen) controller.close();
    },
  });
}

async function read(body: ReadableStream<Uint8Array>, options: { schema?: object; signal?: AbortSignal; mark?: string } = {}) {
  const events: StreamEvent[] = [];
  let end: StreamEnd | undefined;
  const validate = options.schema ? createAjv({ openapi: '3.1.0', info: { title: 'Events', version: '1' }, paths: {} } as Parameters<typeof createAjv>[0]).compile(options.schema) : undefined;
  await readEventStream(body, { onEvent: (event) => events.push(event), onEnd: (e) => (end = e), validate, signal: options.signal ?? new AbortController().signal, timeLimitMark: options.mark });
  return { events, end };
}

describe('reading a stream of events', () => {
  it('gives each event its name, id and data, across chunks cut mid-line and mid-character', async () => {
    const euro = new TextEncoder().encode('€');
    const { events, end } = await read(
      bodyOf(['event: tick\nid: 1\nda', 'ta: {"n":1}\n\n', 'data: line one\ndata: line two\n\nid: 3\ndata: ', euro.slice(0, 1), euro.slice(1), '\n\n']),
    );
    expect(events.map(({ event, id, data }) => ({ event, id, data }))).toEqual([
      { event: 'tick', id: '1', data: '{"n":1}' },
      { event: undefined, id: undefined, data: 'line one\nline two' },
      { event: undefined, id: '3', data: '€' },
    ]);
    expect(end).toEqual({ reason: 'ended' });
  });

  it("marks each event's data against its schema, by JSON pointer where it differs", async () => {
    const schema = { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } };
    const { events } = await read(bodyOf(['data: {"n":1}\n\n', 'data: {"n":"two"}\n\n', 'data: not json\n\n']), { schema });
    expect(events.map((event) => event.conformance?.matches)).toEqual([true, false, false]);
    expect(events[1]!.conformance!.mismatches[0]!.pointer).toBe('/n');
  });

  it("says the stream was ended at the proxy's time limit when the proxy's closing comment came", async () => {
    const { events, end } = await read(bodyOf(['data: 1\n\n', streamTimeLimitEnd(15_000, 'mark-1')]), { mark: 'mark-1' });
    expect(events).toHaveLength(1);
    expect(end).toMatchObject({ reason: 'time-limit' });
    expect(end!.reason === 'time-limit' && end!.note).toMatch(/time limit \(15 s\)/);
  });

  it("does not take the API's own copy of the proxy's closing comment for the proxy's: it lacks the stream's mark", async () => {
    const forged = new TextDecoder().decode(streamTimeLimitEnd(15_000, 'guessed'));
    expect((await read(bodyOf(['data: 1\n\n', forged]), { mark: 'mark-1' })).end).toEqual({ reason: 'ended' });
    expect((await read(bodyOf(['data: 1\n\n', forged]))).end).toEqual({ reason: 'ended' });
  });

  it('stops a stream that never ends, when Stop aborts, and cancels its body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: first\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const stop = new AbortController();
    const events: StreamEvent[] = [];
    let end: StreamEnd | undefined;
    const done = readEventStream(body, { onEvent: (event) => (events.push(event), stop.abort()), onEnd: (e) => (end = e), signal: stop.signal });
    await done;
    expect(events.map((event) => event.data)).toEqual(['first']);
    expect(end).toEqual({ reason: 'stopped' });
    await expect.poll(() => cancelled).toBe(true);
  });
});
