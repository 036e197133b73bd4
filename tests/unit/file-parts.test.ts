import { describe, expect, it } from 'vitest';
import { answerKind } from '@/lib/try-it/answer-kind';
import { fileBodyAdapters } from '@/lib/try-it/file-adapters';
import { fileBodyOf, fileParts, fileSizeProblem, filesIn, isFileSchema, withFilesAsNames, withoutFiles } from '@/lib/try-it/file-parts';
import { validateRequest, type Validators } from '@/lib/try-it/validate-request';
import { createAjv, documentId } from '@/lib/try-it/create-ajv';
import type { OpenAPIDocument } from '@/lib/openapi/types';

const upload = {
  type: 'object',
  required: ['documents', 'caption'],
  properties: {
    documents: { type: 'array', minItems: 1, items: { type: 'string', format: 'binary' } },
    cover: { type: 'string', contentMediaType: 'image/png' },
    scan: { type: 'string', contentEncoding: 'base64' },
    avatar: { $ref: '#/components/schemas/Picture' },
    caption: { type: 'string', maxLength: 20 },
    tags: { type: 'array', items: { type: 'string' } },
    meta: { type: 'object', properties: { source: { type: 'string' } } },
  },
};

const components: Record<string, unknown> = { Picture: { type: 'string', format: 'binary' } };
const resolve = (schema: unknown) => {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref ? components[ref.split('/').pop()!] : schema;
};

describe('which parts are files', () => {
  it('format binary, contentMediaType and contentEncoding are files, with arrays of them several files', () => {
    expect(fileParts(upload, resolve)).toEqual([
      { name: 'documents', multiple: true, required: true },
      { name: 'cover', multiple: false, required: false, accept: 'image/png' },
      { name: 'scan', multiple: false, required: false },
      { name: 'avatar', multiple: false, required: false },
    ]);
  });

  it('a string that is text, a number, an object are not files', () => {
    expect(isFileSchema({ type: 'string' })).toBe(false);
    expect(isFileSchema({ type: 'string', format: 'byte' })).toBe(false);
    expect(isFileSchema({ type: 'integer', format: 'binary' })).toBe(false);
    expect(isFileSchema({ type: ['string', 'null'], format: 'binary' })).toBe(true);
  });

  it('a multipart body without file parts, JSON and forms stay the JSON editor’s; binary media types are a file', () => {
    expect(fileBodyOf('multipart/form-data', { type: 'object', properties: { note: { type: 'string' } } })).toBeUndefined();
    expect(fileBodyOf('application/json', { type: 'object' })).toBeUndefined();
    expect(fileBodyOf('application/x-www-form-urlencoded', { type: 'object' })).toBeUndefined();
    expect(fileBodyOf('text/plain', { type: 'string' })).toBeUndefined();
    expect(fileBodyOf('application/octet-stream', true)).toEqual({ kind: 'file', accept: undefined });
    expect(fileBodyOf('application/pdf', undefined)).toEqual({ kind: 'file', accept: 'application/pdf' });
    expect(fileBodyOf('image/*', { type: 'string', format: 'binary' })).toEqual({ kind: 'file', accept: undefined });
    expect(fileBodyOf('multipart/form-data; boundary=x', upload, resolve)?.kind).toBe('multipart');
  });
});

describe('files in the values', () => {
  const one = new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' });
  const two = new File([new Uint8Array(10)], 'scan.png');
  const body = { documents: [one, two], caption: 'March', tags: ['a'] };

  it('are found, part by part and in arrays', () => {
    expect(filesIn(body)).toEqual([one, two]);
    expect(filesIn(one)).toEqual([one]);
    expect(filesIn({ caption: 'no files' })).toEqual([]);
  });

  it('are left out of what a link or the history keeps', () => {
    expect(withoutFiles(body)).toEqual({ caption: 'March', tags: ['a'] });
    expect(withoutFiles(one)).toBeUndefined();
  });

  it('are validated as present, while the parts around them are validated as always', () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Upload: upload, ...components } } };
    const ajv = createAjv(document as unknown as OpenAPIDocument);
    const validate = ajv.compile({ $ref: `${documentId}#/components/schemas/Upload` });
    const validators = { 'upload body': validate } as unknown as Validators;
    const check = (values: unknown) => validateRequest(validators, 'upload', [], { path: {}, query: {}, header: {}, body: values }, 'required');
    expect(withFilesAsNames(body)).toEqual({ documents: ['report.pdf', 'scan.png'], caption: 'March', tags: ['a'] });
    expect(check(body)).toEqual([]);
    expect(check({ ...body, caption: 'a caption longer than twenty' })).toEqual([
      { location: 'body', field: '/caption', message: 'must NOT have more than 20 characters' },
    ]);
    expect(check({ caption: 'March' })).toEqual([{ location: 'body', field: '/documents', message: 'documents is required' }]);
    expect(check(undefined)).toEqual([{ location: 'body', field: '', message: 'The request body is required.' }]);
    expect(check({ documents: [], caption: 'March' })).toEqual([{ location: 'body', field: '/documents', message: 'must NOT have fewer than 1 items' }]);
  });
});

describe('a file over the proxy’s limit', () => {
  const mib = 1024 * 1024;
  const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

  it('is named with its size and the limit', () => {
    expect(fileSizeProblem([file('small.png', 10), file('report.pdf', Math.round(12.4 * mib))], mib, '1 MiB')).toBe(
      "report.pdf is 12.4 MiB; this site's proxy sends at most 1 MiB",
    );
  });

  it('files that fit alone but not together are named together', () => {
    expect(fileSizeProblem([file('a.bin', 0.6 * mib), file('b.bin', 0.6 * mib)], mib, '1 MiB')).toBe(
      "the 2 files are 1.2 MiB together; this site's proxy sends at most 1 MiB in one request",
    );
  });

  it('files within the limit are no problem', () => {
    expect(fileSizeProblem([file('a.bin', mib)], mib, '1 MiB')).toBeUndefined();
    expect(fileSizeProblem([], mib, '1 MiB')).toBeUndefined();
  });
});

describe('media adapters for binary bodies', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a': { put: { requestBody: { content: { 'application/pdf': {}, 'application/json': {} } } } },
      '/b': { post: { requestBody: { $ref: '#/components/requestBodies/Image' } } },
    },
    components: { requestBodies: { Image: { content: { 'image/PNG': {}, 'multipart/form-data': {} } } } },
  } as unknown as OpenAPIDocument;

  it('exist for each binary request media type, and send a chosen file as it is and anything else as no body', () => {
    const adapters = fileBodyAdapters(document);
    expect(Object.keys(adapters).sort()).toEqual(['application/pdf', 'image/png']);
    const file = new File(['x'], 'x.pdf');
    expect(adapters['application/pdf'].encode({ body: file } as never)).toBe(file);
    expect(adapters['application/pdf'].encode({ body: {} } as never)).toBeUndefined();
    expect(adapters['application/pdf'].encode({ body: 'string' } as never)).toBeUndefined();
  });
});

describe('how an answer is shown', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const gif = new TextEncoder().encode('GIF89a....');
  const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]);
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

  it('PNG, JPEG, GIF and WebP whose bytes are that image are previewed', () => {
    expect(answerKind('image/png', png)).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(answerKind('image/jpeg', jpeg).kind).toBe('image');
    expect(answerKind('image/gif', gif).kind).toBe('image');
    expect(answerKind('IMAGE/WEBP; q=1', webp).kind).toBe('image');
  });

  it('an SVG is never an image to draw, nor text to read: a file to download, saying why', () => {
    const kind = answerKind('image/svg+xml', svg);
    expect(kind.kind).toBe('binary');
    expect(kind.kind === 'binary' && kind.note).toMatch(/SVG image can carry script/);
  });

  it('an answer claiming to be an image whose bytes are not is not drawn', () => {
    const kind = answerKind('image/png', svg);
    expect(kind).toMatchObject({ kind: 'binary', mediaType: 'image/png' });
    expect(kind.kind === 'binary' && kind.note).toMatch(/its bytes are not that image/);
  });

  it('text stays text; a PDF is a file; an answer without a type is text only when it is UTF-8', () => {
    expect(answerKind('application/json; charset=utf-8', new Uint8Array()).kind).toBe('text');
    expect(answerKind('text/csv', new Uint8Array()).kind).toBe('text');
    expect(answerKind('application/problem+json', new Uint8Array()).kind).toBe('text');
    expect(answerKind('application/pdf', new TextEncoder().encode('%PDF')).kind).toBe('binary');
    expect(answerKind(null, new TextEncoder().encode('plain words')).kind).toBe('text');
    expect(answerKind(null, Uint8Array.from([0xff, 0xfe, 0x00])).kind).toBe('binary');
  });
});
