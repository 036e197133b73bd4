import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getApiModel } from '@/lib/endpoints';
import { getErrorCatalog } from '@/lib/errors';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { errorTypeMarkdown } from '@/lib/markdown/error-markdown';

const golden = 'tests/fixtures/golden/claimOrganizationRelation.md';

describe('Markdown of an endpoint', () => {
  const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
  const markdown = endpointMarkdown(claim, { baseUrl: 'https://dev.wingfield.systems' });

  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it('carries method, path, parameters, the TypeScript body, the response, 12 error types and the samples in eight languages, and no JSX', () => {
    expect(markdown).toContain('`POST /api/v1/external-services/{externalServiceId}/organization-relations/claim`');
    expect(markdown).toContain('| `externalServiceId` | `string` (uuid) | yes |');
    expect(markdown).toMatch(/```ts\n[\s\S]*connectToken: string;/);
    expect(markdown).toContain('## Response 200');
    for (const row of claim.errors) expect(markdown).toContain(`### ${row.type}`);
    expect(claim.errors).toHaveLength(12);
    expect(markdown).toMatch(/```bash\ncurl -X POST "https:\/\/dev\.wingfield\.systems\/api\/v1\//);
    for (const label of ['cURL', 'JavaScript', 'Python', 'Go', 'PHP', 'Java', 'C#', 'Ruby']) expect(markdown).toContain(`\n${label}:\n`);
    expect(markdown).toMatch(/```java\nimport java\.net\.URI;/);
    // outside code, where `HttpResponse<String>` is Java
    expect(markdown.replace(/^```[\s\S]*?^```/gm, '')).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
  });
});

describe('the error catalogue', () => {
  const catalog = getErrorCatalog();

  it('has the 37 types once each, gathered from the endpoints', () => {
    expect(catalog).toHaveLength(37);
    expect(new Set(catalog.map((entry) => entry.type)).size).toBe(37);
  });

  it('gives every type its cause, handling and retry advice from the document', () => {
    const missing = catalog.filter((entry) => !entry.cause || !entry.handling || !entry.retry).map((entry) => entry.type);
    expect(missing).toEqual([]);
  });

  it('lists every endpoint that returns a type', () => {
    const unusable = catalog.find((entry) => entry.type === 'connect_token_unusable')!;
    expect(unusable.statuses).toEqual(['409']);
    expect(unusable.endpoints.map((e) => e.operationId)).toEqual(['claimOrganizationRelation']);
    const invalidSchema = catalog.find((entry) => entry.type === 'invalid_schema')!;
    expect(invalidSchema.endpoints).toHaveLength(
      getApiModel().endpoints.filter((e) => e.errors.some((row) => row.type === 'invalid_schema')).length,
    );
    expect(errorTypeMarkdown(unusable)).toContain(
      '- [Claim organization relation](/partner-api/organization/claimOrganizationRelation#connect_token_unusable)',
    );
  });
});
