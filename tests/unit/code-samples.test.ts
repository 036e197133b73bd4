import { parse } from 'node-html-parser';
import { describe, expect, it, vi } from 'vitest';
import { buildApiModel, getApiModel } from '@/lib/endpoints';
import { createCodeSamples, sampleTarget, type CodeSampleOptions } from '@/lib/endpoints/code-samples';
import { schemeSummary } from '@/lib/endpoints/security';
import { loadDocument } from '@/lib/openapi/load-document';
import { documentedBaseUrl } from '@/lib/environments';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { fixtureSite } from './support/render-page';

// the first page rendered loads shiki's grammars, which takes seconds on a busy machine
vi.setConfig({ testTimeout: 60_000 });

const fixture = buildApiModel(loadDocument('tests/fixtures/samples/requests.yaml'));
const baseUrl = 'https://api.example.com/v2';

function samples(key: string, options: Partial<CodeSampleOptions> = {}) {
  const endpoint = fixture.byKey.get(key);
  if (!endpoint) throw new Error(`no ${key}`);
  const all = createCodeSamples(sampleTarget(endpoint), { baseUrl, ...options });
  return Object.fromEntries(all.map((sample) => [sample.id, sample.code]));
}

describe('samples follow the security scheme', () => {
  it('write an API key in its header, in the query or as a cookie, in every language', () => {
    const header = samples('headerKey');
    expect(header.curl).toContain('-H "X-API-Key: <api-key>"');
    expect(header.python).toContain('"X-API-Key": "<api-key>"');
    expect(header.java).toContain('.header("X-API-Key", "<api-key>")');
    expect(header.ruby).toContain("request['X-API-Key'] = '<api-key>'");
    expect(header.curl).not.toContain('Authorization');

    const query = samples('queryKey');
    for (const code of Object.values(query)) expect(code).toContain('/query-key?limit=5&api_key=<api-key>');

    const cookie = samples('cookieKey');
    expect(cookie.curl).toContain('-H "Cookie: session_key=<api-key>"');
    expect(cookie.csharp).toContain('TryAddWithoutValidation("Cookie", "session_key=<api-key>")');
  });

  it("write HTTP basic as each language's own basic authentication", () => {
    const basic = samples('basicAuth');
    expect(basic.curl).toContain('-u "<username>:<password>"');
    expect(basic.python).toContain('auth=("<username>", "<password>")');
    expect(basic.go).toContain('req.SetBasicAuth("<username>", "<password>")');
    expect(basic.js).toContain('Authorization: `Basic ${btoa("<username>:<password>")}`');
    expect(basic.php).toContain("'Authorization: Basic ' . base64_encode('<username>:<password>')");
    expect(basic.java).toContain('Base64.getEncoder().encodeToString("<username>:<password>".getBytes(StandardCharsets.UTF_8))');
    expect(basic.csharp).toContain('new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("<username>:<password>")))');
    expect(basic.ruby).toContain("request.basic_auth('<username>', '<password>')");
  });

  it("write a bearer token with the placeholder the page's text names, and an access token for OAuth 2 and OpenID Connect", () => {
    const bearer = fixture.byKey.get('bearerAuth')!;
    // the page says `<token>`; the samples used to send `<api-token>`
    expect(schemeSummary(bearer.security.alternatives[0][0])).toContain('`Authorization: Bearer <token>`');
    for (const code of Object.values(samples('bearerAuth'))) {
      expect(code).toContain('Bearer <token>');
      expect(code).not.toContain('<api-token>');
    }
    for (const key of ['oauthAuth', 'oidcAuth']) for (const code of Object.values(samples(key))) expect(code).toContain('Bearer <access-token>');
  });

  it('keep the Wingfield profile\'s "Authorization: Bearer <api-token>"', () => {
    const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
    const all = createCodeSamples(sampleTarget(claim), { baseUrl: 'https://dev.wingfield.systems' });
    for (const { code } of all) expect(code).toContain('Bearer <api-token>');
  });

  it('write the first alternative by default, another when asked, and every scheme of a set that needs several', () => {
    expect(samples('alternatives').curl).toContain('-H "X-API-Key: <api-key>"');
    expect(samples('alternatives').curl).not.toContain('-u ');
    const second = samples('alternatives', { alternative: 1 });
    expect(second.curl).toContain('-u "<username>:<password>"');
    expect(second.curl).not.toContain('X-API-Key');
    // an index past the list falls back to the first
    expect(samples('alternatives', { alternative: 7 }).curl).toContain('X-API-Key');

    const both = samples('bothSchemes');
    expect(both.curl).toContain('/both?api_key=<api-key>"');
    expect(both.curl).toContain('-H "Authorization: Bearer <token>"');
  });

  it('show the masked credentials given per scheme, and the panel token for schemes that send a bearer token', () => {
    const masked = samples('bothSchemes', { credentials: { queryKey: 'key_ab••••', bearer: 'tok_cd••••' } });
    expect(masked.curl).toContain(`?api_key=${encodeURIComponent('key_ab••••')}"`);
    expect(masked.curl).toContain('Bearer tok_cd••••');
    expect(samples('basicAuth', { credentials: { basic: 'ada:se••••' } }).curl).toContain('-u "ada:se••••"');
    expect(samples('basicAuth', { credentials: { basic: 'ada:se••••' } }).python).toContain('auth=("ada", "se••••")');
    // `token` is the panel's token field: it stands for bearer-like schemes only
    expect(samples('oauthAuth', { token: 'tok_ef••••' }).curl).toContain('Bearer tok_ef••••');
    expect(samples('headerKey', { token: 'tok_ef••••' }).curl).toContain('X-API-Key: <api-key>');
    expect(samples('bearerAuth', { token: 'tok_ef••••', credentials: { bearer: 'tok_gh••••' } }).curl).toContain('Bearer tok_gh••••');
  });

  it('write no credentials for an operation that needs none', () => {
    const open = samples('openEndpoint', { token: 'tok' });
    expect(open.curl).toBe('curl -X GET "https://api.example.com/v2/open"');
  });
});

describe('samples follow the body', () => {
  it('write multipart text parts with -F, a file with -F name=@<file>, and an array of files as one part per file', () => {
    const upload = samples('uploadFiles');
    expect(upload.curl).toContain('-F "document=@<file>"');
    expect(upload.curl).toContain('-F "photo=@<file>"'); // contentMediaType: a file too
    expect(upload.curl).toContain('-F "attachments=@<file-1>" \\\n  -F "attachments=@<file-2>"');
    expect(upload.curl).toContain('-F "title=Quarterly report"');
    expect(upload.curl).toContain('-F "tags=finance" \\\n  -F "tags=q3"');
    expect(upload.curl).not.toContain('Content-Type');
    expect(upload.python).toContain('("attachments", open("<file-2>", "rb")),');
    expect(upload.go).toContain('addFile(writer, "document", "<file>")');
    expect(upload.js).toContain('form.append("document", await openAsBlob("<file>"), "<file>");');
    expect(upload.ruby).toContain("['document', File.open('<file>')],");
    expect(upload.csharp).toContain('form.Add(new ByteArrayContent(File.ReadAllBytes("<file>")), "document", Path.GetFileName("<file>"));');
  });

  it('write the file names chosen in the panel, and refuse to read a value that starts with @ or < as a file', () => {
    const chosen = samples('uploadFiles', { body: { document: 'report.pdf', attachments: [{ name: 'a.png' }, 'b.png'], title: '@/etc/passwd' } as never });
    expect(chosen.curl).toContain('-F "document=@report.pdf"');
    expect(chosen.curl).toContain('-F "attachments=@a.png" \\\n  -F "attachments=@b.png"');
    expect(chosen.curl).toContain('--form-string "title=@/etc/passwd"');
    expect(chosen.curl).toContain('-F "photo=@<file>"');
  });

  it('write a url-encoded form field by field, a binary body from a file and a text body as it is', () => {
    const form = samples('submitForm');
    expect(form.curl).toContain('--data-urlencode "name=Ada Lovelace" \\\n  --data-urlencode "colours=red" \\\n  --data-urlencode "colours=green"');
    expect(form.python).toContain('("colours", "green"),');
    expect(form.go).toContain('form.Add("colours", "green")');
    expect(form.java).toContain('"name=Ada+Lovelace&colours=red&colours=green"');

    const raw = samples('uploadRaw');
    expect(raw.curl).toContain('-H "Content-Type: application/octet-stream" \\\n  --data-binary "@<file>"');
    expect(raw.java).toContain('HttpRequest.BodyPublishers.ofFile(Path.of("<file>"))');
    expect(raw.ruby).toContain("request.body = File.binread('<file>')");

    const note = samples('postNote');
    expect(note.curl).toContain("--data-raw 'Remember the milk.\nAnd the eggs.'");
    expect(note.python).toContain('payload = "Remember the milk.\\nAnd the eggs.".encode("utf-8")');
  });

  it('read a text/event-stream answer as it arrives: curl -N, and a line loop in each language', () => {
    const stream = samples('streamEvents');
    expect(stream.curl).toMatch(/^curl -N -X GET "https:\/\/api\.example\.com\/v2\/events"/);
    expect(stream.curl).toContain('-H "Accept: text/event-stream"');
    expect(stream.python).toContain('stream=True');
    expect(stream.go).toContain('bufio.NewScanner(res.Body)');
    expect(stream.java).toContain('HttpResponse.BodyHandlers.ofLines()');
    expect(stream.csharp).toContain('HttpCompletionOption.ResponseHeadersRead');
    expect(stream.ruby).toContain('response.read_body');
    expect(stream.php).toContain('fgets($stream)');
    expect(stream.js).toContain('for await (const chunk of response.body)');
    expect(samples('headerKey').curl).not.toContain('-N');
  });
});

describe('samples follow the server', () => {
  it('call the base URL they are given, path values encoded in their segment', () => {
    const endpoint = fixture.byKey.get('queryKey')!;
    const all = createCodeSamples(sampleTarget(endpoint), { baseUrl: 'https://eu.api.example.com/v3/', query: { limit: ['10'] } });
    for (const { code } of all) expect(code).toContain('https://eu.api.example.com/v3/query-key?limit=10&api_key=<api-key>');
  });
});

describe('the Markdown twin', () => {
  const site = fixtureSite('tests/fixtures/samples/requests.yaml');

  it('lists the same samples as the page, each under its language, in the same order', async () => {
    for (const key of ['uploadFiles', 'basicAuth', 'streamEvents']) {
      const { html } = await site.page(key);
      const section = html.querySelector('#code-samples')!.parentNode;
      const tabs = section.querySelectorAll('[role="tab"]').map((tab) => tab.text);
      expect(tabs).toEqual(['cURL', 'JavaScript', 'Python', 'Go', 'PHP', 'Java', 'C#', 'Ruby']);
      // as the site writes both: with the documented base URL
      const markdown = endpointMarkdown(site.endpoint(key), { baseUrl: documentedBaseUrl() });
      const listed = [...markdown.matchAll(/^(cURL|JavaScript|Python|Go|PHP|Java|C#|Ruby):\n\n(`{3,})(\w+)\n([\s\S]*?)\n\2$/gm)];
      expect(listed.map((match) => match[1])).toEqual(tabs);
      // the parser keeps a <pre>'s content as raw HTML: parsed once more, it reads as the code
      const pageCode = section.querySelectorAll('[role="tabpanel"] pre').map((pre) => parse(pre.rawText).text);
      expect(listed.map((match) => match[4])).toEqual(pageCode);
    }
  });
});
