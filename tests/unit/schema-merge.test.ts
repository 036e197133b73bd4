import { describe, expect, it } from 'vitest';
import { isNever, mergeAllOf } from '@/lib/openapi/schema-merge';
import { schemaFields } from '@/lib/endpoints/schema-fields';
import { constraintsOf, typeLabel } from '@/lib/endpoints/schema-text';
import { sampleValue } from '@/lib/endpoints/sample-value';
import type { SchemaObject } from '@/lib/openapi/types';

describe('allOf as an intersection', () => {
  it('keeps the greatest minimum and the smallest maximum, whichever member comes first', () => {
    expect(constraintsOf({ allOf: [{ maximum: 10 }, { maximum: 5 }] })).toEqual(['value ≤ 5']);
    expect(constraintsOf({ allOf: [{ minimum: 5, maxLength: 3 }, { minimum: 1, maxLength: 9 }] })).toEqual(['value ≥ 5', 'length ≤ 3']);
  });

  it('intersects enums and types, and joins required lists', () => {
    const merged = mergeAllOf({
      allOf: [
        { type: ['string', 'null'], enum: ['a', 'b', null], required: ['x'] },
        { type: 'string', enum: ['b', 'c'], required: ['y', 'x'] },
      ],
    });
    expect(merged).toMatchObject({ type: 'string', enum: ['b'], required: ['x', 'y'] });
  });

  it('gives a schema no value satisfies for contradictions, without throwing', () => {
    expect(isNever(mergeAllOf({ allOf: [{ type: 'string' }, { type: 'integer' }] }))).toBe(true);
    expect(isNever(mergeAllOf({ allOf: [{ const: 1 }, { const: 2 }] }))).toBe(true);
    expect(isNever(mergeAllOf({ allOf: [{ enum: ['a'] }, { enum: ['b'] }] }))).toBe(true);
    expect(typeLabel({ allOf: [{ type: 'string' }, { type: 'integer' }] })).toBe('never');
  });

  it('merges properties both members declare, when they are read', () => {
    const schema: SchemaObject = {
      allOf: [
        { type: 'object', properties: { a: { type: 'integer', maximum: 9 } } },
        { type: 'object', properties: { a: { minimum: 3 }, b: { type: 'string' } }, required: ['a'] },
      ],
    };
    const fields = schemaFields(schema);
    expect(fields.map((field) => [field.name, field.type, field.required, field.constraints])).toEqual([
      ['a', 'integer', true, ['3 ≤ value ≤ 9']],
      ['b', 'string', false, []],
    ]);
  });

  it('keeps a oneOf member beside the other members instead of multiplying them', () => {
    const merged = mergeAllOf({
      allOf: [{ type: 'object', properties: { id: { type: 'string' } } }, { oneOf: [{ title: 'A' }, { title: 'B' }] }],
    });
    expect(merged.properties).toHaveProperty('id');
    expect(merged.oneOf?.map((option) => option.title)).toEqual(['A', 'B']);
  });

  it('ends on an allOf that contains itself, and on a member that leads back through oneOf', () => {
    const loop: SchemaObject = { type: 'object', properties: { x: { type: 'string' } } };
    loop.allOf = [loop];
    expect(mergeAllOf(loop).properties).toHaveProperty('x');
    const ping: SchemaObject = {};
    const pong: SchemaObject = { allOf: [ping] };
    ping.oneOf = [pong];
    expect(() => [typeLabel(ping), schemaFields(ping), sampleValue(ping), constraintsOf(pong)]).not.toThrow();
  });

  it('is the same object each time, so that a walker recognises a schema it has shown', () => {
    const schema: SchemaObject = { allOf: [{ type: 'object' }, { properties: { a: { type: 'string' } } }] };
    expect(mergeAllOf(schema)).toBe(mergeAllOf(schema));
  });
});

describe('boolean schemas (3.1)', () => {
  it('read true as anything and false as nothing, wherever they stand', () => {
    const schema = {
      type: 'object',
      properties: { additionalProperties: false, anything: true, list: { type: 'array', items: true } },
      allOf: [{ properties: { anything: false } }],
    } as unknown as SchemaObject;
    const fields = schemaFields(schema);
    expect(fields.map((field) => [field.name, field.type])).toEqual([
      ['anything', 'never'],
      ['additionalProperties', 'never'],
      ['list', 'array<any>'],
    ]);
    expect(() => sampleValue(schema)).not.toThrow();
  });
});

describe('the node budget', () => {
  it('ends a very wide table with a row that says fields are left out', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `p${i}`,
        { type: 'object', properties: Object.fromEntries(Array.from({ length: 10 }, (_, j) => [`q${j}`, { type: 'string' }])) },
      ]),
    ) as Record<string, SchemaObject>;
    const fields = schemaFields({ type: 'object', properties });
    expect(fields.length).toBeLessThanOrEqual(251);
    expect(fields.at(-1)).toMatchObject({ name: '…', description: expect.stringMatching(/Only the first 250 fields/) });
  });

  it('bounds a deep chain of inline objects', () => {
    let schema: SchemaObject = { type: 'string' };
    for (let i = 0; i < 50; i++) schema = { type: 'object', properties: { next: schema } };
    const fields = schemaFields(schema);
    expect(fields.length).toBeLessThan(20);
    expect(() => sampleValue(schema)).not.toThrow();
  });
});
