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

/**
 * The header that gives each stream the mark its closing comment will carry: an API can write
 * the comment's words, but not the mark, which the proxy draws for each stream and never sends
 * upstream (a header of this name from the API is dropped with the proxy's others).
 */
export const streamMarkHeader = 'X-Proxy-Stream-Mark';

export function streamTimeLimitEnd(timeoutMs: number, mark: string): Uint8Array {
  return new TextEncoder().encode(`\n: ${streamTimeLimitComment} (${formatDuration(timeoutMs)}) ${mark}\n\n`);
}

/** Whether a comment of a stream is the proxy's own closing comment, with the mark it gave that stream. */
export function isStreamTimeLimitComment(comment: string, mark: string | null | undefined): boolean {
  const text = comment.trim();
  return !!mark && text.startsWith(streamTimeLimitComment) && text.endsWith(` ${mark}`);
}
