import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FieldTable } from '@/components/endpoint/field-table';
import { buildApiModel } from '@/lib/endpoints';
import { sampleTarget } from '@/lib/endpoints/code-samples';
import type { FieldRow } from '@/lib/endpoints/schema-fields';
import { typeName, typescriptDefinition } from '@/lib/endpoints/typescript-definition';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { loadDocument } from '@/lib/openapi/load-document';
import type { CompiledValidator } from '@/lib/try-it/compiled-validator';
import { validatorModules } from '@/lib/try-it/validator-module';

const fixtures = ['recursion', 'ref-cycle', 'composition', 'types', 'types-3.0'];

/** A fixture document as the site shows it: the model, each page's Markdown and its field tables as HTML. */
function site(fixture: string) {
  const loaded = loadDocument(`tests/fixtures/constructs/${fixture}.yaml`);
  const model = buildApiModel(loaded);
  const endpoint = (operationId: string) => {
    const found = model.byKey.get(operationId);
    if (!found) throw new Error(`no endpoint ${operationId}`);
    return found;
  };
  return {
    loaded,
    model,
    endpoint,
    markdown: (operationId: string) => endpointMarkdown(endpoint(operationId), { baseUrl: 'https://api.example.com' }),
    html: (fields: FieldRow[], showRequired = true) => renderToStaticMarkup(createElement(FieldTable, { fields, showRequired })),
  };
}

const row = (fields: FieldRow[] | undefined, name: string) => {
  const found = fields?.find((field) => field.name === name);
  if (!found) throw new Error(`no row ${name} in ${fields?.map((field) => field.name).join(', ')}`);
  return found;
};

describe('recursive schemas', () => {
  const { endpoint, markdown, html } = site('recursion');

  it('show a recursive field once, as a reference to the schema it repeats', () => {
    const fields = endpoint('createNode').body?.fields;
    expect(fields?.map((field) => field.name)).toEqual(['name', 'children', 'parent']);
    expect(row(fields, 'children')).toMatchObject({ type: 'array<Node>', see: { reason: 'recursive', name: 'Node' } });
    expect(row(fields, 'parent').see).toEqual({ reason: 'recursive', name: 'Node' });
    expect(markdown('createNode')).toContain('| `children` | `array<Node>` | no | recursive, see `Node`. |');
    expect(html(fields ?? [])).toContain('recursive, see <code>Node</code>');
  });

  it('name a schema that is an array of itself, and sample it as an empty array', () => {
    const success = endpoint('listTrees').success;
    expect(success?.fields).toEqual([expect.objectContaining({ name: '[]', type: 'array<Tree>', see: { reason: 'recursive', name: 'Tree' } })]);
    expect(success?.example).toEqual([]);
    expect(markdown('listTrees')).toContain('| `[]` | `array<Tree>` | recursive, see `Tree`. |');
  });

  it('write a JSON value as the union of its alternatives, null as nullable, never as a variant', () => {
    const value = row(endpoint('putValue').body?.fields, 'value');
    expect(value.type).toBe('string | number | boolean | array<JsonValue> | map<string, JsonValue> | null');
    expect(value.nullable).toBe(true);
    expect(value.variant).toBeUndefined();
    const nested = row(endpoint('putValue').body?.fields, 'value[key]');
    expect(nested.see).toEqual({ reason: 'recursive', name: 'JsonValue', field: 'value' });
    expect(markdown('putValue')).toContain('recursive, see `JsonValue` (`value`)');
    expect(markdown('putValue')).not.toMatch(/option \d of 6/);
    expect(endpoint('getPair').parameters.query[0].type).toBe(value.type);
  });

  it('follow mutually recursive schemas one round, then point back', () => {
    const fields = endpoint('getPair').success?.fields;
    expect(fields?.map((field) => field.name)).toEqual(['name', 'employer', 'employer.title', 'employer.staff']);
    expect(row(fields, 'employer.staff')).toMatchObject({ type: 'array<Person>', see: { reason: 'recursive', name: 'Person' } });
    expect(html(fields ?? [], false)).toContain('recursive, see <code>Person</code>');
  });

  it('leave readOnly fields out of a recursive allOf request, and point back at the recursion', () => {
    const fields = endpoint('createExtended').body?.fields;
    expect(fields?.map((field) => field.name)).toEqual(['label', 'next']);
    expect(row(fields, 'next').see).toEqual({ reason: 'recursive', name: 'ExtendedNode' });
    expect(endpoint('createExtended').body?.example).toEqual({ label: 'string' });
  });

  it('make finite samples that leave an optional recursion out', () => {
    expect(endpoint('createNode').body?.example).toEqual({ name: 'root' });
    expect(endpoint('putValue').body?.example).toEqual({ key: 'string', value: 'string' });
  });

  it('give recursive TypeScript types that refer to themselves by name', () => {
    const { loaded } = site('recursion');
    const body = endpoint('createNode').body;
    const ts = typescriptDefinition(loaded.raw, body?.schemaRef ?? '', typeName('createNode', 'Body'), 'request');
    expect(ts).toContain('children?: CreateNodeBody[];');
    expect(markdown('putValue')).toContain('| JsonValue[]');
  });
});

describe('schemas made only of references to each other', () => {
  const { endpoint, markdown } = site('ref-cycle');

  it('render without overflowing: a row points at the schema, the sample is empty', () => {
    const body = endpoint('postLoop').body;
    expect(body?.fields[0]?.see?.reason).toBe('recursive');
    expect(body?.example).toEqual({});
    expect(markdown('postLoop')).toContain('recursive, see `Pong`');
  });
});

describe('composition', () => {
  const { endpoint, markdown, html } = site('composition');

  it('merges allOf as an intersection: the smallest maximum and the greatest minimum win', () => {
    const fields = endpoint('putLimits').body?.fields;
    expect(row(fields, 'range').constraints).toEqual(['1 ≤ value ≤ 5']);
    expect(endpoint('putLimits').parameters.query[0]).toMatchObject({ type: 'integer', constraints: ['2 ≤ value ≤ 5'], sample: 2 });
    expect(markdown('putLimits')).toContain('| `range` | `integer` | no | 1 ≤ value ≤ 5. |');
  });

  it('intersects enums, joins required lists and merges nested properties', () => {
    const fields = endpoint('putLimits').body?.fields;
    expect(row(fields, 'size').constraints).toEqual(['one of medium, large']);
    expect(row(fields, 'meta.createdBy').required).toBe(true);
    expect(row(fields, 'meta.reason').required).toBe(true);
    expect(row(fields, 'meta.limits.soft')).toMatchObject({ required: true, constraints: ['value ≤ 50'] });
  });

  it('shows contradictory members as a type no value has, and leaves it out of the sample', () => {
    const impossible = row(endpoint('putLimits').body?.fields, 'impossible');
    expect(impossible.type).toBe('never');
    expect(impossible.constraints[0]).toMatch(/no value is valid/);
    expect(endpoint('putLimits').body?.example).not.toHaveProperty('impossible');
  });

  it('names oneOf variants by their discriminator value and schema', () => {
    const fields = endpoint('createPet').success?.fields ?? [];
    expect([...new Set(fields.map((field) => field.variant))]).toEqual(['one of: Cat (petType = cat)', 'one of: Dog (petType = dog)']);
    expect(markdown('createPet')).toContain('| `barks` | `boolean` | (one of: Dog (petType = dog)) |');
    expect(markdown('createPet')).toContain('| `petType` | `string` | (one of: Dog (petType = dog)) always dog. |');
    expect(html(fields, false)).toContain('one of: Cat (petType = cat)');
    expect(endpoint('createPet').success?.example).toMatchObject({ petType: 'cat' });
  });

  it('keeps a oneOf beside the allOf members it is combined with', () => {
    const fields = endpoint('createPet').body?.fields ?? [];
    expect(fields.slice(0, 2).map((field) => [field.name, field.variant])).toEqual([
      ['owner', undefined],
      ['tags', undefined],
    ]);
    expect(fields.filter((field) => field.name === 'petType')).toHaveLength(2);
  });

  it('names anyOf variants by title, else by position', () => {
    const fields = endpoint('putLimits').success?.fields;
    expect(row(fields, 'email').variant).toBe('any of: By email');
    expect(row(fields, 'phone').variant).toBe('any of: option 2 of 2');
  });
});

describe('types', () => {
  const { endpoint, markdown, html } = site('types');

  it('writes 3.1 type arrays with null as nullable', () => {
    const nickname = row(endpoint('createAccount').body?.fields, 'nickname');
    expect(nickname).toMatchObject({ type: 'string | null', nullable: true, constraints: ['length ≤ 20'] });
    expect(markdown('createAccount')).toContain('| `nickname` | `string \\| null` | no | length ≤ 20. May be null. |');
  });

  it('shows const, enum, exclusive bounds and deprecated fields', () => {
    const fields = endpoint('createAccount').body?.fields;
    expect(row(fields, 'kind').constraints).toEqual(['always personal']);
    expect(row(fields, 'status').constraints).toEqual(['one of active, closed']);
    expect(row(fields, 'ratio').constraints).toEqual(['0 < value ≤ 1']);
    expect(row(fields, 'legacyCode').deprecated).toBe(true);
    expect(markdown('createAccount')).toContain('| `legacyCode` | `string` | no | **Deprecated.** |');
    expect(html(fields ?? [])).toContain('deprecated');
  });

  it('labels maps and gives their values a [key] row', () => {
    const fields = endpoint('createAccount').body?.fields;
    expect(row(fields, 'scores').type).toBe('map<string, integer>');
    expect(row(fields, 'scores[key]').type).toBe('integer');
    expect(row(fields, 'labels').type).toBe('map<string, Label>');
    expect(row(fields, 'labels[key].color').constraints).toEqual(['one of red, green']);
  });

  it('labels nested arrays', () => {
    expect(row(endpoint('createAccount').body?.fields, 'matrix').type).toBe('array<array<string>>');
  });

  it('leaves readOnly fields out of the request and writeOnly fields out of the response', () => {
    const account = endpoint('createAccount');
    const request = account.body?.fields.map((field) => field.name);
    const response = account.success?.fields.map((field) => field.name);
    expect(request).toContain('password');
    expect(request).not.toContain('id');
    expect(response).toContain('id');
    expect(response).not.toContain('password');
    expect(account.body?.example).not.toHaveProperty('id');
    expect(account.body?.example).toHaveProperty('password');
    expect(account.success?.example).not.toHaveProperty('password');
    const ts = markdown('createAccount').split('```ts')[1]?.split('```')[0] ?? '';
    expect(ts).toContain('password: string;');
    expect(ts).not.toMatch(/\bid\??:/);
  });

  it('gives schemas whose names are not identifiers a TypeScript name, and a readable comment when generation fails', () => {
    const { loaded } = site('types');
    const ts = typescriptDefinition(loaded.raw, '#/components/schemas/Account', 'Account', 'response');
    expect(ts).toContain('settings?: AccountSettings;');
    // the generator reads `.Config` as a file extension; the name is still an identifier
    expect(ts).toContain('security?: _2FA;');
    expect(ts).toContain('export interface _2FA {');
    const broken = typescriptDefinition(loaded.raw, '#/components/schemas/Missing', 'MissingBody');
    // nothing at the pointer (a media type without a schema): any value, and no crash
    expect(broken).toBe('type MissingBody = unknown;');
    expect(typeName('create-account_v2', 'Body')).toBe('CreateAccountV2Body');
  });

  it('reads 3.0 nullable and boolean exclusive bounds, and shows a shared schema once', () => {
    const { endpoint: endpoint30 } = site('types-3.0');
    const fields = endpoint30('putProfile').body?.fields;
    expect(row(fields, 'nickname')).toMatchObject({ type: 'string | null', nullable: true });
    expect(row(fields, 'address')).toMatchObject({ type: 'object | null', nullable: true });
    expect(row(fields, 'address.city').type).toBe('string');
    expect(row(fields, 'age').constraints).toEqual(['value > 0']);
    expect(row(fields, 'history')).toMatchObject({ type: 'array<Address>', see: { reason: 'above', name: 'Address', field: 'address' } });
  });
});

describe('every construct fixture', () => {
  it.each(fixtures)('%s: model, Markdown, TypeScript and what the page hands on are finite', (fixture) => {
    const { model, markdown, loaded } = site(fixture);
    expect(model.endpoints.length).toBeGreaterThan(0);
    for (const endpoint of model.endpoints) {
      expect(markdown(endpoint.key)).toContain(`# ${endpoint.title}`);
      for (const [model, suffix, usage] of [[endpoint.body, 'Body', 'request'], [endpoint.success, 'Response', 'response']] as const) {
        if (model?.schemaRef) {
          expect(typescriptDefinition(loaded.raw, model.schemaRef, typeName(endpoint.key, suffix), usage)).toMatch(/export (type|interface)/);
        }
      }
      // what pages and the try-it payload serialise: a cycle here would break rendering
      const parameters = Object.values(endpoint.parameters).flat().map(({ schema: _schema, ...rest }) => rest);
      expect(() => JSON.stringify({ body: endpoint.body?.fields, success: endpoint.success?.fields, parameters })).not.toThrow();
      expect(() => JSON.stringify([endpoint.body?.example, endpoint.success?.example, sampleTarget(endpoint)])).not.toThrow();
    }
  });

  it.each(fixtures)(
    '%s: validators compile to the modules the panel loads, and accept the samples without overflowing',
    async (fixture) => {
      const { model } = site(fixture);
      const dir = path.resolve('lib/generated/construct-validators', fixture);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const { modules, skipped } = validatorModules(model);
      // 3.0's `nullable` beside `allOf` needs the upgrade to 3.1 before Ajv (2020-12) compiles it
      expect(skipped.every((reason) => fixture === 'types-3.0' && /nullable/.test(reason)), skipped.join('\n')).toBe(true);
      for (const [operationId, code] of modules) {
        const file = path.join(dir, `${operationId}.mjs`);
        writeFileSync(file, code);
        const { validators } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { validators: Record<string, CompiledValidator> };
        const endpoint = model.byKey.get(operationId);
        for (const [key, validate] of Object.entries(validators)) {
          const kind = key.split(' ')[1];
          const sample = kind === 'body' ? endpoint?.body?.example : kind === 'response' ? endpoint?.success?.example : undefined;
          if (sample === undefined) continue;
          expect(validate(sample), `${key}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }
    },
  );
});
