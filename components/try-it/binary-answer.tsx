'use client';
import { useEffect, useState } from 'react';
import type { AnswerKind } from '@/lib/try-it/answer-kind';
import { downloadName, parseContentDisposition } from '@/lib/try-it/content-disposition';
import { formatSize } from '@/lib/proxy/proxy-limits';

export interface BinaryAnswerProps {
  kind: Exclude<AnswerKind, { kind: 'text' }>;
  body: ArrayBuffer;
  headers: Headers;
}

/** A blob URL of these bytes while the component shows them, revoked when it no longer does. */
function useBlobUrl(body: ArrayBuffer, type: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const created = URL.createObjectURL(new Blob([body], { type }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL holds the bytes until revoked: it is made when shown (twice under StrictMode), not during render
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [body, type]);
  return url;
}

/**
 * "Download" for an answer that is a file, named as the API's `Content-Disposition` suggests,
 * made safe. The download's bytes are typed `application/octet-stream`: opened rather than
 * saved, a blob URL is a page of this site, and an HTML or SVG answer must not become one.
 */
export function DownloadAnswer({ body, headers, mediaType }: { body: ArrayBuffer; headers: Headers; mediaType: string }) {
  const url = useBlobUrl(body, 'application/octet-stream');
  const name = downloadName(headers, mediaType);
  return (
    <p className="m-0 flex flex-wrap items-center gap-2">
      <a
        href={url}
        download={name}
        aria-disabled={!url}
        className="rounded-md border px-2 py-1 text-xs font-medium no-underline hover:bg-fd-accent"
      >
        Download
      </a>
      <span className="font-mono text-xs break-all text-fd-muted-foreground">
        {name} ({formatSize(body.byteLength)})
      </span>
    </p>
  );
}

function ImagePreview({ body, mediaType }: { body: ArrayBuffer; mediaType: string }) {
  const url = useBlobUrl(body, mediaType);
  if (!url) return null;
  // eslint-disable-next-line @next/next/no-img-element -- a blob URL of bytes checked to be this image: next/image has nothing to optimise
  return <img src={url} alt={`The answer's image (${mediaType}, ${formatSize(body.byteLength)})`} className="max-h-80 w-fit max-w-full object-contain" />;
}

/** An answer that is not text: the image itself for PNG, JPEG, GIF and WebP, whose bytes were checked, and "Download". */
export function BinaryAnswer({ kind, body, headers }: BinaryAnswerProps) {
  return (
    <div role="group" aria-label="Response body" className="flex flex-col gap-2 rounded-lg border bg-fd-secondary p-3 text-xs">
      {kind.kind === 'image' ? (
        <ImagePreview body={body} mediaType={kind.mediaType} />
      ) : (
        <p className="m-0">
          A file of {formatSize(body.byteLength)} ({kind.mediaType}).{kind.note ? ` ${kind.note}` : ''}
        </p>
      )}
      <DownloadAnswer body={body} headers={headers} mediaType={kind.mediaType} />
    </div>
  );
}

/**
 * What the response view adds for an answer's file: the preview and "Download" of one that is
 * not text, and "Download" beside a text answer that the API sends as an attachment (a CSV
 * export): text stays text.
 */
export function AnswerFile({ kind, body, headers }: { kind: AnswerKind; body: ArrayBuffer; headers: Headers }) {
  if (body.byteLength === 0) return null;
  if (kind.kind !== 'text') return <BinaryAnswer kind={kind} body={body} headers={headers} />;
  const disposition = parseContentDisposition(headers.get('x-upstream-content-disposition'));
  if (disposition.type !== 'attachment' && disposition.filename === undefined) return null;
  return <DownloadAnswer body={body} headers={headers} mediaType={kind.mediaType} />;
}
