/** Thrown when a body is longer than its limit; nothing past the limit has been read. */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    what = 'body',
  ) {
    super(`${what} exceeds ${limit} bytes`);
  }
}

/**
 * Reads a body stream into memory, stopping as soon as it grows past `limit` bytes, or when
 * `signal` aborts (then it rejects with the signal's reason).
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number, signal?: AbortSignal): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  signal?.throwIfAborted();
  const reader = body.getReader();
  // a stalled sender never settles read(): cancelling the reader does
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLargeError(limit);
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export interface LimitedStreamOptions {
  /** Called once when the stream ends in any way: read to the end, cut at the limit, failed, cancelled or aborted. */
  onEnd?: () => void;
  /** Ends the stream (an error) even while nobody reads it: a reader that stalls holds nothing past it. */
  signal?: AbortSignal;
  /**
   * Ends the stream cleanly instead, after `last`, when `signal` aborts: a stream of events that
   * reaches the time limit is over, not broken.
   */
  endOn?: { signal: AbortSignal; last: Uint8Array };
}

/**
 * Passes a body on chunk by chunk while counting it, instead of holding it in memory. Past
 * `limit` bytes it stops reading the source and errors the stream with a
 * {@link BodyTooLargeError}: the receiver sees the transfer break off rather than a shorter body
 * that looks complete.
 */
export function limitedStream(
  body: ReadableStream<Uint8Array>,
  limit: number,
  { onEnd, signal, endOn }: LimitedStreamOptions = {},
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    signal?.removeEventListener('abort', onAbort);
    onEnd?.();
  };
  let abort: (reason: unknown) => void = () => undefined;
  function onAbort() {
    abort(signal?.reason);
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      abort = (reason) => {
        if (ended) return;
        end();
        void reader.cancel(reason).catch(() => undefined);
        if (endOn?.signal.aborted) {
          controller.enqueue(endOn.last);
          controller.close();
        } else controller.error(reason);
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    },
    async pull(controller) {
      if (ended) return;
      try {
        const { done, value } = await reader.read();
        // aborted while this read was pending: the stream has already errored
        if (ended) return;
        if (done) {
          end();
          controller.close();
          return;
        }
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel().catch(() => undefined);
          end();
          // what the server's log shows for the transfer it breaks off
          controller.error(new BodyTooLargeError(limit, "the API's answer was cut off by the try-it proxy: it"));
          return;
        }
        controller.enqueue(value);
      } catch (error) {
        end();
        controller.error(error);
      }
    },
    async cancel(reason) {
      end();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}
