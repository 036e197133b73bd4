import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SitePage } from '@/lib/source';
import { createAjv, documentId } from '@/lib/try-it/create-ajv';
import { documentFor } from '@/lib/try-it/usage-document';
import { fixtureSite, renderEvent, type FixtureSite } from './support/render-page';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

const fixture = 'tests/fixtures/documents/hostile-names.yaml';
const objectNames = ['__proto__', 'constructor', 'prototype'];

/** What Object.prototype holds, and what a fresh object reads through it. */
function prototypeState() {
  const probe: Record<string, unknown> = {};
  return {
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    symbols: Object.getOwnPropertySymbols(Object.prototype).length,
    inherited: ['polluted', 'type', 'properties', 'description', 'summary'].map((name) => probe[name]),
  };
}

const before = prototypeState();
let site: FixtureSite;
let pages: SitePage[];
let tree: ReturnType<ReturnType<typeof import('@/lib/source').getSource>['getPageTree']>;

beforeAll(async () => {
  process.env.WINGFIELD_OPENAPI = fixture;
  site = fixtureSite(fixture);
  const { getSource } = await import('@/lib/source');
  pages = getSource().getPages();
  tree = getSource().getPageTree();
}, 60_000);

const pageAt = (url: string) => pages.find((page) => page.url === url);

type TreeNode = (typeof tree)['children'][number];

/** The folder of the navigation that lists the page at `url`. */
function folderOf(nodes: TreeNode[], url: string): Extract<TreeNode, { type: 'folder' }> | undefined {
  for (const node of nodes) {
    if (node.type !== 'folder') continue;
    if (node.children.some((child) => child.type === 'page' && child.url === url)) return node;
    const inner = folderOf(node.children, url);
    if (inner) return inner;
  }
  return undefined;
}

describe('names that are also JavaScript object machinery show as ordinary names', () => {
  it('as tags, operationIds, parameters and body and answer fields, on the page and in the Markdown', async () => {
    expect(site.model.groups.map((group) => group.name)).toEqual(objectNames);
    const proto = site.model.endpoints.find((endpoint) => endpoint.operationId === '__proto__')!;
    expect(proto.body?.fields.map((field) => field.name)).toEqual(expect.arrayContaining(objectNames));
    expect(proto.success?.fields?.map((field) => field.name) ?? []).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    const { text } = await site.page(proto.key);
    const markdown = site.markdown(proto.key);
    for (const words of [
      'The path parameter __proto__.',
      'The query parameter constructor.',
      'The header parameter prototype.',
      'The body field __proto__.',
      'The body field constructor.',
      'The body field prototype.',
      'The answer field __proto__.',
    ]) {
      expect(text, words).toContain(words);
      expect(markdown, words).toContain(words);
    }
    expect(markdown).toMatch(/\| `__proto__` \| `object` \| yes \| The body field __proto__\. \|/);
    expect(markdown).toContain('"__proto__": {');
    for (const operationId of ['constructor', 'prototype', 'meta', 'index']) {
      expect(site.model.endpoints.some((endpoint) => endpoint.operationId === operationId), operationId).toBe(true);
    }
  });

  it('as error types, each with its own description', () => {
    const proto = site.model.endpoints.find((endpoint) => endpoint.operationId === '__proto__')!;
    expect(proto.errors.map((row) => [row.type, row.description])).toEqual(
      ['index', '__proto__', 'constructor', 'meta'].map((type) => [type, `The error type ${type}.`]),
    );
  });

  it('as a webhook and a payload field', async () => {
    const webhook = site.model.webhooks.find((event) => event.name === '__proto__');
    expect(webhook?.body?.fields.map((field) => field.name)).toEqual(['__proto__']);
    expect((await renderEvent(site, webhook!)).text).toContain('The payload field __proto__.');
  });

  it("as a body field the try-it panel's validator requires", () => {
    const proto = site.model.endpoints.find((endpoint) => endpoint.operationId === '__proto__')!;
    const validate = createAjv(documentFor(site.document.raw, 'request')).compile({ $ref: `${documentId}${proto.body!.schemaPointer}` });
    expect(validate(JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "x"}'))).toBe(true);
    // (Ajv itself never applies a schema given for a property named `__proto__`; it only requires it)
    expect(validate({ constructor: 'x' })).toBe(false);
  });

  it('leave Object.prototype as it was', async () => {
    for (const endpoint of site.model.endpoints) {
      await site.page(endpoint.key);
      site.markdown(endpoint.key);
    }
    for (const event of site.model.webhooks) await renderEvent(site, event);
    expect(prototypeState()).toEqual(before);
  });
});

describe('names fumadocs gives a meaning (index, meta) and names that slug alike take nobody\'s page', () => {
  it('an error type named index has a page of its own, and the catalogue stays the catalogue', () => {
    const catalogue = pageAt('/partner-api/errors');
    expect(catalogue?.type === 'reference' && catalogue.data.kind).toBe('error-catalog');
    const types = pages.filter((page) => page.type === 'reference' && page.data.kind === 'error-type');
    expect(types.map((page) => page.data.title).sort()).toEqual(['__proto__', 'constructor', 'index', 'meta']);
    const urls = types.map((page) => page.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).not.toMatch(/\/(index|meta)$/);
    // the endpoint's error rows link to those pages
    const rows = site.model.endpoints.flatMap((endpoint) => endpoint.errors);
    expect(rows.map((row) => row.url).sort()).toEqual([...urls].sort());
  });

  it('an operationId meta or index is an ordinary page of its group, which keeps its title', () => {
    for (const [operationId, group] of [['meta', 'constructor'], ['index', 'prototype']]) {
      const endpoint = site.model.endpoints.find((candidate) => candidate.operationId === operationId)!;
      expect(endpoint.key, operationId).not.toMatch(/^(index|meta)$/i);
      expect(pageAt(endpoint.url)?.data.title, operationId).toBe(`${operationId.charAt(0).toUpperCase()}${operationId.slice(1)} thing`);
      // the group's folder in the navigation, with its title and its pages
      const folder = folderOf(tree.children, endpoint.url);
      expect(folder?.name, operationId).toBe(group);
      expect(folder?.type === 'folder' && folder.index, operationId).toBeFalsy();
    }
  });

  it('two webhooks whose names slug alike have a page each', () => {
    const booking = site.model.webhooks.filter((event) => event.name.startsWith('booking'));
    expect(booking.map((event) => event.url)).toEqual(['/partner-api/webhooks/booking-created', '/partner-api/webhooks/booking-created-2']);
    expect(booking.map((event) => pageAt(event.url)?.data.title)).toEqual(['Booking created (dotted)', 'Booking created (dashed)']);
    const index = site.model.webhooks.find((event) => event.name === 'index');
    expect(index?.url).not.toMatch(/\/index$/);
    expect(pageAt(index!.url)?.data.title).toBe('Index event');
  });
});
