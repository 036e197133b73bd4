import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument, sizeLimits } from '@/lib/openapi/check-document';
import { readDocument } from '@/lib/openapi/load-document';

const scratch = mkdtempSync(path.join(tmpdir(), 'size-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a page or try-it slice over its size limit', () => {
  it('stops check:openapi, and so the build, with the operation file:line:column and both sizes', { timeout: 120_000 }, () => {
    const file = path.join(scratch, 'huge-example.yaml');
    const example = 'x'.repeat(sizeLimits.pageBytes + 200 * 1024);
    const fixture = readFileSync('tests/fixtures/examples/mismatched-examples.yaml', 'utf8');
    writeFileSync(file, fixture.replace("example: '12345'", `example: '12345'\n          description: '${example}'`));
    const loaded = readDocument(file);
    const check = checkDocument(loaded, { strict: false });
    expect(check.failed).toBe(true);
    expect(check.messages.filter((message) => message.includes(': error: '))).toEqual([
      `${loaded.file}:9:5: error: the try-it slice of GET /offices/{zip} (the operation and all it references) is 4.2 MB, more than the 4.0 MB a panel loads; make its schemas and examples smaller`,
      `${loaded.file}:9:5: error: the page of GET /offices/{zip} is 4.2 MB of text, more than the 4.0 MB a page may have; make its descriptions and examples smaller`,
    ]);
    expect(check.summary).toBe(`${loaded.file}: 2 pages or try-it slices are over their size limits`);
  });
});
