import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiCompare } from 'api-smart-diff';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, ChangeClass } from '@/lib/changes';
import { compareDocuments } from '@/lib/changes';
import { correctVerdict } from '@/lib/changes/engine-corrections';
import { readDocument, type LoadedDocument } from '@/lib/openapi/load-document';
import { baseDocument, changeCases, type ExpectedChange } from '../fixtures/changes/cases';

let dir: string;
let base: LoadedDocument;
const strictness: Record<ChangeClass, number> = { breaking: 0, 'non-breaking': 1, documentation: 2 };

/** A document of plain data, through the loader: checked, upgraded and dereferenced as the site reads it. */
function load(document: unknown, name: string): LoadedDocument {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, stringify(document));
  return readDocument(file);
}

function changed(name: string): LoadedDocument {
  const document = baseDocument();
  changeCases.find((candidate) => candidate.name === name)!.change(document);
  return load(document, name);
}

const matches = (change: Change, expected: ExpectedChange) =>
  change.kind === expected.kind &&
  change.class === expected.class &&
  (expected.side === undefined || change.location.side === expected.side) &&
  (expected.operationId === undefined || change.location.operation?.operationId === expected.operationId) &&
  (expected.pointer === undefined || change.location.pointer.startsWith(expected.pointer));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'changes-'));
  base = load(baseDocument(), 'base');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('each kind of change gets its class, a request and a response judged apart', () => {
  for (const testCase of changeCases) {
    it(`${testCase.title}: ${testCase.expected.map((expected) => `${expected.kind}, ${expected.class}${expected.side ? ` (${expected.side})` : ''}`).join('; ')}`, { timeout: 30_000 }, () => {
      const changes = compareDocuments(base, changed(testCase.name));
      const shown = JSON.stringify(changes.map((change) => [change.kind, change.class, change.location.side, change.location.operation?.operationId, change.summary]), null, 1);
      for (const expected of testCase.expected) expect(changes.some((change) => matches(change, expected)), shown).toBe(true);
      const strictest = Math.min(...testCase.expected.map((expected) => strictness[expected.class]));
      for (const change of changes) expect(strictness[change.class], shown).toBeGreaterThanOrEqual(strictest);
      // breaking first
      const order = changes.map((change) => strictness[change.class]);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });
  }

  it('finds no change between a document and itself', () => {
    expect(compareDocuments(base, load(baseDocument(), 'same'))).toEqual([]);
  });

  it('does not count the release date, the first-release mark or the version as changes', () => {
    const document = baseDocument();
    Object.assign(document.info, { version: '2.0.0', 'x-release-date': '2026-12-07', 'x-release-first': true });
    expect(compareDocuments(base, load(document, 'release-metadata'))).toEqual([]);
  });

  it('a change to a shared schema is a change of each operation that uses it, where the pages show it', () => {
    const changes = compareDocuments(base, changed('response-enum-widened'));
    expect(changes.map((change) => [change.location.operation?.operationId, change.location.status, change.location.field, change.location.pointer])).toEqual([
      ['createBooking', '201', 'status', '#/paths/~1bookings/post/responses/201/content/application~1json/schema/properties/status/enum/2'],
      ['getBooking', '200', 'status', '#/paths/~1bookings~1{bookingId}/get/responses/200/content/application~1json/schema/properties/status/enum/2'],
    ]);
    expect(changes[1].summary).toBe('`status` can be the new value `pending` in the 200 response.');
  });

  it('a new required field is one change, "added", with the summary a reader needs', () => {
    const [change, ...others] = compareDocuments(base, changed('request-required-field-with-default'));
    expect(others).toEqual([]);
    expect(change).toMatchObject({ kind: 'added', class: 'breaking', location: { side: 'request', field: 'currency', operation: { method: 'POST', path: '/bookings', operationId: 'createBooking' } } });
    expect(change.summary).toBe('Required field `currency` was added to the request body.');
  });

  it('names a nested field by its dotted path, and an array item with []', () => {
    const document = baseDocument();
    document.components.schemas.Booking.properties.price.properties.currency.enum = ['EUR'];
    document.components.schemas.Court.properties.tags = { type: 'array', items: { type: 'object', properties: { label: { type: 'string' } } } };
    const after = structuredClone(document);
    after.components.schemas.Court.properties.tags.items.properties.label.enum = ['indoor'];
    delete after.components.schemas.Booking.properties.price.properties.currency;
    const changes = compareDocuments(load(document, 'nested-before'), load(after, 'nested-after'));
    expect(changes.map((change) => change.location.field)).toEqual(expect.arrayContaining(['price.currency', '[].tags[].label']));
    expect(changes.find((change) => change.location.field === 'price.currency')).toMatchObject({ kind: 'removed', class: 'breaking' });
  });

  it('keeps a hostile name inside its code span: no backtick, line break or control character gets out', () => {
    const after = baseDocument();
    after.components.schemas.Booking.properties['a`b\n# Heading\u0007'] = { type: 'string' };
    const [change] = compareDocuments(base, load(after, 'hostile-name'));
    expect(change.summary).toBe("Field `a'b # Heading ` was added to the 201 response.");
    expect(change.summary).not.toMatch(/[\n\u0007]/);
  });
});

describe('the engine is corrected in one place where it is wrong', () => {
  const engineVerdicts = (name: string) => {
    const after = baseDocument();
    changeCases.find((candidate) => candidate.name === name)!.change(after);
    return apiCompare(baseDocument(), after).diffs.map((diff) => diff.type);
  };

  it('api-smart-diff calls these non-breaking; compareDocuments calls them breaking', { timeout: 30_000 }, () => {
    for (const name of ['response-field-removed', 'request-required-field-with-default']) {
      expect(engineVerdicts(name), name).not.toContain('breaking');
      expect(compareDocuments(base, changed(name)).every((change) => change.class === 'breaking'), name).toBe(true);
    }
    // the engine sees the scheme's removal from components as harmless
    const after = baseDocument();
    changeCases.find((candidate) => candidate.name === 'security-scheme-removed')!.change(after);
    const component = apiCompare(baseDocument(), after).diffs.find((diff) => diff.path.join('/') === 'components/securitySchemes/apiKey');
    expect(component?.type).toBe('non-breaking');
    expect(compareDocuments(base, changed('security-scheme-removed')).find((change) => change.location.pointer === '#/components/securitySchemes/apiKey')?.class).toBe('breaking');
  });

  it('correctVerdict leaves every other verdict as the engine gave it', () => {
    expect(correctVerdict({ action: 'remove', path: ['paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'x'], side: 'response', class: 'non-breaking' })).toBe('breaking');
    expect(correctVerdict({ action: 'remove', path: ['paths', '/a', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'x'], side: 'request', class: 'non-breaking' })).toBe('non-breaking');
    expect(correctVerdict({ action: 'add', path: ['paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'required', 0], side: 'response', class: 'non-breaking' })).toBe('non-breaking');
    expect(correctVerdict({ action: 'add', path: ['components', 'securitySchemes', 'apiKey'], class: 'non-breaking' })).toBe('non-breaking');
    expect(correctVerdict({ action: 'replace', path: ['paths', '/a', 'get', 'summary'], class: 'documentation' })).toBe('documentation');
  });
});
