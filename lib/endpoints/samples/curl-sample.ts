import { jsonText, type SampleRequest } from './sample-request';

/** Single quotes take everything literally in POSIX shells; a quote itself is closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Double quotes where nothing inside them expands (they read better for URLs and headers), else single. */
function shellArgument(text: string): string {
  return /^[^$`"\\!\n]*$/.test(text) ? `"${text}"` : shellQuote(text);
}

const indent = (text: string) => text.replace(/\n/g, '\n  ');

export function curlSample(request: SampleRequest): string {
  const lines = [`curl -X ${request.method} ${shellArgument(request.url)}`];
  for (const [name, value] of request.headers) lines.push(`  -H ${shellArgument(`${name}: ${value}`)}`);
  // a JSON text never starts with @, which would make -d read a file
  if (request.body !== undefined) lines.push(`  -d ${indent(shellQuote(jsonText(request.body)))}`);
  return lines.join(' \\\n');
}
