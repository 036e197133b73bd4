import { describe, expect, it } from 'vitest';
import { buildApiModel } from '@/lib/endpoints/build-api-model';
import { loadDocument } from '@/lib/openapi/load-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { verifyExamples } from '@/lib/openapi/verify-examples';

describe('every example in the document is valid against its schema', () => {
  it('request bodies, responses, error samples and schema examples', () => {
    const report = verifyExamples(buildApiModel(loadDocument()));
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
  });

  it('names an invalid example by its JSON pointer and the offending value by its own', () => {
    const loaded = loadDocument();
    const broken = structuredClone(loaded.raw) as OpenAPIDocument;
    const claim = broken.paths['/api/v1/external-services/{externalServiceId}/organization-relations/claim'].post!;
    const media = (claim.responses!['409'] as { content: Record<string, { examples: Record<string, { value: unknown }> }> })
      .content['application/json'];
    media.examples.connect_token_unusable.value = { error: { type: 'stale_write', message: 7 } };
    const { problems } = verifyExamples(buildApiModel({ ...loaded, raw: broken }));
    const prefix = '#/paths/~1api~1v1~1external-services~1{externalServiceId}~1organization-relations~1claim/post/responses/409';
    expect(problems).toEqual(
      expect.arrayContaining([
        { example: `${prefix}/content/application~1json/examples/connect_token_unusable/value`, pointer: '/error/message', message: 'must be string' },
        { example: `${prefix}/content/application~1json/examples/connect_token_unusable/value`, pointer: '/error/type', message: expect.stringMatching(/^must be one of/) },
      ]),
    );
  });
});
