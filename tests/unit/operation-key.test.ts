import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildApiModel } from '@/lib/endpoints';
import { groupSlug } from '@/lib/endpoints/group-slug';
import { listOperations, operationKeyBase, pascalIdentifier, uniqueSlugs } from '@/lib/endpoints/operation-key';
import type { LoadedDocument } from '@/lib/openapi/load-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';

describe('operation keys', () => {
  it('keep a URL-safe operationId, make others URL-safe, and fall back to method and path', () => {
    expect(operationKeyBase('post', '/x', 'claimOrganizationRelation')).toBe('claimOrganizationRelation');
    expect(operationKeyBase('get', '/x', 'repos/get')).toBe('repos-get');
    expect(operationKeyBase('get', '/x', 'firebase.projects.list')).toBe('firebase-projects-list');
    expect(operationKeyBase('get', '/users/{userId}', undefined)).toBe('get-users-userid');
    expect(operationKeyBase('get', '/', undefined)).toBe('get');
    expect(operationKeyBase('get', '/x', '…')).toBe('get-x');
    expect(operationKeyBase('get', '/x', 'a'.repeat(300))).toHaveLength(100);
  });

  it('never collide, ignoring case, with suffixes in order and spelled-out names kept', () => {
    expect(uniqueSlugs(['a', 'a', 'a-2', 'A'])).toEqual(['a', 'a-3', 'a-2', 'A-4']);
    expect(uniqueSlugs(['repos-get', 'repos-get'], [], [false, true])).toEqual(['repos-get-2', 'repos-get']);
    expect(uniqueSlugs(['errors', 'users'], ['errors'])).toEqual(['errors-2', 'users']);
  });

  it('give TypeScript identifiers and group slugs', () => {
    expect(pascalIdentifier('claimOrganizationRelation')).toBe('ClaimOrganizationRelation');
    expect(pascalIdentifier('get-users-userid')).toBe('GetUsersUserid');
    expect(pascalIdentifier('2fa-enable')).toBe('_2faEnable');
    expect(groupSlug('User relation')).toBe('user-relation');
    expect(groupSlug('日本語')).toBe('group');
  });
});

describe('keys and slugs of any names (property-based)', () => {
  const urlSafe = /^[A-Za-z0-9_-]+$/;
  const reserved = /^(index|meta)$/i;
  // names as documents spell them: any text, the object machinery's own names, fumadocs' files
  const name = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'index', 'meta', 'Index', 'META', 'a/b', '..', '%2e'));
  const distinctNames = fc.uniqueArray(name, { maxLength: 12 });

  test.prop([name, fc.constantFrom('get', 'post', 'delete'), fc.string({ maxLength: 30 })])(
    'any operationId, method and path give a URL-safe key of at most 100 characters',
    (operationId, method, path) => {
      const key = operationKeyBase(method, path, operationId);
      expect(key).toMatch(urlSafe);
      expect(key.length).toBeLessThanOrEqual(100);
    },
  );

  test.prop([distinctNames])('distinct operationIds of a document give distinct keys, none of them reserved', (operationIds) => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries(operationIds.map((operationId, i) => [`/p${i}`, { get: { operationId, responses: {} } }])),
    } as unknown as OpenAPIDocument;
    const keys = listOperations(document).map((operation) => operation.key);
    expect(keys).toHaveLength(operationIds.length);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(urlSafe);
      expect(key).not.toMatch(reserved);
    }
    // an operationId that is URL-safe, free and not reserved is its own key
    operationIds.forEach((operationId, i) => {
      const clash = operationIds.some((other, j) => j !== i && other.toLowerCase() === operationId.toLowerCase());
      const plain = /^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$/.test(operationId) && !operationId.includes('--');
      if (plain && operationId.length <= 100 && !reserved.test(operationId) && !clash) expect(keys[i]).toBe(operationId);
    });
  });

  test.prop([fc.array(name, { maxLength: 12 }), fc.array(fc.constantFrom('errors', 'webhooks', 'index'), { maxLength: 3 })])(
    'slugs made unique never repeat, ignoring case, and are never reserved',
    (names, taken) => {
      const slugs = uniqueSlugs(names.map(groupSlug), taken);
      expect(new Set(slugs.map((slug) => slug.toLowerCase())).size).toBe(slugs.length);
      for (const slug of slugs) {
        expect(slug).toMatch(/^[a-z0-9-]+$/);
        expect(slug).not.toMatch(reserved);
        expect(taken).not.toContain(slug);
      }
    },
  );

  test.prop([distinctNames, distinctNames])(
    'distinct webhook names and error types of a document get distinct pages, none of them a folder\'s index or meta',
    (webhookNames, errorTypes) => {
      const document = {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/x': {
            get: {
              operationId: 'x',
              responses: {
                '400': {
                  description: 'Bad.',
                  content: {
                    'application/json': {
                      schema: { type: 'object', properties: { error: { type: 'object', properties: { type: { type: 'string', enum: errorTypes } } } } },
                      examples: Object.fromEntries(errorTypes.map((type) => [type, { summary: type, value: { error: { type, message: 'm' } } }])),
                    },
                  },
                },
              },
            },
          },
        },
        webhooks: Object.fromEntries(webhookNames.map((webhook) => [webhook, { post: { responses: { '200': { description: 'ok' } } } }])),
      } as unknown as OpenAPIDocument;
      const model = buildApiModel({ raw: document, dereferenced: document } as LoadedDocument);
      const webhookUrls = model.webhooks.map((event) => event.url);
      expect(webhookUrls).toHaveLength(webhookNames.length);
      const errorUrls = [...new Set(model.endpoints[0].errors.filter((row) => row.typed).map((row) => row.url))];
      for (const urls of [webhookUrls, errorUrls]) {
        expect(new Set(urls.map((url) => url?.toLowerCase())).size).toBe(urls.length);
        for (const url of urls) expect(url?.split('/').pop()).toMatch(urlSafe);
        for (const url of urls) expect(url?.split('/').pop()).not.toMatch(reserved);
      }
    },
  );
});
