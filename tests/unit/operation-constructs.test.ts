import { describe, expect, it, vi } from 'vitest';
import { fixtureSite } from './support/render-page';

// the first page rendered loads shiki's grammars, which takes seconds on a busy machine
vi.setConfig({ testTimeout: 30_000 });

const site = fixtureSite('tests/fixtures/constructs/operations.yaml');

describe('parameters in every location', () => {
  it('gives header and cookie parameters sections of their own, on the page and in Markdown', async () => {
    const { html } = await site.page('uploadAvatar');
    expect(html.querySelector('#header-parameters')?.text).toContain('Header parameters');
    expect(html.querySelector('#parameter-header-X-Request-Id')?.text).toContain('X-Request-Id');
    expect(html.querySelector('#cookie-parameters')?.text).toContain('Cookie parameters');
    const markdown = site.markdown('uploadAvatar');
    expect(markdown).toContain('## Header parameters\n\n| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n| `X-Request-Id` | `string` (uuid) | no | Correlates the request in logs. |');
    expect(markdown).toContain('## Cookie parameters');
  });

  it('marks a deprecated parameter and a deprecated operation', async () => {
    const avatar = await site.page('uploadAvatar');
    expect(avatar.html.querySelector('#parameter-cookie-session')?.text).toContain('Deprecated');
    expect(site.markdown('uploadAvatar')).toContain('| `session` | `string` | no | **Deprecated.** The old session cookie. |');
    const report = await site.page('exportReport');
    expect(report.text).toMatch(/Deprecated\s*This operation is deprecated/);
    expect(site.markdown('exportReport')).toContain('> **Deprecated:** This operation is deprecated');
    expect(avatar.text).not.toContain('This operation is deprecated');
  });
});

describe('request bodies that are not JSON', () => {
  it('lists the fields of a multipart body, file parts as files, with no TypeScript type', async () => {
    const body = site.endpoint('uploadAvatar').body!;
    expect(body).toMatchObject({ contentType: 'multipart/form-data', kind: 'multipart', required: true });
    expect(body.fields.map((f) => [f.name, f.type, f.format])).toEqual([
      ['image', 'file', 'image/png'],
      ['caption', 'string', undefined],
      ['thumbnails', 'file[]', undefined],
    ]);
    const { html, text } = await site.page('uploadAvatar');
    const section = html.querySelector('#request-body')!.parentNode;
    expect(section.text).toContain('multipart/form-data');
    expect(section.text).not.toContain('TypeScript');
    expect(text).toContain('a file field carries a file');
    expect(site.markdown('uploadAvatar')).toContain('| `image` | `file` (image/png) | yes | The picture. |');
  });

  it('shows a url-encoded form with its fields, a type of its fields and its example as sent', async () => {
    const body = site.endpoint('submitForm').body!;
    expect(body).toMatchObject({ kind: 'form', exampleText: 'name=Ada+Lovelace&age=36' });
    const { html } = await site.page('submitForm');
    const section = html.querySelector('#request-body')!.parentNode;
    expect(section.text).toContain('application/x-www-form-urlencoded');
    expect(section.text).toContain('TypeScript');
    expect(section.text).toContain('name=Ada+Lovelace&age=36');
    expect(site.markdown('submitForm')).toMatch(/```ts\n[\s\S]*name\?: string;[\s\S]*```text\nname=Ada\+Lovelace&age=36\n```/);
  });

  it('names a binary body as binary data, with no example', async () => {
    const body = site.endpoint('uploadRaw').body!;
    expect(body).toMatchObject({ contentType: 'application/octet-stream', kind: 'binary', example: undefined, fields: [] });
    const { text } = await site.page('uploadRaw');
    expect(text).toContain('Binary data (application/octet-stream): the request body is the file');
    expect(site.markdown('uploadRaw')).toContain("Binary data (`application/octet-stream`): the request body is the file's bytes.");
  });

  it('shows a text body with its example and lists its other media types', async () => {
    const body = site.endpoint('postNote').body!;
    expect(body).toMatchObject({ contentType: 'text/plain', contentTypes: ['text/plain', 'application/xml'], kind: 'text', exampleText: 'Remember the milk.' });
    const { text } = await site.page('postNote');
    expect(text).toContain('Also accepted as application/xml.');
    expect(text).toContain('Remember the milk.');
    expect(site.markdown('postNote')).toContain('Also accepted as `application/xml`.');
  });
});

describe('responses that are not JSON', () => {
  it('names a binary response with its media type', async () => {
    expect(site.endpoint('uploadAvatar').success).toMatchObject({ status: '200', contentType: 'image/png', kind: 'binary' });
    const { html } = await site.page('uploadAvatar');
    expect(html.querySelector('#response')!.parentNode.text).toContain('Binary data (image/png): the response body is the file');
  });

  it('shows a text response with its example, and the other media types it comes in', async () => {
    const success = site.endpoint('exportReport').success!;
    expect(success).toMatchObject({ contentType: 'text/csv', contentTypes: ['text/csv', 'application/pdf'], kind: 'text', exampleText: 'id,total\n1,42\n' });
    const { html } = await site.page('exportReport');
    const section = html.querySelector('#response')!.parentNode.text;
    expect(section).toContain('text/csv');
    expect(section).toContain('Also available as application/pdf.');
    expect(section).toContain('id,total');
    expect(site.markdown('exportReport')).toContain('```text\nid,total\n1,42\n\n```');
    expect(site.markdown('uploadRaw')).toContain('`text/plain`\n\nExample:\n\n```text\nstored 42 bytes\n```');
  });

  it('does not fail on a response without content', async () => {
    expect(site.endpoint('ping').success).toEqual({ status: '200', description: 'Alive; the body is empty.', fields: [] });
    expect(site.endpoint('submitForm').success).toMatchObject({ status: '204', fields: [] });
    const { html } = await site.page('ping');
    expect(html.querySelector('#response')!.parentNode.text).toContain('Alive; the body is empty.');
  });

  it('shows a JSON body or response without a schema, with no type and no crash', async () => {
    const echo = site.endpoint('echo');
    expect(echo.body).toMatchObject({ kind: 'json', fields: [] });
    expect(echo.success).toMatchObject({ kind: 'json', example: { anything: true }, schemaRef: undefined });
    const { html } = await site.page('echo');
    expect(html.querySelector('#request-body')!.parentNode.text).not.toContain('TypeScript');
    // the example sits beside the section's prose, in the same row of the page
    expect(html.querySelector('#response')!.closest('.endpoint-row')!.text).toContain('anything');
    expect(html.querySelector('#error-status-400')!.parentNode.text).toContain('Not JSON.');
    expect(site.markdown('echo')).not.toContain('```ts');
  });

  it('lists non-JSON and catch-all error statuses with their media type and example', async () => {
    const report = site.endpoint('exportReport');
    expect(report.errorStatuses.map((s) => s.status)).toEqual(['404', 'default']);
    const { html } = await site.page('exportReport');
    expect(html.querySelector('#error-status-404')!.parentNode.text).toContain('report not found');
    expect(html.querySelector('#error-status-default')!.parentNode.text).toContain('Something else went wrong.');
    const avatar = await site.page('uploadAvatar');
    const range = avatar.html.querySelector('#error-status-4XX')!.parentNode.text;
    expect(range).toContain('4XX Client error');
    expect(range).toContain('application/problem+json');
    expect(range).toContain('A short summary.');
    expect(site.markdown('uploadAvatar')).toContain('### 4XX Client error\n\nThe upload was refused.\n\n`application/problem+json`');
  });
});

describe('security', () => {
  it('describes OAuth 2 with its flows, URLs and the scopes this operation requires', async () => {
    const { security } = site.endpoint('uploadAvatar');
    expect(security.alternatives).toHaveLength(1);
    expect(security.alternatives[0][0]).toMatchObject({ key: 'petstoreAuth', type: 'oauth2' });
    const { html } = await site.page('uploadAvatar');
    const section = html.querySelector('#authorization')!.parentNode.text;
    expect(section).toContain('OAuth 2.0');
    expect(section).toContain('Authorization code flow: authorization URL https://auth.example.com/authorize, token URL https://auth.example.com/token.');
    expect(section).toContain('Client credentials flow');
    expect(section).toContain('Scopes this operation requires: write:pets (Modify pets), read:pets (Read pets).');
    expect(section).toContain('OAuth 2 with the pet store.');
    expect(site.markdown('uploadAvatar')).toContain('Scopes this operation requires: `write:pets` (Modify pets), `read:pets` (Read pets).');
  });

  it('says when an operation needs no credentials, overriding the document', async () => {
    expect(site.endpoint('submitForm')).toMatchObject({ requiresAuth: false, security: { alternatives: [], optional: false } });
    const { html } = await site.page('submitForm');
    expect(html.querySelector('#authorization')!.parentNode.text).toContain('This operation needs no credentials.');
    expect(site.markdown('submitForm')).toContain('## Authorization\n\nThis operation needs no credentials.');
  });

  it('lists alternatives, and schemes that go together', async () => {
    const raw = (await site.page('uploadRaw')).html.querySelector('#authorization')!.parentNode.text;
    expect(raw).toContain('Any one of the following:');
    expect(raw).toContain('Option 1. API key in the X-API-Key header.');
    expect(raw).toContain('Option 2. HTTP Basic authentication');
    const note = (await site.page('postNote')).html.querySelector('#authorization')!.parentNode.text;
    expect(note).toContain('Send all of the following:');
    expect(note).toContain('API key in the api_key query parameter.');
    expect(note).toContain('API key in the SESSIONID cookie.');
  });

  it('marks optional credentials and describes OpenID Connect with its scopes', async () => {
    expect(site.endpoint('exportReport').security.optional).toBe(true);
    const text = (await site.page('exportReport')).html.querySelector('#authorization')!.parentNode.text;
    expect(text).toContain('OpenID Connect');
    expect(text).toContain('https://auth.example.com/.well-known/openid-configuration');
    expect(text).toContain('Scopes this operation requires: reports.');
    expect(text).toContain('Credentials are optional');
  });

  it('gives the bearer token once, with its format and description', async () => {
    const text = (await site.page('ping')).html.querySelector('#authorization')!.parentNode.text;
    expect(text).toContain('Bearer token (JWT): Authorization: Bearer <token>.');
    expect(text).toContain('A JWT from the login endpoint.');
    expect(text.match(/Authorization: Bearer/g)).toHaveLength(1);
  });
});
