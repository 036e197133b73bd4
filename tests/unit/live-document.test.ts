import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApiModel } from '@/lib/endpoints';
import { getErrorCatalog } from '@/lib/errors';
import { loadDocument } from '@/lib/openapi/load-document';

// what `next dev` relies on: outside production, the caches follow the file
let dir: string;
let file: string;
let original: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wingfield-live-'));
  file = path.join(dir, 'document.yaml');
  copyFileSync('openapi/wingfield-partner-api.yaml', file);
  original = process.env.WINGFIELD_OPENAPI;
  process.env.WINGFIELD_OPENAPI = file;
});

afterAll(() => {
  if (original === undefined) delete process.env.WINGFIELD_OPENAPI;
  else process.env.WINGFIELD_OPENAPI = original;
  rmSync(dir, { recursive: true, force: true });
});

let edits = 0;
function edit(change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  // a distinct modification time even on coarse clocks
  const at = new Date(Date.now() + ++edits * 1_000);
  utimesSync(file, at, at);
}

describe('caches follow edits of the document outside production', () => {
  it('returns the same objects while the file is unchanged', () => {
    expect(loadDocument()).toBe(loadDocument());
    expect(getApiModel()).toBe(getApiModel());
    expect(getErrorCatalog()).toBe(getErrorCatalog());
  });

  it('rebuilds the document, the model and the error catalogue after an edit', () => {
    const model = getApiModel();
    const catalog = getErrorCatalog();
    const first = model.endpoints[0];
    edit((text) => text.replace(`summary: ${first.title}`, 'summary: Edited while the server runs'));
    const next = getApiModel();
    expect(next).not.toBe(model);
    expect(next.endpoints.find((e) => e.operationId === first.operationId)?.title).toBe('Edited while the server runs');
    expect(getErrorCatalog()).not.toBe(catalog);
  });

  it('throws file:line: reason for a broken edit, and recovers when it is fixed', () => {
    const good = readFileSync(file, 'utf8');
    edit((text) => text.replace(/summary: .*/, 'summary: [never closed'));
    expect(() => getApiModel()).toThrow(/document\.yaml:\d+:\d+: invalid YAML/);
    edit(() => good);
    expect(getApiModel().title).toBeTruthy();
  });
});
