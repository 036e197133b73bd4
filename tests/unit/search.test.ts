import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { queryMatches } from '@/lib/search/query-matches';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

const { GET } = await import('@/app/api/search/route');

interface Hit {
  type: 'page' | 'heading' | 'text';
  content: string;
  url: string;
}

async function search(query: string): Promise<Hit[]> {
  const response = await GET(new Request(`http://localhost/api/search?query=${encodeURIComponent(query)}`));
  expect(response.status).toBe(200);
  return (await response.json()) as Hit[];
}

/** The URLs of the pages found, in the order search lists them. */
async function pages(query: string): Promise<string[]> {
  return (await search(query)).filter((hit) => hit.type === 'page').map((hit) => hit.url);
}

const connectionEndpoints = [
  '/partner-api/user-relation/requestUserRelation',
  '/partner-api/user-relation/listUserRelations',
  '/partner-api/user-relation/getUserRelation',
  '/partner-api/user-relation/deleteUserRelation',
  '/partner-api/user-relation/patchUserRelationExternalUserId',
  '/partner-api/organization/claimOrganizationRelation',
  '/partner-api/organization/deleteOrganizationRelation',
  '/partner-api/organization/upsertOrganizationUserSubscription',
];

describe('site search (/api/search)', () => {
  it('"errors" leads to the Error handling guide and the error catalogue, not to every endpoint\'s Errors section', async () => {
    const found = await pages('errors');
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(['/partner-api/error-handling', '/partner-api/errors']));
    const hits = await search('errors');
    expect(hits.filter((hit) => hit.type === 'heading' && hit.url.endsWith('#errors'))).toEqual([]);
  });

  it('finds error types by their exact name and by the end of it', async () => {
    expect((await pages('user_relation_not_found'))[0]).toBe('/partner-api/errors/user_relation_not_found');
    expect((await pages('connect_token_unusable'))[0]).toBe('/partner-api/errors/connect_token_unusable');
    const found = await pages('relation_not_found');
    expect(found.slice(0, 2).sort()).toEqual(['/partner-api/errors/organization_relation_not_found', '/partner-api/errors/user_relation_not_found']);
  });

  it('lists the pages found by a synonym or an operationId without showing those word lists as results', async () => {
    for (const query of ['link', 'claimOrganizationRelation']) {
      const hits = await search(query);
      expect(hits.some((hit) => hit.type === 'page'), query).toBe(true);
      const shown = hits.map((hit) => hit.content.replace(/<\/?mark>/g, ''));
      expect(shown.filter((text) => /connect, connection|claimOrganizationRelation: claim organization relation/.test(text)), query).toEqual([]);
    }
  });

  it('answers each hit with the text it was found in, as plain text', async () => {
    const hits = await search('externalOrganizationId');
    const field = hits.find((hit) => hit.type === 'text' && hit.url === '/partner-api/organization/claimOrganizationRelation#request-body');
    expect(field?.content).toMatch(/^externalOrganizationId: \S/);
    // guides are Markdown: search answers their words, not their markup (`Authorization`)
    const guide = (await search('carries')).find((hit) => hit.type === 'text' && hit.url.startsWith('/partner-api/authentication'));
    expect(guide?.content).toBe('Every request carries your API token in the Authorization header:');
  });

  it('"connect user" leads to Request user connection', async () => {
    expect((await pages('connect user'))[0]).toBe('/partner-api/user-relation/requestUserRelation');
  });

  it('"link" and "connect" find the connection endpoints before other endpoints', async () => {
    for (const query of ['link', 'connect']) {
      const found = await pages(query);
      expect(found, query).toEqual(expect.arrayContaining(connectionEndpoints));
      const endpoints = found.filter((url) => !url.startsWith('/partner-api/errors') && !['/partner-api', '/partner-api/authentication'].includes(url));
      expect(endpoints.slice(0, connectionEndpoints.length).sort(), query).toEqual(expect.arrayContaining(connectionEndpoints));
    }
  });

  it('still finds an endpoint by title, path, operationId and body field', async () => {
    for (const query of ['claim organization', 'organization-relations/claim', 'claimOrganizationRelation', 'externalOrganizationId']) {
      expect(await pages(query), query).toContain('/partner-api/organization/claimOrganizationRelation');
    }
  });
});

describe('the words of a query in a hit (queryMatches)', () => {
  it('cuts the text where a word of the query occurs, ignoring case, and leaves markup as text', () => {
    expect(queryMatches('Hostile <img src=x onerror=alert(1)> hostile', 'HOSTILE img(')).toEqual([
      { text: 'Hostile', match: true },
      { text: ' <img src=x onerror=alert(1)> ', match: false },
      { text: 'hostile', match: true },
    ]);
    expect(queryMatches('a.b', '.')).toEqual([
      { text: 'a', match: false },
      { text: '.', match: true },
      { text: 'b', match: false },
    ]);
  });

  test.prop([fc.string(), fc.string()])('gives back the whole text, each marked part one of the query\'s words', (text, query) => {
    const parts = queryMatches(text, query);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    const words = query.trim().split(/\s+/).filter(Boolean).map((word) => word.toLowerCase());
    for (const part of parts.filter((candidate) => candidate.match)) expect(words).toContain(part.text.toLowerCase());
  });
});
