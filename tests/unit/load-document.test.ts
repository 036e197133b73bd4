import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildApiModel } from '@/lib/endpoints/build-api-model';
import { typescriptDefinition } from '@/lib/endpoints/typescript-definition';
import { buildErrorCatalog } from '@/lib/errors/error-catalog';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { loadDocument, maxDocumentBytes, readDocument } from '@/lib/openapi/load-document';
import { nestingLimits } from '@/lib/openapi/nesting';
import { SpecError } from '@/lib/openapi/spec-error';
import { validatorModules } from '@/lib/try-it/validator-module';

const fixture = (name: string) => `tests/fixtures/broken/${name}.yaml`;

function loadError(file: string): SpecError {
  try {
    loadDocument(file);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error(`${file} loaded without an error`);
}

describe('loadDocument refuses a broken document with the file, line, column and reason', () => {
  it('invalid YAML', () => {
    const error = loadError(fixture('invalid-yaml'));
    expect(error.file).toBe(fixture('invalid-yaml'));
    expect(error.line).toBe(11);
    expect(error.message).toMatch(/^tests\/fixtures\/broken\/invalid-yaml\.yaml:11:24: invalid YAML: /);
  });

  it('a dangling $ref', () => {
    const error = loadError(fixture('dangling-ref'));
    expect(error.message).toBe(
      'tests/fixtures/broken/dangling-ref.yaml:18:17: dangling $ref "#/components/schemas/Thing": nothing exists at that location ' +
        '(at paths > /things > get > responses > 200 > content > application/json > schema)',
    );
  });

  it('what the specification forbids, as openapi-core reports it: a 3.0 response without description', () => {
    const error = loadError(fixture('response-without-description'));
    expect(error.message).toBe(
      'tests/fixtures/broken/response-without-description.yaml:15:9: The field `description` must be present on this level ' +
        '(at paths > /things > post > responses > 201)',
    );
  });

  it('a file that does not exist', () => {
    expect(loadError('tests/fixtures/broken/nowhere.yaml').message).toMatch(
      /^tests\/fixtures\/broken\/nowhere\.yaml: cannot read the OpenAPI document/,
    );
  });
});

describe('the project document', () => {
  it('loads, and keeps $refs in the raw form while resolving them in the dereferenced one', () => {
    const { raw, dereferenced } = loadDocument();
    expect(JSON.stringify(raw)).toContain('"$ref"');
    expect(JSON.stringify(dereferenced)).not.toContain('"$ref"');
  });
});

const hostile = (name: string) => `tests/fixtures/hostile/${name}`;
const scratch = mkdtempSync(path.join(tmpdir(), 'load-document-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A document of `schemas` schemas, each the items of the one before: deep only through its $refs. */
function refChainDocument(schemas: number): string {
  const file = path.join(scratch, `ref-chain-${schemas}.json`);
  const components: Record<string, unknown> = {};
  for (let index = 0; index < schemas; index++) {
    components[`S${index}`] = index + 1 < schemas ? { type: 'array', items: { $ref: `#/components/schemas/S${index + 1}` } } : { type: 'string' };
  }
  const media = { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } };
  const document = {
    openapi: '3.1.0',
    info: { title: 'Chain', version: '1.0.0' },
    paths: { '/things': { get: { operationId: 'listThings', responses: { '200': { description: 'The things.', content: media } } } } },
    components: { schemas: components },
  };
  writeFileSync(file, JSON.stringify(document, null, 1));
  return file;
}

describe('a hostile document is refused with the file, line, column and reason, never a stack trace', () => {
  it('20,000 nested arrays in JSON: at the bracket that passes the depth limit', () => {
    // the example's first bracket is at column 28 and 8 levels below the root: 83 brackets on
    expect(nestingLimits.written).toBe(90);
    expect(loadError(hostile('deep-arrays.json')).message).toBe(
      'tests/fixtures/hostile/deep-arrays.json:19:111: the document nests more than 90 levels deep here; a reference cannot show a value that deep',
    );
  });

  it('a document nested to the limit as written loads, checked by openapi-core too', { timeout: 60_000 }, () => {
    const file = path.join(scratch, 'at-the-limit.json');
    // the example's outer array is 8 levels below the root, and each array inside it one more
    const nested = (arrays: number) => `${'['.repeat(arrays)}"x"${']'.repeat(arrays)}`;
    const fixture = readFileSync(hostile('deep-arrays.json'), 'utf8');
    writeFileSync(file, fixture.replace(/\[+\]+/, nested(nestingLimits.written - 7)));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(buildApiModel(readDocument(file)).endpoints).toHaveLength(1);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    writeFileSync(file, fixture.replace(/\[+\]+/, nested(nestingLimits.written - 6)));
    expect(loadError(file).reason).toMatch(/^the document nests more than 90 levels deep here/);
  });

  it('20,000 nested arrays in YAML', () => {
    expect(loadError(hostile('deep-arrays.yaml')).message).toMatch(/^tests\/fixtures\/hostile\/deep-arrays\.yaml:16:\d+: invalid YAML: the document nests too deeply/);
  });

  it('a chain of 20,000 schemas, each inside the one before through a $ref', { timeout: 60_000 }, () => {
    const error = loadError(refChainDocument(20_000));
    expect(error.line).toBeGreaterThan(1);
    expect(error.reason).toBe(
      `the document nests more than ${nestingLimits.references} levels deep here once its $refs are followed; a reference cannot show a value that deep`,
    );
  });

  it('a chain of schemas just within the limit loads: its page, Markdown, definition and validators are built', { timeout: 120_000 }, () => {
    // each schema is two levels (`items`, then the target): the chain ends one level below the limit
    const loaded = readDocument(refChainDocument(nestingLimits.references / 2 - 4));
    const model = buildApiModel(loaded);
    const [endpoint] = model.endpoints;
    expect(endpointMarkdown(endpoint, { baseUrl: 'https://api.example.com' })).toContain('`GET /things`');
    expect(typescriptDefinition(loaded.raw, endpoint.success!.schemaRef!, 'ListThingsResponse')).toContain('ListThingsResponse');
    const { modules } = validatorModules(model);
    expect(modules.size).toBe(1);
  });

  it('what the specification forbids, in a document that openapi-core gives up on (a pure $ref cycle)', { timeout: 60_000 }, () => {
    expect(loadError(hostile('unchecked-ref-cycle.yaml')).message).toBe(
      'tests/fixtures/hostile/unchecked-ref-cycle.yaml:13:11: Expected type `string` but got `array` (at paths > /loop > get > responses > 200 > description)',
    );
  });

  it('a malformed percent-escape in a $ref', () => {
    expect(loadError(hostile('malformed-ref-escape.yaml')).message).toBe(
      'tests/fixtures/hostile/malformed-ref-escape.yaml:15:17: $ref "#/components/schemas/Th%E0%A4%Aing" has a malformed percent-escape ' +
        'in "Th%E0%A4%Aing"; write a character as %XX of its UTF-8 bytes',
    );
  });

  it('x-error-types that is not a mapping', () => {
    expect(loadError(hostile('error-types-not-a-mapping.yaml')).message).toBe(
      'tests/fixtures/hostile/error-types-not-a-mapping.yaml:26:3: x-error-types must be a mapping from error type to its guidance, not number 42',
    );
  });

  it('x-error-types guidance whose cause is not text', () => {
    expect(loadError(hostile('error-types-wrong-fields.yaml')).message).toBe(
      'tests/fixtures/hostile/error-types-wrong-fields.yaml:28:7: x-error-types: "thing_not_found" cause must be text, not number 42',
    );
  });

  it('x-error-types guidance with a retry advice that does not exist', () => {
    expect(loadError(hostile('error-types-unknown-retry.yaml')).message).toBe(
      'tests/fixtures/hostile/error-types-unknown-retry.yaml:29:7: x-error-types: "thing_not_found" retry must be one of backoff, fix-first, never, not string "sometimes"',
    );
  });

  it('YAML aliases that expand the document more than 100 times: at the first alias', () => {
    expect(loadError(hostile('alias-expansion.yaml')).message).toMatch(
      /^tests\/fixtures\/hostile\/alias-expansion\.yaml:18:19: YAML aliases expand the document more than 100 times what they stand for/,
    );
  });

  it('a YAML alias inside its own anchor: a value without end', () => {
    expect(loadError(hostile('alias-inside-itself.yaml')).message).toBe(
      'tests/fixtures/hostile/alias-inside-itself.yaml:19:21: a YAML alias inside its own anchor makes this value contain itself, ' +
        'without end; write it out, or use $ref',
    );
  });

  it('a $ref inside an example is part of the example: one that names the whole document builds no endless value', () => {
    const file = path.join(scratch, 'ref-in-example.yaml');
    writeFileSync(file, readFileSync(hostile('alias-inside-itself.yaml'), 'utf8').replace(/example: &thing[^]*$/, "example: { $ref: '#' }\n"));
    const model = buildApiModel(readDocument(file));
    expect(model.endpoints[0].success?.example).toEqual({ $ref: '#' });
    expect(endpointMarkdown(model.endpoints[0], { baseUrl: 'https://api.example.com' })).toContain('"$ref": "#"');
  });

  it('a $ref among the values of an enum is a value; a $ref for the whole list is followed, as openapi-core follows it', () => {
    const file = path.join(scratch, 'ref-in-enum.yaml');
    const schema = "type: object\n                properties:\n                  kind: { enum: [a, { $ref: '#' }] }\n                  tag: { enum: { $ref: '#/x-kinds' } }";
    const text = readFileSync(hostile('alias-inside-itself.yaml'), 'utf8').replace(/type: object\n              example: &thing[^]*$/, `${schema}\nx-kinds: [b, c]\n`);
    writeFileSync(file, text);
    const [endpoint] = buildApiModel(readDocument(file)).endpoints;
    expect(endpointMarkdown(endpoint, { baseUrl: 'https://api.example.com' })).toContain('`kind`');
    expect(endpoint.success?.schema?.properties?.tag.enum).toEqual(['b', 'c']);
    expect(endpoint.success?.schema?.properties?.kind.enum).toEqual(['a', { $ref: '#' }]);
  });

  it('a document larger than the limit, before it is read', () => {
    const file = path.join(scratch, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, maxDocumentBytes + 1);
    expect(loadError(file).reason).toBe('the document is 32.0 MB, more than the 32.0 MB a document may have');
  });
});

describe('guidance on an error type', () => {
  it('only its cause, handling and retry are read: other keys do not replace what the catalogue derives', () => {
    const file = path.join(scratch, 'guidance-extra-keys.yaml');
    writeFileSync(
      file,
      `${readFileSync(hostile('error-types-unknown-retry.yaml'), 'utf8').replace('retry: sometimes', 'retry: never\n      statuses: 7\n      type: other')}`,
    );
    const [entry] = buildErrorCatalog(buildApiModel(readDocument(file)));
    expect(entry).toMatchObject({ type: 'thing_not_found', statuses: ['404'], cause: 'The thing does not exist.', retry: 'never' });
  });
});
