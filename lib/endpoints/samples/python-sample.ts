import type { JsonValue } from '../../openapi/types';
import { headersWithContentType, quoted, type SampleRequest } from './sample-request';

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

/** Pairs as a list of tuples: a name may repeat, as in a form or a multipart body. */
function pairList(pairs: [string, string][]): string {
  if (pairs.length === 0) return '[]';
  return `[\n${pairs.map(([name, value]) => `    (${quoted(name)}, ${value}),`).join('\n')}\n]`;
}

/**
 * With `requests`: a JSON body as a Python value sent by `json=`, a form or a multipart body by
 * `data=` and `files=`, which also set Content-Type.
 */
export function pythonSample(request: SampleRequest): string {
  const { body } = request;
  const typeSetByRequests = body?.kind === 'json' || body?.kind === 'multipart';
  const headers = headersWithContentType(request).filter(([name]) => !typeSetByRequests || name.toLowerCase() !== 'content-type');
  const lines = ['import requests', '', `url = ${quoted(request.url)}`];
  const args = [quoted(request.method), 'url'];
  if (headers.length > 0) {
    lines.push(`headers = ${pythonLiteral(Object.fromEntries(headers))}`);
    args.push('headers=headers');
  }
  if (request.basic) {
    args.push(`auth=(${quoted(request.basic.username)}, ${quoted(request.basic.password)})`);
  }
  switch (body?.kind) {
    case 'json':
      lines.push(`payload = ${pythonLiteral(body.value)}`);
      args.push('json=payload');
      break;
    case 'form':
      lines.push(`payload = ${pairList(body.fields.map(([name, value]) => [name, quoted(value)]))}`);
      args.push('data=payload');
      break;
    case 'multipart': {
      const values = body.parts.flatMap((part): [string, string][] => ('value' in part ? [[part.name, quoted(part.value)]] : []));
      const files = body.parts.flatMap((part): [string, string][] => ('file' in part ? [[part.name, `open(${quoted(part.file)}, "rb")`]] : []));
      if (values.length > 0) {
        lines.push(`payload = ${pairList(values)}`);
        args.push('data=payload');
      }
      if (files.length > 0) {
        lines.push(`files = ${pairList(files)}`);
        args.push('files=files');
      }
      break;
    }
    case 'text':
      lines.push(`payload = ${quoted(body.text)}.encode("utf-8")`);
      args.push('data=payload');
      break;
    case 'binary':
      lines.push(`payload = open(${quoted(body.file)}, "rb")`);
      args.push('data=payload');
      break;
  }
  if (request.stream) args.push('stream=True');
  args.push('timeout=30');
  lines.push('', `response = requests.request(${args.join(', ')})`, 'print(response.status_code)');
  if (request.stream) lines.push('# each line of the stream as it arrives', 'for line in response.iter_lines(decode_unicode=True):', '    print(line)');
  else lines.push('print(response.text)');
  return lines.join('\n');
}
