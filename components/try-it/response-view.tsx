'use client';
import { useEffect, useId, useMemo } from 'react';
import type { ResultDisplayProps } from 'fumadocs-openapi/playground/client';
import { useRenderContext } from 'fumadocs-openapi/ui';
import { answerKind } from '@/lib/try-it/answer-kind';
import { checkConformance, documentedStatus } from '@/lib/try-it/check-conformance';
import { streamMarkHeader } from '@/lib/proxy/event-stream';
import { eventStreamOf } from '@/lib/try-it/event-stream-fetch';
import { streamMatches } from '@/lib/try-it/event-stream-log';
import { watchEventStream } from '@/lib/try-it/event-stream-watch';
import { explainNetworkFailure, explainResponse } from '@/lib/try-it/explain-response';
import { eventKey } from '@/lib/try-it/validator-schemas';
import { StatusBadge } from '../endpoint/status-badge';
import { AnswerFile } from './binary-answer';
import { ConformanceBadge } from './conformance-badge';
import { EventStreamView } from './event-stream-view';
import { finishHistoryEntry, holdHistoryEntry } from './history-recorder';
import { ResponseExplanation } from './response-explanation';
import { useTryIt } from './try-it-context';
import { useValidation } from './validation-context';

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function upstreamMs(headers: Headers): string | undefined {
  const match = /upstream;dur=([\d.]+)/.exec(headers.get('server-timing') ?? '');
  return match ? `${Math.round(Number(match[1]))} ms` : undefined;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** What came back: status, time, size, headers and body, and what it means for this endpoint. */
export function ResponseView({ data, reset }: ResultDisplayProps) {
  const { contract, key, statuses, documentedFields } = useTryIt();
  const { validators } = useValidation();
  const { proxyUrl } = useRenderContext();
  const live = data.type === 'response' ? eventStreamOf(data.headers) : undefined;
  // a stream goes into the history when it ends, as a whole answer does when it arrives, and
  // like it without its body: not one of its events is kept there
  const stream = useMemo(() => {
    if (!live || data.type !== 'response') return undefined;
    const status = documentedStatus(data.status, statuses);
    const validate = status === undefined ? undefined : validators?.[eventKey(key, status)];
    const watch = watchEventStream(live, () => {
      const enter = holdHistoryEntry();
      return {
        validate,
        timeLimitMark: data.headers.get(streamMarkHeader),
        onEnd: ({ log }) => enter({ url: data.url, proxyUrl, status: data.status, matches: streamMatches(log) }),
      };
    });
    return { watch, checked: validate !== undefined };
  }, [live, data, statuses, validators, key, proxyUrl]);
  const view = useMemo(() => {
    if (data.type === 'client_error') {
      return { explanation: explainNetworkFailure(data.message), result: undefined, conformance: undefined };
    }
    // a file (a PDF, an image) is not text to explain or JSON to check: only its status is
    const kind = answerKind(data.headers.get('content-type'), new Uint8Array(data.body));
    const text = kind.kind === 'text' ? new TextDecoder().decode(data.body) : '';
    const proxied = data.headers.has('x-proxy-error');
    return {
      explanation: explainResponse({ status: data.status, headers: data.headers, text }, contract),
      // a refusal by the proxy is not an answer of the API: nothing to compare; a stream's events are compared one by one
      conformance:
        validators && !proxied && !live
          ? checkConformance(
              { status: data.status, contentType: data.headers.get('content-type') ?? '', body: parse(text), text },
              key,
              statuses,
              kind.kind === 'text' ? validators : {},
              documentedFields,
            )
          : undefined,
      result: { text, kind, size: data.body.byteLength, time: upstreamMs(data.headers), headers: [...data.headers.entries()] },
    };
  }, [data, contract, key, statuses, validators, documentedFields, live]);
  const { result } = view;
  const id = useId();

  // each answer once: the request that led to it goes into the history, at the URL it was sent to
  // (an answer's is the proxy's; a failure's is the target itself)
  useEffect(() => {
    if (live) return;
    finishHistoryEntry(
      data.type === 'response'
        ? { url: data.url, proxyUrl, status: data.status, matches: view.conformance?.matches }
        : { url: data.url, matches: view.conformance?.matches },
    );
  }, [data, live, view.conformance, proxyUrl]);

  return (
    <section aria-label="Response" className="flex flex-col gap-3 border-t p-3 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        {data.type === 'response' && <StatusBadge status={data.status} />}
        {result?.time && <span>Time: {result.time}</span>}
        {result && !live && <span>Size: {formatSize(result.size)}</span>}
        <button type="button" onClick={reset} className="ms-auto rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
          Clear response
        </button>
      </div>
      {/* two questions, answered apart: did the request work, and is the answer the documented one */}
      <div className="flex flex-col gap-1">
        <h4 id={`${id}-request`} className="m-0 text-xs font-semibold uppercase tracking-wide text-fd-muted-foreground">
          Your request
        </h4>
        <ResponseExplanation explanation={view.explanation} labelledBy={`${id}-request`} />
      </div>
      {view.conformance && (
        <div role="group" aria-labelledby={`${id}-answer`} className="flex flex-col gap-1">
          <h4 id={`${id}-answer`} className="m-0 text-xs font-semibold uppercase tracking-wide text-fd-muted-foreground">
            The answer against the documentation
          </h4>
          <ConformanceBadge conformance={view.conformance} status={data.type === 'response' ? data.status : undefined} />
        </div>
      )}
      {stream && (
        <div role="group" aria-labelledby={`${id}-events`} className="flex flex-col gap-1">
          <h4 id={`${id}-events`} className="m-0 text-xs font-semibold uppercase tracking-wide text-fd-muted-foreground">
            Events, each against the documentation
          </h4>
          <EventStreamView watch={stream.watch} checked={stream.checked} />
        </div>
      )}
      {result?.text && (
        // it scrolls: it takes focus so that keyboard users can scroll it, named for screen readers
        <div
          tabIndex={0}
          role="group"
          aria-label="Response body"
          className="max-h-96 overflow-auto rounded-lg border bg-fd-secondary p-3 text-xs focus-visible:ring-2 focus-visible:ring-fd-ring focus-visible:outline-none"
        >
          <pre className="m-0">
            <code>{pretty(result.text)}</code>
          </pre>
        </div>
      )}
      {result && data.type === 'response' && <AnswerFile kind={result.kind} body={data.body} headers={data.headers} />}
      {result && (
        <details>
          <summary className="cursor-pointer">Headers ({result.headers.length})</summary>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 font-mono text-xs">
            {result.headers.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="text-fd-muted-foreground">{name}</dt>
                <dd className="m-0 break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
