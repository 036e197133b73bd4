import { describe, expect, it } from 'vitest';
import { buildApiModel } from '@/lib/endpoints';
import { typeName } from '@/lib/endpoints/typescript-definition';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { loadDocument } from '@/lib/openapi/load-document';
import { sliceDocument } from '@/lib/openapi/slice-document';
import type { HttpMethod, SchemaObject } from '@/lib/openapi/types';
import { verifyExamples } from '@/lib/openapi/verify-examples';
import { createAjv, documentId } from '@/lib/try-it/create-ajv';
import { collectValidatorSchemas } from '@/lib/try-it/validator-schemas';

/** What a reader sees of each third-party-like or hostile document: groups, page URLs, the operationId shown. */
type Page = [url: string, operationId: string | undefined, title: string];
const expected: Record<string, { serverUrl: string; groups: [name: string, slug: string, pages: Page[]][] }> = {
  'no-operation-ids.yaml': {
    serverUrl: '/api/v1',
    groups: [
      [
        'Endpoints',
        'endpoints',
        [
          ['/partner-api/endpoints/get-users-userid', undefined, 'Get a user'],
          ['/partner-api/endpoints/delete-users-userid', undefined, 'DELETE /users/{userId}'],
          ['/partner-api/endpoints/get-users', undefined, 'GET /users'],
        ],
      ],
    ],
  },
  'undeclared-tags.yaml': {
    serverUrl: 'https://eu.example.com/v2',
    groups: [
      ['Declared', 'declared', [['/partner-api/declared/getB', 'getB', 'getB']]],
      ['Zebra', 'zebra', [['/partner-api/zebra/getA', 'getA', 'getA']]],
      ['Errors', 'errors-2', [['/partner-api/errors-2/getD', 'getD', 'getD']]],
      ['Other', 'other', [['/partner-api/other/getE', 'getE', 'getE']]],
      ['Other 2', 'other-2', [['/partner-api/other-2/getC', 'getC', 'getC']]],
    ],
  },
  'weird-operation-ids.json': {
    serverUrl: '/',
    groups: [
      [
        'projects',
        'projects',
        [
          ['/partner-api/projects/firebase-projects-list', 'firebase.projects.list', 'firebase.projects.list'],
          ['/partner-api/projects/repos-get-2', 'repos/get', 'repos/get'],
          ['/partner-api/projects/repos-get-3', 'repos.get', 'repos.get'],
          ['/partner-api/projects/repos-get', 'repos-get', 'repos-get'],
          ['/partner-api/projects/getThing', 'getThing', 'getThing'],
          ['/partner-api/projects/GetThing-2', 'GetThing', 'GetThing'],
          ['/partner-api/projects/Unicode-thing', 'Ünïcode thing ✓', 'Ünïcode thing ✓'],
          ['/partner-api/projects/2fa-enable', '2fa enable', '2fa enable'],
        ],
      ],
    ],
  },
  'nullable-30.yaml': {
    serverUrl: '/',
    groups: [['Endpoints', 'endpoints', [['/partner-api/endpoints/createItem', 'createItem', 'createItem']]]],
  },
  'ref-cycles.yaml': {
    serverUrl: '/',
    groups: [
      [
        'Endpoints',
        'endpoints',
        [
          ['/partner-api/endpoints/putTree', 'putTree', 'putTree'],
          ['/partner-api/endpoints/getLoop', 'getLoop', 'getLoop'],
          ['/partner-api/endpoints/getPerson', 'getPerson', 'getPerson'],
        ],
      ],
    ],
  },
};

const file = (name: string) => `tests/fixtures/documents/${name}`;

describe.each(Object.entries(expected))('%s', (name, { serverUrl, groups }) => {
  const loaded = loadDocument(file(name));
  const model = buildApiModel(loaded);

  it('has the groups, page URLs, displayed operationIds and titles a reader sees', () => {
    expect(model.serverUrl).toBe(serverUrl);
    expect(
      model.groups.map((group) => [group.name, group.slug, group.endpoints.map((e): Page => [e.url, e.operationId, e.title])]),
    ).toEqual(groups);
    expect(new Set(model.endpoints.map((e) => e.key.toLowerCase())).size).toBe(model.endpoints.length);
    for (const endpoint of model.endpoints) {
      expect(endpoint.key).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
      expect(typeName(endpoint.key, 'Body')).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    }
  });

  it('gives every endpoint its Markdown, its slice of the document and validators that compile', () => {
    for (const endpoint of model.endpoints) {
      expect(endpointMarkdown(endpoint, { baseUrl: 'https://api.example.com' })).toContain(endpoint.path);
      const slice = sliceDocument(loaded.raw, endpoint.path, endpoint.method.toLowerCase() as HttpMethod);
      expect(() => JSON.stringify(slice)).not.toThrow();
    }
    const schemas = collectValidatorSchemas(model);
    const ajv = createAjv(loaded.raw);
    for (const [key, pointer] of Object.entries(schemas)) {
      expect(model.byKey.has(key.split(' ')[0])).toBe(true);
      expect(() => ajv.compile({ $ref: `${documentId}${pointer}` })).not.toThrow();
      // the slice keeps every pointer the validator needs
      const endpoint = model.byKey.get(key.split(' ')[0])!;
      const sliceAjv = createAjv(sliceDocument(loaded.raw, endpoint.path, endpoint.method.toLowerCase() as HttpMethod));
      expect(() => sliceAjv.compile({ $ref: `${documentId}${pointer}` })).not.toThrow();
    }
    expect(() => verifyExamples(model)).not.toThrow();
  });
});

describe('version normalisation', () => {
  it('brings 3.0 schemas to 3.1: nullable into type and enum, boolean exclusiveMinimum into a number, example kept', () => {
    const loaded = loadDocument(file('nullable-30.yaml'));
    const { raw } = loaded;
    const item = raw.components!.schemas!.Item;
    expect(raw.openapi).toBe('3.1.0');
    expect(item.properties!.note).toEqual({ type: ['string', 'null'] });
    expect(item.properties!.colour).toEqual({ type: ['string', 'null'], enum: ['red', 'green', null] });
    expect(item.properties!.price).toEqual({ type: 'number', exclusiveMinimum: 0, example: 9.5 });
    expect(item.example).toEqual({ price: 9.5, note: null });
    expect(verifyExamples(buildApiModel(loaded)).problems).toEqual([]);
  });
});

describe('cycles', () => {
  it('a recursive schema is a cycle of shared objects; a pure $ref cycle stands for any value', () => {
    const { dereferenced } = loadDocument(file('ref-cycles.yaml'));
    const node = dereferenced.paths['/tree'].put!.requestBody!.content!['application/json'].schema!;
    expect(node.properties!.children.items).toBe(node);
    expect(node.properties!.parent).toBe(node);
    const loop = dereferenced.paths['/loop'].get!.responses!['200'].content!['application/json'].schema as SchemaObject;
    expect(loop).toEqual({});
  });
});
