import { baseName, basicText, headersWithContentType, jsonText, quoted, type SampleRequest } from './sample-request';

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** What comes before `fetch`: the imports and the body built from its parts or read from its file. */
function bodySetup(body: SampleRequest['body']): { imports: string[]; lines: string[]; option?: string } {
  switch (body?.kind) {
    case undefined:
      return { imports: [], lines: [] };
    case 'json':
      return { imports: [], lines: [], option: `JSON.stringify(${indent(jsonText(body.value), '  ')})` };
    case 'form':
      return {
        imports: [],
        lines: ['const form = new URLSearchParams();', ...body.fields.map(([name, value]) => `form.append(${quoted(name)}, ${quoted(value)});`)],
        option: 'form',
      };
    case 'multipart': {
      const files = body.parts.some((part) => 'file' in part);
      return {
        imports: files ? ["import { openAsBlob } from 'node:fs';"] : [],
        lines: [
          'const form = new FormData();',
          ...body.parts.map((part) =>
            'file' in part
              ? `form.append(${quoted(part.name)}, await openAsBlob(${quoted(part.file)}), ${quoted(baseName(part.file))});`
              : `form.append(${quoted(part.name)}, ${quoted(part.value)});`,
          ),
        ],
        option: 'form',
      };
    }
    case 'text':
      return { imports: [], lines: [], option: quoted(body.text) };
    case 'binary':
      return { imports: ["import { readFile } from 'node:fs/promises';"], lines: [], option: `await readFile(${quoted(body.file)})` };
  }
}

/** An ES module (top-level await) for Node 20+; without a file to read, for a browser console too. */
export function javascriptSample(request: SampleRequest): string {
  const headers = headersWithContentType(request).map(([name, value]) => `    ${quoted(name)}: ${quoted(value)},`);
  // btoa: in browsers and Node alike
  if (request.basic) headers.unshift(`    Authorization: \`Basic \${btoa(${quoted(basicText(request.basic))})}\`,`);
  const setup = bodySetup(request.body);
  const options = [`  method: ${quoted(request.method)},`];
  if (headers.length > 0) options.push('  headers: {', ...headers, '  },');
  if (setup.option) options.push(`  body: ${setup.option},`);
  const read = request.stream
    ? ['// each event as it arrives', 'const decoder = new TextDecoder();', 'for await (const chunk of response.body) {', '  process.stdout.write(decoder.decode(chunk, { stream: true }));', '}']
    : ['console.log(await response.text());'];
  return [
    ...(setup.imports.length > 0 ? [...setup.imports, ''] : []),
    ...(setup.lines.length > 0 ? [...setup.lines, ''] : []),
    `const response = await fetch(${quoted(request.url)}, {`,
    ...options,
    '});',
    '',
    'console.log(response.status);',
    ...read,
  ].join('\n');
}
