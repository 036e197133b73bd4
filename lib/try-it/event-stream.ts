import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { isStreamTimeLimitComment } from '../proxy/event-stream';
import type { Conformance } from './check-conformance';
import type { CompiledValidator } from './compiled-validator';
import { describeIssue, issuePointer } from './validate-request';

/** One event as the panel shows it: its name, id and data, and whether its data is the documented one. */
export interface StreamEvent {
  event?: string;
  id?: string;
  data: string;
  conformance?: Conformance;
}

/** Why a stream ended: the API ended it, the reader stopped it, the proxy's time limit, or a failure. */
export type StreamEnd = { reason: 'ended' } | { reason: 'stopped' } | { reason: 'time-limit'; note: string } | { reason: 'failed'; message: string };

export interface EventStreamReaderOptions {
  onEvent: (event: StreamEvent) => void;
  onEnd: (end: StreamEnd) => void;
  /** The schema of each event's data (`itemSchema`, else the response's); none: nothing to check. */
  validate?: CompiledValidator;
  /** Aborted by "Stop": the read ends, and so does the request, up to the API. */
  signal: AbortSignal;
  /** The proxy's `X-Proxy-Stream-Mark`: only a closing comment with it says the proxy's time limit ended the stream. */
  timeLimitMark?: string | null;
}

/**
 * Each event's data against its schema: the data as JSON where it parses, else as the text it
 * is (a schema of `type: string`), marked like a whole answer.
 */
export function checkEventData(data: string, validate: CompiledValidator): Conformance {
  let value: unknown = data;
  try {
    value = JSON.parse(data);
  } catch {
    // not JSON: checked as text
  }
  if (validate(value)) return { matches: true, mismatches: [] };
  return { matches: false, mismatches: (validate.errors ?? []).map((issue) => ({ pointer: issuePointer(issue) || '/', message: describeIssue(issue) })) };
}

/** Reads a `text/event-stream` body event by event, as it arrives, until it ends or is stopped. */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  { onEvent, onEnd, validate, signal, timeLimitMark }: EventStreamReaderOptions,
): Promise<void> {
  let timeLimit: string | undefined;
  const parser = createParser({
    onEvent: (message: EventSourceMessage) =>
      onEvent({ event: message.event, id: message.id, data: message.data, ...(validate && { conformance: checkEventData(message.data, validate) }) }),
    onComment: (comment) => {
      if (isStreamTimeLimitComment(comment, timeLimitMark)) timeLimit = comment.trim();
    },
  });
  const reader = body.getReader();
  // a character may be cut between two chunks
  const decoder = new TextDecoder();
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      parser.feed(decoder.decode(chunk.value, { stream: true }));
    }
    if (signal.aborted) onEnd({ reason: 'stopped' });
    else onEnd(timeLimit ? { reason: 'time-limit', note: timeLimit } : { reason: 'ended' });
  } catch (error) {
    onEnd(signal.aborted ? { reason: 'stopped' } : { reason: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
