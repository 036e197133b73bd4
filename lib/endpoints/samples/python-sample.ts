import type { JsonValue } from '../../openapi/types';
import { quoted, type SampleRequest } from './sample-request';

/** A JSON value as a Python literal: True, False and None, strings with JSON's escapes (valid in Python). */
export function pythonLiteral(value: JsonValue, depth = 0): string {
  const pad = '    '.repeat(depth + 1);
  const end = '    '.repeat(depth);
  // as JSON.stringify does: an undefined member is left out, an undefined item is null
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${pythonLiteral(item, depth + 1)},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${pad}${quoted(key)}: ${pythonLiteral(item, depth + 1)},`).join('\n')}\n${end}}`;
}

/** With `requests`; the body as a Python value sent by `json=`, which also sets Content-Type. */
export function pythonSample(request: SampleRequest): string {
  const headers = request.headers.filter(([name]) => request.body === undefined || name.toLowerCase() !== 'content-type');
  const lines = ['import requests', '', `url = ${quoted(request.url)}`];
  const args = [quoted(request.method), 'url'];
  if (headers.length > 0) {
    lines.push(`headers = ${pythonLiteral(Object.fromEntries(headers))}`);
    args.push('headers=headers');
  }
  if (request.body !== undefined) {
    lines.push(`payload = ${pythonLiteral(request.body)}`);
    args.push('json=payload');
  }
  args.push('timeout=30');
  lines.push('', `response = requests.request(${args.join(', ')})`, 'print(response.status_code)', 'print(response.text)');
  return lines.join('\n');
}
