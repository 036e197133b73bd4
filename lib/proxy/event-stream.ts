// No imports but the limits' formatting: the try-it panel reads the comment below in the browser.
import { formatDuration } from './proxy-limits';

/** `text/event-stream`, with or without parameters. */
export function isEventStream(contentType: string | null | undefined): boolean {
  return /^\s*text\/event-stream\s*(;|$)/i.test(contentType ?? '');
}

/**
 * How the proxy closes a stream of events that reaches its time limit: an event-stream comment,
 * which every reader of the format ignores, and from which the panel says why the stream ended.
 */
export const streamTimeLimitComment = 'the try-it proxy ended this stream at its time limit';

export function streamTimeLimitEnd(timeoutMs: number): Uint8Array {
  return new TextEncoder().encode(`\n: ${streamTimeLimitComment} (${formatDuration(timeoutMs)})\n\n`);
}
