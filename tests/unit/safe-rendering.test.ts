import { parse, type HTMLElement } from 'node-html-parser';
import { createElement, type ReactElement } from 'react';
import { prerender } from 'react-dom/static';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Markdown } from '@/components/markdown';
import { isSafeUrl } from '@/lib/markdown/safe-urls';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

const fixture = 'tests/fixtures/xss/hostile-descriptions.yaml';
const payloads = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '[click](javascript:window.__xss=1)',
];

/** Renders server components (async ones too) to HTML, the way the pages are built. */
async function render(element: ReactElement): Promise<HTMLElement> {
  const { prelude } = await prerender(element);
  return parse(await new Response(prelude).text());
}

/** Every way markup could run script: script elements, event handler attributes, script URLs. */
function dangers(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name.toLowerCase()) && !isSafeUrl(value)) {
        found.push(`<${tag} ${name}="${value}">`);
      }
    }
  }
  return found;
}

describe('Markdown from the document renders without running anything', () => {
  for (const payload of payloads) {
    it(payload, async () => {
      const html = await render(createElement(Markdown, { text: `Before ${payload} after.` }));
      expect(dangers(html)).toEqual([]);
      expect(html.text).toContain('Before');
      expect(html.text).toContain('after.');
    });
  }

  it('turns links with other script-capable schemes into text, keeps safe links', async () => {
    const html = await render(
      createElement(Markdown, {
        text: '[a](JaVaScRiPt:alert(1)) [b](java\tscript:alert(1)) [c](data:text/html,x) [d](vbscript:x) <javascript:alert(1)> ![e](javascript:alert(1)) [ok](https://example.com/x) [rel](/partner-api#errors) [mail](mailto:dev@example.com)',
      }),
    );
    expect(dangers(html)).toEqual([]);
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/x',
      '/partner-api#errors',
      'mailto:dev@example.com',
    ]);
    expect(html.text).toMatch(/^a .* c d /);
    expect(html.querySelectorAll('img')).toEqual([]);
  });
});

describe('isSafeUrl', () => {
  it('allows relative URLs, fragments, http(s) and mailto', () => {
    for (const url of ['/a', 'a/b', '#x', '?q=1', 'https://x.y', 'HTTP://x.y', 'mailto:a@b.c', '//x.y/z']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses script-capable and unknown schemes, however they are spelled', () => {
    for (const url of ['javascript:x', ' javascript:x', 'java\nscript:x', '\u0001javascript:x', 'data:x', 'vbscript:x', 'file:///x']) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('an endpoint page of a document with hostile descriptions', () => {
  let html: HTMLElement;

  beforeAll(async () => {
    process.env.WINGFIELD_OPENAPI = fixture;
    const { buildApiModel } = await import('@/lib/endpoints');
    const { loadDocument } = await import('@/lib/openapi/load-document');
    const { EndpointPage } = await import('@/components/endpoint/endpoint-page');
    const [endpoint] = buildApiModel(loadDocument(fixture)).endpoints;
    html = await render(createElement(EndpointPage, { endpoint }));
  }, 30_000);

  it('has no script, event handler or script URL anywhere', () => {
    expect(dangers(html)).toEqual([]);
  });

  it('shows the HTML of parameter, field, response and error descriptions as text', () => {
    for (const where of ['Parameter', 'Field', 'Response', 'Error']) {
      expect(html.text).toContain(`${where} <script>window.__xss=1</script> <img src=x onerror="window.__xss=1">`);
    }
  });

  it('renders the operation description as Markdown, keeping the safe link and dropping the rest', () => {
    const links = html.querySelectorAll('a').filter((a) => /click|CLICK|data|fine link/.test(a.text));
    expect(links.map((a) => [a.text, a.getAttribute('href')])).toEqual([['fine link', 'https://example.com/docs']]);
    expect(html.text).toContain('Operation');
    expect(html.text).not.toContain('<script>window.__xss=1</script>\n');
  });
});

describe('search of a document with hostile descriptions (/api/search)', () => {
  interface Hit {
    type: string;
    url: string;
    content: string;
  }
  let hits: (query: string) => Promise<Hit[]>;

  beforeAll(async () => {
    process.env.WINGFIELD_OPENAPI = fixture;
    const { GET } = await import('@/app/api/search/route');
    hits = async (query) => (await (await GET(new Request(`http://localhost/api/search?query=${encodeURIComponent(query)}`))).json()) as Hit[];
  }, 30_000);

  const endpointUrl = '/partner-api/things/updateThing';

  it('answers the operation description as the text its page shows, without its markup', async () => {
    const found = await hits('frame');
    const description = found.find((hit) => hit.type === 'text' && hit.url === endpointUrl && hit.content.startsWith('Operation'));
    // remark drops the inline tags and keeps the text between them, as the page does
    expect(description?.content).toBe(
      'Operation window.__xss=1 click or CLICK, data, javascript:window.__xss=1, pic and a fine link. ' +
        'A frame and an escaped <img src=x onerror="window.__xss=1">.',
    );
  });

  it('answers every hit as plain text: no markup of its own, Markdown only where the page shows it as text', async () => {
    // parameter, field, response and error descriptions are plain text on the pages, so their
    // tags and links are text in search too; nothing of the Markdown description is
    const plainTextField = /^(thingId|name): (Parameter|Field) |^(thing_not_found( \(404\))?|404): Error |^Error |^\d{3}: (Response|Not found) /;
    let checked = 0;
    for (const query of ['Operation', 'Parameter', 'Field', 'Response', 'Error', 'frame', 'script', 'iframe', 'click', 'thing']) {
      for (const hit of await hits(query)) {
        checked++;
        expect(hit.content, query).not.toMatch(/<\/?mark>|<iframe/);
        if (/<script|\]\(/.test(hit.content)) expect(hit.content, query).toMatch(plainTextField);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
