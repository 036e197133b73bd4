import { basicText, headersWithContentType, jsonText, type SampleRequest } from './sample-request';

const javaEscapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A Java string literal. Control characters are octal escapes, never `\u000a`: javac reads
 * `\u` escapes before the string, so that one would end the line. Other characters past ASCII are
 * `\u` escapes, so that the file compiles whatever encoding javac assumes (JDK 17's is the system's).
 */
export function javaString(text: string): string {
  return `"${text.replace(/[\\"\u0000-\u001f\u007f-\uffff]/g, (c) => {
    const code = c.charCodeAt(0);
    if (javaEscapes[c]) return javaEscapes[c];
    return code < 0x80 ? `\\${code.toString(8).padStart(3, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  })}"`;
}

const multipartMethods = [
  '',
  '    static void addField(ByteArrayOutputStream out, String boundary, String name, String value) throws IOException {',
  '        out.write(("--" + boundary + "\\r\\nContent-Disposition: form-data; name=\\"" + name + "\\"\\r\\n\\r\\n" + value + "\\r\\n").getBytes(StandardCharsets.UTF_8));',
  '    }',
  '',
  '    static void addFile(ByteArrayOutputStream out, String boundary, String name, Path file) throws IOException {',
  '        out.write(("--" + boundary + "\\r\\nContent-Disposition: form-data; name=\\"" + name + "\\"; filename=\\"" + file.getFileName()',
  '            + "\\"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n").getBytes(StandardCharsets.UTF_8));',
  '        out.write(Files.readAllBytes(file));',
  '        out.write("\\r\\n".getBytes(StandardCharsets.UTF_8));',
  '    }',
];

/** The statements before the request, the imports they need, the body publisher and the code after main. */
function bodySetup(body: SampleRequest['body']): { imports: string[]; lines: string[]; publisher: string; header?: string; after: string[] } {
  const none = { imports: [], lines: [], after: [] };
  switch (body?.kind) {
    case undefined:
      return { ...none, publisher: 'HttpRequest.BodyPublishers.noBody()' };
    case 'json': {
      const lines = jsonText(body.value).split('\n');
      const literal = lines.map((line, index) => javaString(index < lines.length - 1 ? `${line}\n` : line)).join('\n            + ');
      return { ...none, lines: [`String payload = ${literal};`], publisher: 'HttpRequest.BodyPublishers.ofString(payload)' };
    }
    case 'form':
      return {
        ...none,
        lines: ['// url-encoded', `String payload = ${javaString(new URLSearchParams(body.fields).toString())};`],
        publisher: 'HttpRequest.BodyPublishers.ofString(payload)',
      };
    case 'multipart':
      return {
        imports: ['java.io.ByteArrayOutputStream', 'java.io.IOException', 'java.nio.charset.StandardCharsets', 'java.nio.file.Files', 'java.nio.file.Path'],
        lines: [
          'String boundary = Long.toHexString(System.nanoTime());',
          'ByteArrayOutputStream payload = new ByteArrayOutputStream();',
          ...body.parts.map((part) =>
            'file' in part
              ? `addFile(payload, boundary, ${javaString(part.name)}, Path.of(${javaString(part.file)}));`
              : `addField(payload, boundary, ${javaString(part.name)}, ${javaString(part.value)});`,
          ),
          'payload.write(("--" + boundary + "--\\r\\n").getBytes(StandardCharsets.UTF_8));',
        ],
        publisher: 'HttpRequest.BodyPublishers.ofByteArray(payload.toByteArray())',
        header: '"multipart/form-data; boundary=" + boundary',
        after: multipartMethods,
      };
    case 'text':
      return { ...none, lines: [`String payload = ${javaString(body.text)};`], publisher: 'HttpRequest.BodyPublishers.ofString(payload)' };
    case 'binary':
      return { ...none, imports: ['java.nio.file.Path'], publisher: `HttpRequest.BodyPublishers.ofFile(Path.of(${javaString(body.file)}))` };
  }
}

/** With java.net.http (Java 11+), no library. */
export function javaSample(request: SampleRequest): string {
  const setup = bodySetup(request.body);
  const headers = headersWithContentType(request).map(([name, value]) => `.header(${javaString(name)}, ${javaString(value)})`);
  const imports = ['java.net.URI', 'java.net.http.HttpClient', 'java.net.http.HttpRequest', 'java.net.http.HttpResponse', ...setup.imports];
  if (request.basic) {
    imports.push('java.nio.charset.StandardCharsets', 'java.util.Base64');
    headers.unshift(`.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(${javaString(basicText(request.basic))}.getBytes(StandardCharsets.UTF_8)))`);
  }
  if (setup.header) headers.push(`.header("Content-Type", ${setup.header})`);
  if (request.stream) imports.push('java.util.stream.Stream');
  const main = [
    ...setup.lines,
    'HttpRequest request = HttpRequest.newBuilder()',
    `    .uri(URI.create(${javaString(request.url)}))`,
    ...headers.map((line) => `    ${line}`),
    `    .method(${javaString(request.method)}, ${setup.publisher})`,
    '    .build();',
    'HttpClient client = HttpClient.newHttpClient();',
    ...(request.stream
      ? [
          'HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());',
          'System.out.println(response.statusCode());',
          '// each line of the stream as it arrives',
          'response.body().forEach(System.out::println);',
        ]
      : [
          'HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());',
          'System.out.println(response.statusCode());',
          'System.out.println(response.body());',
        ]),
  ];
  return [
    ...[...new Set(imports)].sort().map((name) => `import ${name};`),
    '',
    'public class Main {',
    '    public static void main(String[] args) throws Exception {',
    ...main.map((line) => `        ${line}`),
    '    }',
    ...setup.after,
    '}',
  ].join('\n');
}
