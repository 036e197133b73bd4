import { headersWithContentType, jsonText, type SampleRequest } from './sample-request';

/**
 * A Ruby string literal: single quotes (only `\` and `'` escaped, nothing interpolated) unless
 * the text holds control characters, which double quotes escape, with `#` escaped so that no
 * `#{…}`, `#$x` or `#@x` interpolates.
 */
export function rubyString(text: string): string {
  if (!/[\u0000-\u001f\u007f]/.test(text)) return `'${text.replace(/[\\']/g, '\\$&')}'`;
  const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '#': '\\#', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return `"${text.replace(/[\\"#\u0000-\u001f\u007f]/g, (c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** Net::HTTP's class for each method; another method goes as a generic request with a body. */
const methodClasses: Record<string, string> = {
  GET: 'Get',
  POST: 'Post',
  PUT: 'Put',
  PATCH: 'Patch',
  DELETE: 'Delete',
  HEAD: 'Head',
  OPTIONS: 'Options',
  TRACE: 'Trace',
};

const pairs = (items: [string, string][]) =>
  items.length === 0 ? '[]' : `[\n${items.map(([name, value]) => `  [${rubyString(name)}, ${value}],`).join('\n')}\n]`;

function bodyLines(body: SampleRequest['body']): string[] {
  switch (body?.kind) {
    case undefined:
      return [];
    // a quoted heredoc reads nothing in it, and a JSON text has no line that is only its marker
    case 'json':
      return [`request.body = <<'JSON'`, jsonText(body.value), 'JSON'];
    case 'form':
      return [`request.body = URI.encode_www_form(${pairs(body.fields.map(([name, value]) => [name, rubyString(value)]))})`];
    case 'multipart':
      return [
        `request.set_form(${pairs(body.parts.map((part) => ('file' in part ? [part.name, `File.open(${rubyString(part.file)})`] : [part.name, rubyString(part.value)])))}, 'multipart/form-data')`,
      ];
    case 'text':
      return [`request.body = ${rubyString(body.text)}`];
    case 'binary':
      return [`request.body = File.binread(${rubyString(body.file)})`];
  }
}

/** With net/http from the standard library. */
export function rubySample(request: SampleRequest): string {
  const type = methodClasses[request.method];
  const lines = [
    "require 'net/http'",
    '',
    `uri = URI(${rubyString(request.url)})`,
    type ? `request = Net::HTTP::${type}.new(uri)` : `request = Net::HTTPGenericRequest.new(${rubyString(request.method)}, true, true, uri)`,
  ];
  if (request.basic) lines.push(`request.basic_auth(${rubyString(request.basic.username)}, ${rubyString(request.basic.password)})`);
  // multipart: set_form writes the Content-Type with its boundary
  const headers = headersWithContentType(request).filter(([name]) => request.body?.kind !== 'multipart' || name.toLowerCase() !== 'content-type');
  for (const [name, value] of headers) lines.push(`request[${rubyString(name)}] = ${rubyString(value)}`);
  lines.push(...bodyLines(request.body), '');
  lines.push("Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https', read_timeout: 30) do |http|");
  if (request.stream) {
    lines.push('  http.request(request) do |response|', '    puts response.code', '    # each part of the stream as it arrives', '    response.read_body { |chunk| print chunk }', '  end');
  } else {
    lines.push('  response = http.request(request)', '  puts response.code', '  puts response.body');
  }
  lines.push('end');
  return lines.join('\n');
}
