import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

const { EndpointPage } = await import('@/components/endpoint/endpoint-page');
const { getApiModel } = await import('@/lib/endpoints');
const { documentedBaseUrl, getDefaultEnvironment } = await import('@/lib/environments');
const { GET: llmsFullGET } = await import('@/app/llms-full.txt/route');

const saved = process.env.WINGFIELD_DEV_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.WINGFIELD_DEV_URL;
  else process.env.WINGFIELD_DEV_URL = saved;
});

const documented = 'https://dev.wingfield.systems';
const elsewhere = 'http://127.0.0.1:4661';

async function claimPageText(): Promise<string> {
  const endpoint = getApiModel().byKey.get('claimOrganizationRelation')!;
  const { prelude } = await prerender(createElement(EndpointPage, { endpoint }));
  return parse(await new Response(prelude).text()).text.replace(/\s+/g, ' ');
}

/**
 * A site is built once and run with another `WINGFIELD_DEV_URL`: whatever is rendered at build time
 * must read the same with either value, and only the try-it panel follows the environment.
 */
describe('one base URL in static text, from the document', () => {
  it('is the document\'s server, whatever WINGFIELD_DEV_URL says', () => {
    process.env.WINGFIELD_DEV_URL = elsewhere;
    expect(documentedBaseUrl()).toBe(documented);
    expect(getDefaultEnvironment().baseUrl).toBe(elsewhere);
  });

  it('on endpoint pages and their samples, labelled as the document\'s server', async () => {
    delete process.env.WINGFIELD_DEV_URL;
    const before = await claimPageText();
    process.env.WINGFIELD_DEV_URL = elsewhere;
    const after = await claimPageText();
    expect(after).toBe(before);
    expect(after).toContain(`Base URL (the document's server): ${documented}`);
    expect(after).toContain(`${documented}/api/v1/external-services/`);
    expect(after).not.toContain('127.0.0.1');
  });

  it('in llms-full.txt (every Markdown twin)', async () => {
    process.env.WINGFIELD_DEV_URL = elsewhere;
    const text = await (await llmsFullGET()).text();
    expect(text).toContain(`Base URL (the document's server): ${documented}`);
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('/api/v1/api/v1');
  });

  it('the introduction gives a base URL that joins with the documented paths without doubling /api/v1', async () => {
    const { readFileSync } = await import('node:fs');
    const introduction = readFileSync('content/partner-api/index.mdx', 'utf8');
    const baseUrl = /## Base URL[\s\S]*?```http\n(\S+)\n```/.exec(introduction)?.[1];
    expect(baseUrl).toBe(documented);
    const path = getApiModel().byKey.get('getCourtById')!.path;
    expect(`${baseUrl}${path}`).toBe(`${documented}/api/v1/courts/{courtId}`);
    for (const name of ['index', 'authentication', 'external-service', 'error-handling']) {
      const guide = readFileSync(`content/partner-api/${name}.mdx`, 'utf8');
      expect(guide, name).not.toContain('/api/v1/api/v1');
      for (const url of guide.match(/https?:\/\/[^\s`'"]+/g) ?? []) {
        if (url.includes('/api/')) expect(url.startsWith(`${documented}/api/v1/`), `${name}: ${url}`).toBe(true);
      }
    }
  });
});
