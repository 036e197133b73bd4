import { describe, expect, it } from 'vitest';
import { buildApiModel, getApiModel } from '@/lib/endpoints';
import { loadDocument } from '@/lib/openapi/load-document';
import { selectProfile } from '@/lib/profile';
import { reproduce } from '@/lib/try-it/reproductions';

describe('the profile of a document', () => {
  it('is Wingfield for our document, and for any document with typed error bodies', () => {
    expect(selectProfile(loadDocument().dereferenced).name).toBe('wingfield');
    expect(selectProfile(loadDocument('tests/fixtures/xss/hostile-descriptions.yaml').dereferenced).name).toBe('wingfield');
  });

  it('is generic for a document without those conventions', () => {
    for (const file of ['generic-errors', 'operations', 'webhooks']) {
      expect(selectProfile(loadDocument(`tests/fixtures/constructs/${file}.yaml`).dereferenced).name).toBe('generic');
    }
  });

  it('decides which errors the try-it panel can reproduce', () => {
    const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
    expect(reproduce(claim, 'missing_api_token')).toMatchObject({ reproducible: true, reproduction: { token: 'none', how: 'sent without a token', changes: ['token omitted'] } });
    const [thing] = buildApiModel(loadDocument('tests/fixtures/constructs/generic-errors.yaml')).endpoints;
    expect(reproduce(thing, 'badId').reproducible).toBe(false);
  });

  it('keeps scope checks and unconfirmed paths to the Wingfield extensions', () => {
    const model = getApiModel();
    expect(model.endpoints.filter((e) => e.pathUnconfirmed)).toHaveLength(2);
    const generic = buildApiModel(loadDocument('tests/fixtures/constructs/generic-errors.yaml'));
    expect(generic.endpoints.every((e) => !e.checksScopes && !e.pathUnconfirmed)).toBe(true);
  });
});

describe('the Authorization section of our own pages', () => {
  it('names the bearer token once and leaves the scheme to the Authentication guide', async () => {
    const { EndpointPage } = await import('@/components/endpoint/endpoint-page');
    const { createElement } = await import('react');
    const { prerender } = await import('react-dom/static');
    const { parse } = await import('node-html-parser');
    const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
    const { prelude } = await prerender(createElement(EndpointPage, { endpoint: claim }));
    const html = parse(await new Response(prelude).text());
    const section = html.querySelector('#authorization')!.parentNode.text.replace(/\s+/g, ' ');
    expect(section).toContain('Bearer token: Authorization: Bearer <api-token>.');
    expect(section.match(/Authorization: Bearer/g)).toHaveLength(1);
    expect(section).toContain('Checks token scopes: a token without the permission this endpoint needs gets 403 scope_permission_denied');
    expect(section).not.toContain('tok_ext_v1_');
  }, 30_000);
});
