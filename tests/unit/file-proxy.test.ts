import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProxy, type ProxyOperation } from '@/lib/proxy/create-proxy';

/** What reached the API: its headers and the body's bytes, as they arrived. */
interface Arrived {
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), Buffer.from('\n%%EOF\n')]);
let server: Server;
let origin = '';
const arrived: Arrived[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      arrived.push({ headers: request.headers, body: Buffer.concat(chunks) });
      if (request.url === '/statement') {
        response
          .writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="statement-2026-11.pdf"' })
          .end(pdf);
      } else response.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());
beforeEach(() => {
  arrived.length = 0;
});

const operations: ProxyOperation[] = [
  { method: 'POST', path: '/documents' },
  { method: 'PUT', path: '/raw' },
  { method: 'GET', path: '/statement' },
];
const proxy = createProxy({ environments: () => [{ origin, basePath: '', trusted: true }], operations });
const call = (path: string, init: RequestInit = {}) => new Request(`http://docs.local/api/proxy?url=${encodeURIComponent(`${origin}${path}`)}`, init);

/** Every byte value, and bytes that are no UTF-8 at all: text decoding anywhere on the way would change them. */
const allBytes = Uint8Array.from({ length: 512 }, (_, index) => (index * 7) % 256);

describe('the proxy passes files byte for byte', () => {
  it('forwards a multipart upload of two files with its boundary, unchanged', async () => {
    const form = new FormData();
    form.append('documents', new File([allBytes], 'scan one.png', { type: 'image/png' }));
    form.append('documents', new File([Uint8Array.from([0xff, 0xfe, 0x00, 0xc3])], 'notes.bin'));
    form.append('caption', 'Névé — two files');
    // the bytes and Content-Type a browser sends for this form
    const sent = new Request('http://docs.local/', { method: 'POST', body: form });
    const contentType = sent.headers.get('content-type')!;
    const bytes = Buffer.from(await sent.arrayBuffer());
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);

    const response = await proxy(call('/documents', { method: 'POST', headers: { 'Content-Type': contentType }, body: new Uint8Array(bytes) }));
    expect(response.status).toBe(201);
    expect(arrived).toHaveLength(1);
    expect(arrived[0].headers['content-type']).toBe(contentType);
    expect(arrived[0].body.equals(bytes)).toBe(true);
    // and the API reads back the same two files with their names
    const received = await new Request('http://api.local/', { method: 'POST', headers: { 'Content-Type': contentType }, body: new Uint8Array(arrived[0].body) }).formData();
    const files = received.getAll('documents') as File[];
    expect(files.map((file) => file.name)).toEqual(['scan one.png', 'notes.bin']);
    expect(Buffer.from(await files[0].arrayBuffer()).equals(Buffer.from(allBytes))).toBe(true);
    expect(received.get('caption')).toBe('Névé — two files');
  });

  it('forwards an octet-stream body that is no text, unchanged', async () => {
    const response = await proxy(call('/raw', { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: allBytes }));
    expect(response.status).toBe(201);
    expect(arrived[0].headers['content-type']).toBe('application/octet-stream');
    expect(arrived[0].body.equals(Buffer.from(allBytes))).toBe(true);
  });

  it("passes a PDF answer's bytes on, with its Content-Disposition for the panel and not for the browser", async () => {
    const response = await proxy(call('/statement'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('x-upstream-content-disposition')).toBe('attachment; filename="statement-2026-11.pdf"');
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
  });
});

describe('a body over the limit', () => {
  it('is refused with its size and the limit when its Content-Length says it, and nothing is sent', async () => {
    const body = new Uint8Array(Math.round(2.5 * 1024 * 1024));
    const response = await proxy(call('/raw', { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.byteLength) }, body }));
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as { error: { type: string; message: string } };
    expect(error.type).toBe('proxy_body_too_large');
    expect(error.message).toBe('The request body is 2.5 MiB; the try-it proxy sends at most 1 MiB (files included), so nothing was sent.');
    expect(arrived).toEqual([]);
  });

  it('is refused once it grows past the limit when no length was declared, and nothing is sent', async () => {
    const chunk = new Uint8Array(256 * 1024);
    let pushed = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pushed++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await proxy(call('/raw', { method: 'PUT', body: stream, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toBe('The request body is larger than 1 MiB, the most the try-it proxy sends (files included); nothing was sent.');
    expect(arrived).toEqual([]);
  });
});
