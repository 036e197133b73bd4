import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/lib/openapi/load-document';
import { SpecError } from '@/lib/openapi/spec-error';

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
