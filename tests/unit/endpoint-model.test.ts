import { describe, expect, it } from 'vitest';
import { getApiModel } from '@/lib/endpoints';
import { createCodeSamples, sampleTarget } from '@/lib/endpoints/code-samples';
import { typeName, typescriptDefinition } from '@/lib/endpoints/typescript-definition';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { loadDocument } from '@/lib/openapi/load-document';

const model = getApiModel();
const endpoint = (operationId: string) => {
  const found = model.byKey.get(operationId);
  if (!found) throw new Error(`no endpoint ${operationId}`);
  return found;
};

describe('the endpoint model of the Partner API document', () => {
  it('has 24 operations in the 6 groups, in the published order, at the published URLs', () => {
    expect(model.endpoints).toHaveLength(24);
    expect(model.groups.map((group) => group.name)).toEqual([
      'Booking',
      'Court',
      'Organization',
      'Session',
      'User',
      'User relation',
    ]);
    expect(endpoint('claimOrganizationRelation').url).toBe('/partner-api/organization/claimOrganizationRelation');
    expect(endpoint('patchUserRelationExternalUserId').url).toBe(
      '/partner-api/user-relation/patchUserRelationExternalUserId',
    );
  });

  it('gives claimOrganizationRelation 12 error rows across 7 statuses, each with its meaning and sample', () => {
    const claim = endpoint('claimOrganizationRelation');
    expect(claim.errors).toHaveLength(12);
    expect(claim.errorStatuses.map((s) => s.status)).toEqual(['400', '401', '403', '404', '409', '410', '422']);
    expect(claim.errorStatuses.find((s) => s.status === '409')?.types).toEqual([
      'connect_token_unusable',
      'external_organization_id_mismatch',
      'external_organization_id_already_in_use',
    ]);
    const unusable = claim.errors.find((row) => row.type === 'connect_token_unusable');
    expect(unusable?.description).toBe('Connect token is already claimed, cancelled, or consumed.');
    expect(unusable?.sample).toMatchObject({ error: { type: 'connect_token_unusable' } });
    for (const row of claim.errors) {
      expect(row.sample).toMatchObject({ error: { type: row.type, message: expect.any(String) } });
    }
  });

  it('describes the claim request: method, path, path parameter, body fields and TypeScript type', () => {
    const claim = endpoint('claimOrganizationRelation');
    expect(claim.method).toBe('POST');
    expect(claim.path).toBe('/api/v1/external-services/{externalServiceId}/organization-relations/claim');
    expect(claim.parameters.path.map((p) => [p.name, p.type, p.format, p.required])).toEqual([
      ['externalServiceId', 'string', 'uuid', true],
    ]);
    expect(claim.body?.fields.map((field) => field.name)).toEqual(['connectToken', 'externalOrganizationId']);
    const ts = typescriptDefinition(loadDocument().raw, claim.body!.schemaRef, typeName(claim.key, 'Body'));
    expect(ts).toContain('export interface ClaimOrganizationRelationBody');
    expect(ts).toMatch(/connectToken: string;/);
  });

  it('tells readers which endpoints check token scopes, and says so only where the document shows it', () => {
    const scopeLine = (e: (typeof model.endpoints)[number]) =>
      endpointMarkdown(e, { baseUrl: 'https://dev.wingfield.systems' })
        .split('\n')
        .find((line) => line.includes('token scopes'))
        ?.replaceAll('**', '');
    const pagesSaying = (start: string) =>
      model.endpoints.filter((e) => scopeLine(e)?.startsWith(start)).map((e) => e.operationId).sort();
    // the user-relation writes answer no scope_permission_denied; the two link-only endpoints list no errors at all
    expect(pagesSaying('Does not check token scopes')).toEqual([
      'deleteUserRelation',
      'patchUserRelationExternalUserId',
      'requestUserRelation',
    ]);
    expect(pagesSaying('Whether it checks token scopes is not yet published')).toEqual([
      'listExternalServiceUsers',
      'listUserRelations',
    ]);
    expect(pagesSaying('Checks token scopes')).toHaveLength(19);
    expect(scopeLine(endpoint('claimOrganizationRelation'))).toContain('`403 scope_permission_denied`');
  });

  it('marks the two link-only endpoints as unconfirmed and invents no errors for them', () => {
    const unconfirmed = model.endpoints.filter((e) => e.pathUnconfirmed).map((e) => e.operationId);
    expect(unconfirmed.sort()).toEqual(['listExternalServiceUsers', 'listUserRelations']);
    expect(endpoint('listUserRelations').errors).toEqual([]);
  });

  it('reads list parameters with their defaults and ranges', () => {
    const limit = endpoint('listCourtBookings').parameters.query.find((p) => p.name === 'limit');
    expect(limit).toMatchObject({ type: 'integer', default: 50, required: false });
    expect(limit?.constraints).toContain('1 ≤ value ≤ 100');
  });

  it('describes each error type the same way on every endpoint', () => {
    const meaning = new Map<string, string>();
    for (const row of model.endpoints.flatMap((e) => e.errors)) {
      const known = meaning.get(row.type);
      if (known) expect(`${row.type}: ${row.description}`).toBe(`${row.type}: ${known}`);
      else meaning.set(row.type, row.description);
    }
    expect(meaning.size).toBe(37);
  });
});

describe('code samples', () => {
  const samples = createCodeSamples(sampleTarget(endpoint('claimOrganizationRelation')), { baseUrl: 'https://dev.wingfield.systems' });

  it('come in cURL, JavaScript, Python, Go, PHP, Java, C# and Ruby', () => {
    expect(samples.map((s) => s.label)).toEqual(['cURL', 'JavaScript', 'Python', 'Go', 'PHP', 'Java', 'C#', 'Ruby']);
  });

  it('call the dev host with the bearer header and the example body', () => {
    for (const sample of samples) {
      expect(sample.code).toMatch(
        /https:\/\/dev\.wingfield\.systems\/api\/v1\/external-services\/[0-9a-f-]{36}\/organization-relations\/claim/,
      );
      expect(sample.code).toContain('Bearer <api-token>');
      expect(sample.code).toContain('connectToken');
    }
    expect(samples[0].code).toMatch(/^curl -X POST /);
  });
});
