import { jsonText, quoted, type SampleRequest } from './sample-request';

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** An ES module (top-level await) for Node 18+ or a browser console. */
export function javascriptSample(request: SampleRequest): string {
  const options = [`  method: ${quoted(request.method)},`];
  if (request.headers.length > 0) {
    options.push('  headers: {', ...request.headers.map(([name, value]) => `    ${quoted(name)}: ${quoted(value)},`), '  },');
  }
  if (request.body !== undefined) options.push(`  body: JSON.stringify(${indent(jsonText(request.body), '  ')}),`);
  return [
    `const response = await fetch(${quoted(request.url)}, {`,
    ...options,
    '});',
    '',
    'console.log(response.status);',
    'console.log(await response.text());',
  ].join('\n');
}
