import { describe, expect, it, vi } from 'vitest';
import { buildApiModel } from '@/lib/endpoints/build-api-model';
import { checkDocument } from '@/lib/openapi/check-document';
import { loadDocument } from '@/lib/openapi/load-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { strictExamples, verifyExamples } from '@/lib/openapi/verify-examples';
import { createAjv, documentId } from '@/lib/try-it/create-ajv';
import { validatorModules } from '@/lib/try-it/validator-module';

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

const mismatched = 'tests/fixtures/examples/mismatched-examples.yaml';

describe('an example that does not match its schema', () => {
  it('our document is strict: its 118 examples are verified, with no warning', () => {
    expect(strictExamples(undefined, true)).toBe(true);
    const check = checkDocument(loadDocument(), { strict: true });
    expect(check).toMatchObject({ failed: false, messages: [], examples: { checked: 118, mismatched: 0 } });
  });

  it("is a warning with its file:line:column in someone else's document, and the check passes", () => {
    expect(strictExamples(undefined, false)).toBe(false);
    const check = checkDocument(loadDocument(mismatched), { strict: false });
    expect(check.failed).toBe(false);
    expect(check.messages.filter((message) => message.includes(': warning: '))).toEqual([
      `${mismatched}:24:11: warning: example #/paths/~1offices~1{zip}/get/parameters/1/example does not match its schema at /: must be string`,
      `${mismatched}:41:7: warning: example #/components/schemas/Office/example does not match its schema at /distance: must be number`,
    ]);
    expect(check.summary).toBe(
      `${mismatched}: 1 operations in 1 groups, 0 error types, 1 of 3 examples valid (2 warnings; WINGFIELD_STRICT_EXAMPLES=1 makes them errors)`,
    );
  });

  it('is an error that fails the check when the keeper makes it strict', () => {
    expect(strictExamples('1', false)).toBe(true);
    expect(strictExamples('0', true)).toBe(false);
    const check = checkDocument(loadDocument(mismatched), { strict: true });
    expect(check.failed).toBe(true);
    expect(check.messages.filter((message) => message.includes(': error: example'))).toHaveLength(2);
  });
});

describe('a format Ajv does not know', () => {
  it('is noted once, with where it is first named, and is not checked', () => {
    const check = checkDocument(loadDocument(mismatched), { strict: true });
    expect(check.messages.filter((message) => message.includes('note:'))).toEqual([
      `${mismatched}:15:11: note: format "##### or #####-####" is not one Ajv knows; values are not checked against it`,
      `${mismatched}:21:11: note: format "integer" is not one Ajv knows; values are not checked against it`,
    ]);
  });

  it("the try-it panel's validators compile without a warning, and still check the type", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const model = buildApiModel(loadDocument(mismatched));
      const { modules } = validatorModules(model);
      expect(modules.size).toBe(1);
      const ajv = createAjv(model.document);
      const zip = ajv.compile({ $ref: `${documentId}#/paths/~1offices~1{zip}/get/parameters/0/schema` });
      expect(zip('not a zip code at all')).toBe(true);
      expect(zip(12345)).toBe(false);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('an example whose schema Ajv cannot compile', () => {
  it('is noted as not verified, and the check passes, strict or not', () => {
    const file = 'tests/fixtures/examples/uncompilable-schemas.yaml';
    const check = checkDocument(loadDocument(file), { strict: true });
    expect(check.failed).toBe(false);
    expect(check.messages).toEqual([
      `${file}:18:15: note: example #/paths/~1products/get/responses/200/content/application~1json/example is not verified: ` +
        'Ajv cannot compile the schema (reference "https://example.com/product" resolves to more than one schema)',
    ]);
  });
});
