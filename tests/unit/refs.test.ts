import { describe, expect, it } from 'vitest';
import { collectRefs, dereference, eachRef, followPointer, followRef, type PathSegment } from '@/lib/openapi/refs';
import { sliceDocument } from '@/lib/openapi/slice-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';

const document = {
  components: {
    responses: {
      Found: { $ref: '#/components/responses/Ok' },
      Ok: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } },
    },
    schemas: {
      Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' }, name: { type: 'string' } } },
      A: { $ref: '#/components/schemas/B' },
      B: { $ref: '#/components/schemas/A' },
    },
  },
};

describe('following $ref', () => {
  it('follows a chain to its end and says where that is written', () => {
    const followed = followRef(document, { $ref: '#/components/responses/Found' }, '#/paths/~1a/get/responses/200');
    expect(followed.pointer).toBe('#/components/responses/Ok');
    expect(followed.value).toBe(document.components.responses.Ok);
    expect(followPointer(document, '#/components/responses/Ok').pointer).toBe('#/components/responses/Ok');
  });

  it('reads a loop of $refs as any value and names the reference that closes it', () => {
    const followed = followRef(document, document.components.schemas.A);
    expect(followed).toEqual({ value: {}, pointer: undefined, loop: document.components.schemas.B });
  });

  it('gives a dangling reference no value, at the pointer it names', () => {
    expect(followRef(document, { $ref: '#/components/schemas/Missing' })).toEqual({ value: undefined, pointer: '#/components/schemas/Missing' });
  });
});

describe('walking references', () => {
  it('visits each reference where it is written, once', () => {
    const found: [string, PathSegment[]][] = [];
    eachRef(document, (_holder, ref, at) => found.push([ref, [...at]]));
    expect(found).toContainEqual(['#/components/schemas/Node', ['components', 'schemas', 'Node', 'properties', 'next']]);
    expect(found).toHaveLength(5);
  });

  it('collects what a value needs, transitively, and ends on recursion', () => {
    const needed = collectRefs(document, [{ $ref: '#/components/responses/Found' }]);
    expect([...needed.keys()].sort()).toEqual(['#/components/responses/Found', '#/components/responses/Ok', '#/components/schemas/Node']);
  });

  it('dereferences a recursive schema into a cycle of shared objects', () => {
    const resolved = dereference(structuredClone(document));
    type Node = { properties: { next: Node } };
    const next = (resolved.components.schemas.Node as unknown as Node).properties.next;
    expect(next.properties.next).toBe(next);
  });
});

describe('an operation slice', () => {
  it('holds a whole schema even when a reference into it was found first', () => {
    const raw = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'array', items: [{ $ref: '#/components/schemas/Item' }, { $ref: '#/components/schemas/Item/properties/id' }] },
                  },
                },
              },
            },
          },
        },
      },
      components: { schemas: { Item: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } } },
    } as unknown as OpenAPIDocument;
    expect(sliceDocument(raw, '/a', 'get').components?.schemas?.Item).toEqual(raw.components!.schemas!.Item);
  });
});
