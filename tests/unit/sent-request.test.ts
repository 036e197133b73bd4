import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathnameFromRequest } from 'fumadocs-openapi/requests/generators';
import type { MediaAdapter } from 'fumadocs-openapi';
import type { PlaygroundClientOptions } from 'fumadocs-openapi/playground/client';
import { tryItFetchOptions } from '@/components/try-it/fetch-options';
import { sentPath } from '@/components/try-it/history-recorder';
import { createCodeSamples, type SampleTarget } from '@/lib/endpoints/code-samples';
import { pathValueProblem, requestPath } from '@/lib/endpoints/samples/request-path';
import { followRef } from '@/lib/openapi/refs';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { pathSegmentAdapters, withEncodedPathParameters } from '@/lib/try-it/path-encoding';

type RequestData = { method: string; path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown>; cookie: Record<string, unknown> };
type Encoded = Parameters<typeof pathnameFromRequest>[1];

/**
 * The playground's own request encoding and fetcher, as it runs them: neither is among the
 * package's exports, nor declared in its types.
 */
const playground = (file: string) => new URL(`../../node_modules/fumadocs-openapi/dist/${file}`, import.meta.url).href;
const { encodeRequestData } = (await import(/* @vite-ignore */ playground('requests/media/encode.js'))) as {
  encodeRequestData: (data: RequestData, adapters: Record<string, MediaAdapter>, parameters: unknown[]) => Encoded;
};
const { createBrowserFetcher } = (await import(/* @vite-ignore */ playground('playground/fetcher.js'))) as {
  createBrowserFetcher: (
    adapters: Record<string, MediaAdapter>,
    options: PlaygroundClientOptions['fetchOptions'] & { proxyUrl?: string },
  ) => { fetch: (url: string, data: Omit<RequestData, 'cookie'> & { cookie: Record<string, { value: string }> }) => Promise<unknown> };
};

const template = '/api/v1/external-services/{externalServiceId}/courts/{courtId}/mapping';
const document: OpenAPIDocument = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    [template]: {
      parameters: [{ $ref: '#/components/parameters/externalServiceId' } as never],
      delete: {
        parameters: [{ name: 'courtId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {},
      } as never,
    },
  },
  components: { parameters: { externalServiceId: { name: 'externalServiceId', in: 'path', required: true, schema: { type: 'string' } } } },
};

/** The parameters as fumadocs' playground reads them from the document it is given. */
function playgroundParameters(given: OpenAPIDocument) {
  const item = given.paths[template];
  return [...(item.delete!.parameters ?? []), ...(item.parameters ?? [])].map((parameter) => followRef(given, parameter).value);
}

/** The path fumadocs' playground puts in the URL for these values. */
function playgroundPath(given: OpenAPIDocument, path: Record<string, unknown>) {
  const encoded = encodeRequestData({ method: 'delete', path, query: {}, header: {}, cookie: {} }, pathSegmentAdapters, playgroundParameters(given));
  return pathnameFromRequest(template, encoded);
}

describe('path values in the panel', () => {
  it('went into the URL as typed, before the panel described them as segments', () => {
    expect(playgroundPath(document, { externalServiceId: 's', courtId: '../../organizations/o' })).toBe(
      '/api/v1/external-services/s/courts/../../organizations/o/mapping',
    );
  });

  const value = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('/', '?', '#', '.', '%', '$', '&', ' ', '\\', 'a', '2', 'F') }), fc.integer());

  test.prop([value, value], { numRuns: 1000 })(
    'are each sent in one segment that reads back as the value, and the samples and history show that URL',
    (externalServiceId, courtId) => {
      const path = { externalServiceId, courtId };
      const sent = playgroundPath(withEncodedPathParameters(document), path);
      expect(requestPath(template, path)).toBe(sent);
      const problems = [pathValueProblem('externalServiceId', externalServiceId), pathValueProblem('courtId', courtId)];
      // `.` and `..` are never sent (the panel holds them back); everything else keeps its segment
      fc.pre(problems.every((problem) => problem === undefined));
      const url = new URL(`https://dev.example${sent}`);
      const segments = url.pathname.split('/');
      expect(segments).toHaveLength(template.split('/').length);
      expect(url.search).toBe('');
      expect(decodeURIComponent(segments[4])).toBe(String(externalServiceId).toWellFormed());
      expect(decodeURIComponent(segments[6])).toBe(String(courtId).toWellFormed());
      expect(sentPath(`https://site.example/api/proxy?url=${encodeURIComponent(url.href)}&cookie=`, '/api/proxy')).toBe(sent);
    },
  );

  it('are held back when a URL would read them as a step in the path', () => {
    expect(pathValueProblem('courtId', '..')).toBe('the path parameter "courtId" is "..", which a URL reads as "one level up", not as a value');
    expect(pathValueProblem('courtId', '.')).toContain('"this level"');
    expect(pathValueProblem('courtId', '...')).toBeUndefined();
    expect(pathValueProblem('courtId', '../x')).toBeUndefined();
  });

  it('show in the samples as sent, with header and cookie parameters and the token masked', () => {
    const target: SampleTarget = { method: 'DELETE', path: template, requiresAuth: true, tokenPlaceholder: '<api-token>', defaults: { path: {}, query: {} } };
    const [curl] = createCodeSamples(target, {
      baseUrl: 'https://dev.example',
      token: 'tok_ext_v1_ab••••••••',
      path: { externalServiceId: 's', courtId: 'court 1?x#y' },
      query: { limit: ['5'] },
      header: { 'X-Request-Id': 'r1', Authorization: 'Bearer other' },
      cookie: { session: 'a b' },
    });
    expect(curl.code).toContain('"https://dev.example/api/v1/external-services/s/courts/court%201%3Fx%23y/mapping?limit=5"');
    expect(curl.code).toContain('-H "X-Request-Id: r1"');
    expect(curl.code).toContain('-H "Cookie: session=a%20b"');
    expect(curl.code).toContain('Authorization: Bearer tok_ext_v1_ab••••••••');
    expect(curl.code).not.toContain('Bearer other');
  });
});

describe('how the panel sends', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands cookie parameters to the proxy as its cookie parameter, never to document.cookie, and sends no cookies of the site', async () => {
    const written: string[] = [];
    const calls: { url: URL; init: RequestInit }[] = [];
    vi.stubGlobal('document', {
      baseURI: 'https://docs.example/partner-api/court/deleteCourtMapping',
      set cookie(value: string) {
        written.push(value);
      },
      get cookie() {
        return '';
      },
    });
    vi.stubGlobal('window', { location: { origin: 'https://docs.example' } });
    vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{}', { status: 200 });
    });

    const fetcher = createBrowserFetcher({}, { proxyUrl: '/api/proxy', ...tryItFetchOptions });
    await fetcher.fetch('https://dev.example/api/v1/things', {
      method: 'get',
      path: {},
      query: {},
      header: {},
      cookie: { session: { value: 'a b;c' }, theme: { value: 'dark' } },
    });

    expect(written).toEqual([]);
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0];
    expect(url.pathname).toBe('/api/proxy');
    expect(url.searchParams.get('url')).toBe('https://dev.example/api/v1/things');
    expect(url.searchParams.get('cookie')).toBe('session=a%20b%3Bc; theme=dark');
    expect(init.credentials).toBe('omit');
    expect(init.method).toBe('GET');
  });
});
