import { describe, expect, it, vi } from 'vitest';
import { buildErrorCatalog } from '@/lib/errors/error-catalog';
import { fixtureSite } from './support/render-page';

// the first page rendered loads shiki's grammars, which takes seconds on a busy machine
vi.setConfig({ testTimeout: 30_000 });

const site = fixtureSite('tests/fixtures/constructs/generic-errors.yaml');

describe('errors of a document without the Wingfield conventions', () => {
  const thing = site.endpoint('getThing');

  it('reads the document with the generic profile', () => {
    expect(site.model.profile.name).toBe('generic');
    expect(thing.checksScopes).toBe(false);
  });

  it('lists every error status, ranges and default included, in the document order', () => {
    expect(thing.errorStatuses.map((s) => s.status)).toEqual(['400', '404', '4XX', '500', 'default']);
  });

  it('gives one row per named example, and one row per status without named examples', () => {
    expect(thing.errors.map((row) => [row.status, row.id, row.title, row.typed])).toEqual([
      ['400', 'error-400-badid', 'The ID is not valid', false],
      ['400', 'error-400-toolong', 'The ID is too long', false],
      ['404', 'error-404', undefined, false],
      ['4XX', 'error-4xx', undefined, false],
      ['500', 'error-500', undefined, false],
      ['default', 'error-default', undefined, false],
    ]);
    expect(thing.errors[0]).toMatchObject({ description: 'IDs are 8 hexadecimal digits.', sample: { code: 40001, message: 'bad id' } });
    expect(thing.errors.find((row) => row.status === '404')?.sample).toEqual({ code: 40400, message: 'not found' });
    expect(thing.errors.find((row) => row.status === 'default')?.sampleText).toBe('upstream timeout');
  });

  it('shows each status with its description, the fields of its schema and its examples on the page', async () => {
    const { html, text } = await site.page('getThing');
    expect(text).toContain('5 error statuses.');
    const bad = html.querySelector('#error-status-400')!.parentNode;
    expect(bad.text).toContain('The request is malformed.');
    expect(bad.text).toContain('A numeric error code.');
    expect(html.querySelector('#error-400-badid')!.text).toContain('The ID is not valid');
    expect(html.querySelector('#error-400-badid')!.text).toContain('IDs are 8 hexadecimal digits.');
    expect(html.querySelector('#error-400-toolong')!.text).toContain('The ID is too long');
    expect(html.querySelector('#error-status-4XX')!.parentNode.text).toContain('What went wrong, for people.');
    expect(html.querySelector('#error-status-500')!.parentNode.text).toContain('The server failed.');
    expect(html.querySelector('#error-status-default')!.parentNode.text).toContain('upstream timeout');
    // nothing of the Wingfield conventions
    expect(text).not.toContain('error.type');
    expect(text).not.toContain('token scopes');
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).not.toContainEqual(expect.stringMatching(/^\/partner-api\/errors/));
  });

  it('says the same in Markdown', () => {
    const markdown = site.markdown('getThing');
    expect(markdown).toContain('### 400 Bad Request\n\nThe request is malformed.\n\n`application/json`');
    expect(markdown).toContain('| `code` | `integer` | A numeric error code. |');
    expect(markdown).toContain('**The ID is not valid**: IDs are 8 hexadecimal digits.\n\n```json\n{\n  "code": 40001,');
    expect(markdown).toContain('### 404 Not Found\n\nNo such thing.');
    expect(markdown).toContain('### default Any other status\n\nUnexpected error.\n\n`text/plain`\n\n```text\nupstream timeout\n```');
    expect(markdown).not.toContain('/partner-api/errors');
    expect(markdown).not.toContain('token scopes');
  });

  it('has no error catalogue: statuses are not error types', () => {
    expect(buildErrorCatalog(site.model)).toEqual([]);
  });
});

describe('a document with typed errors and a status outside the convention', () => {
  const mixed = fixtureSite('tests/fixtures/constructs/mixed-errors.yaml');
  const thing = mixed.endpoint('getThing');

  it('reads typed rows for the convention and shows the other status as documented', () => {
    expect(mixed.model.profile.name).toBe('wingfield');
    expect(thing.errors.map((row) => [row.status, row.type, row.typed])).toEqual([
      ['404', 'thing_not_found', true],
      ['502', '502', false],
    ]);
    expect(buildErrorCatalog(mixed.model).map((entry) => entry.type)).toEqual(['thing_not_found']);
  });

  it('lists both on the page and in Markdown', async () => {
    const { html, text } = await mixed.page('getThing');
    expect(text).toContain('1 error type in 2 statuses.');
    expect(html.querySelector('#thing_not_found')!.text).toContain('No thing has this ID.');
    const gateway = html.querySelector('#error-status-502')!.parentNode.text;
    expect(gateway).toContain('The gateway failed.');
    expect(gateway).toContain('<h1>Bad gateway</h1>');
    const markdown = mixed.markdown('getThing');
    expect(markdown).toContain('| 404 Not Found | [`thing_not_found`](/partner-api/errors/thing_not_found) | No thing has this ID. |');
    expect(markdown).toContain('### 502 Bad Gateway\n\nThe gateway failed.\n\n`text/html`\n\n```text\n<h1>Bad gateway</h1>\n```');
  });
});
