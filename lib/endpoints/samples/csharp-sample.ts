import { basicText, jsonText, type SampleRequest } from './sample-request';

/**
 * A C# string literal. Control characters and the characters C# reads as line ends (U+0085,
 * U+2028, U+2029: "newline in constant" inside a literal) are `\u` escapes; never `\x`, whose
 * length is up to four digits and so would swallow a digit that follows.
 */
export function csharpString(text: string): string {
  const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return `"${text.replace(/[\\"\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** A verbatim string keeps a JSON text on its lines: only `"` is doubled, nothing else is read. */
const verbatim = (text: string) => `@"${text.replace(/"/g, '""')}"`;

/** The statements that set `request.Content`, and the namespaces they need. */
function bodySetup(body: SampleRequest['body']): { usings: string[]; lines: string[] } {
  const typed = (contentType: string) => `request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(${csharpString(contentType)});`;
  switch (body?.kind) {
    case undefined:
      return { usings: [], lines: [] };
    case 'json':
      return { usings: [], lines: [`request.Content = new StringContent(${verbatim(jsonText(body.value))});`, typed(body.contentType)] };
    case 'form':
      return {
        usings: ['System.Collections.Generic'],
        lines: [
          'request.Content = new FormUrlEncodedContent(new KeyValuePair<string, string>[]',
          '{',
          ...body.fields.map(([name, value]) => `    new KeyValuePair<string, string>(${csharpString(name)}, ${csharpString(value)}),`),
          '});',
          typed(body.contentType),
        ],
      };
    case 'multipart':
      return {
        usings: body.parts.some((part) => 'file' in part) ? ['System.IO'] : [],
        lines: [
          'var form = new MultipartFormDataContent();',
          ...body.parts.map((part) =>
            'file' in part
              ? `form.Add(new ByteArrayContent(File.ReadAllBytes(${csharpString(part.file)})), ${csharpString(part.name)}, Path.GetFileName(${csharpString(part.file)}));`
              : `form.Add(new StringContent(${csharpString(part.value)}), ${csharpString(part.name)});`,
          ),
          'request.Content = form;',
        ],
      };
    case 'text':
      return { usings: [], lines: [`request.Content = new StringContent(${csharpString(body.text)});`, typed(body.contentType)] };
    case 'binary':
      return { usings: ['System.IO'], lines: [`request.Content = new ByteArrayContent(File.ReadAllBytes(${csharpString(body.file)}));`, typed(body.contentType)] };
  }
}

/**
 * With HttpClient. `Main` waits for an async method rather than being async itself, and `using`
 * takes blocks: the file compiles with Mono's mcs as well as with the .NET SDK.
 */
export function csharpSample(request: SampleRequest): string {
  const setup = bodySetup(request.body);
  const usings = ['System', 'System.Net.Http', 'System.Net.Http.Headers', 'System.Threading.Tasks', ...setup.usings];
  const statements: string[] = [];
  if (request.basic) {
    usings.push('System.Text');
    statements.push(`request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(${csharpString(basicText(request.basic))})));`);
  }
  for (const [name, value] of request.headers) statements.push(`request.Headers.TryAddWithoutValidation(${csharpString(name)}, ${csharpString(value)});`);
  statements.push(...setup.lines);
  if (request.stream) {
    usings.push('System.IO');
    statements.push(
      'using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))',
      'using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))',
      '{',
      '    Console.WriteLine((int)response.StatusCode);',
      '    // each line of the stream as it arrives',
      '    string line;',
      '    while ((line = await reader.ReadLineAsync()) != null)',
      '    {',
      '        Console.WriteLine(line);',
      '    }',
      '}',
    );
  } else {
    statements.push(
      'using (var response = await client.SendAsync(request))',
      '{',
      '    Console.WriteLine((int)response.StatusCode);',
      '    Console.WriteLine(await response.Content.ReadAsStringAsync());',
      '}',
    );
  }
  return [
    ...[...new Set(usings)].sort().map((name) => `using ${name};`),
    '',
    'class Program',
    '{',
    '    static void Main() => Run().GetAwaiter().GetResult();',
    '',
    '    static async Task Run()',
    '    {',
    '        using (var client = new HttpClient())',
    `        using (var request = new HttpRequestMessage(new HttpMethod(${csharpString(request.method)}), ${csharpString(request.url)}))`,
    '        {',
    ...statements.map((line) => `            ${line}`),
    '        }',
    '    }',
    '}',
  ].join('\n');
}
