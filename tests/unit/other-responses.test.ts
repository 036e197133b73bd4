import { describe, expect, it, vi } from 'vitest';
import { fixtureSite } from './support/render-page';

// the first page rendered loads shiki's grammars, which takes seconds on a busy machine
vi.setConfig({ testTimeout: 30_000 });

const site = fixtureSite('tests/fixtures/constructs/other-responses.yaml');

describe('statuses that are neither the success response nor an error', () => {
  it('are each shown with their description and example, on the page and in Markdown', async () => {
    const { html, text } = await site.page('getJob');
    expect(html.querySelector('#response')?.text).toContain('Response 200');
    expect(html.querySelector('#other-responses')?.text).toContain('Other responses');
    for (const heading of ['202 Accepted', '303 See Other', '304 Not Modified']) expect(text).toContain(heading);
    expect(text).toContain('Still running; ask again later.');
    expect(html.querySelector('#response-202')?.parentNode.text).toMatch(/Example response 202[^]*retryAfter[^]*5/);
    expect(text).toContain('404 Not Found');

    const markdown = site.markdown('getJob');
    expect(markdown).toContain('## Other responses');
    expect(markdown).toContain('"retryAfter": 5');
    expect(markdown).toContain('### 303 See Other\n\nThe result lives elsewhere; follow `Location`.');
    expect(markdown).toContain('### 304 Not Modified');
  });

  it('add no section to an operation that has none', async () => {
    const operations = fixtureSite('tests/fixtures/constructs/operations.yaml');
    const { html } = await operations.page('uploadAvatar');
    expect(html.querySelector('#other-responses')).toBeNull();
    expect(operations.markdown('uploadAvatar')).not.toContain('## Other responses');
  });
});
