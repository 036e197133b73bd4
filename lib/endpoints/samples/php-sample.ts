import { basicText, headersWithContentType, jsonText, type SampleRequest } from './sample-request';

/**
 * A PHP string literal: single quotes (only `\` and `'` escaped, nothing interpolated) unless the
 * text holds control characters, which double quotes escape (with `$` escaped, so that nothing
 * interpolates).
 */
export function phpString(text: string): string {
  if (!/[\u0000-\u001f\u007f]/.test(text)) return `'${text.replace(/[\\']/g, '\\$&')}'`;
  const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return `"${text.replace(/[\\"$\u0000-\u001f\u007f]/g, (c) => escapes[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;
}

/**
 * A nowdoc keeps JSON as written: nothing in it is read. It ends at a line that starts with its
 * marker, which a JSON text's lines never do (each starts with a bracket, a quote, a digit or a
 * literal after the indentation).
 */
const nowdocJson = (text: string) => `<<<'JSON'\n${text}\nJSON`;

const list = (items: string[], indent = '    ') => (items.length === 0 ? '[]' : `[\n${items.map((item) => `${indent}${item},`).join('\n')}\n]`);

/** The statements that make `$payload`, and what they add to the headers. */
function bodySetup(body: SampleRequest['body']): { lines: string[]; header?: string } {
  switch (body?.kind) {
    case undefined:
      return { lines: [] };
    case 'json':
      return { lines: [`$payload = ${nowdocJson(jsonText(body.value, 4))};`] };
    case 'form':
      return {
        lines: [
          `$fields = ${list(body.fields.map(([name, value]) => `[${phpString(name)}, ${phpString(value)}]`))};`,
          "$payload = implode('&', array_map(fn ($field) => urlencode($field[0]) . '=' . urlencode($field[1]), $fields));",
        ],
      };
    case 'multipart':
      return {
        lines: [
          '// [name, value or path, whether it is a file]',
          `$parts = ${list(body.parts.map((part) => ('file' in part ? `[${phpString(part.name)}, ${phpString(part.file)}, true]` : `[${phpString(part.name)}, ${phpString(part.value)}, false]`)))};`,
          '$boundary = bin2hex(random_bytes(16));',
          "$payload = '';",
          'foreach ($parts as [$name, $value, $isFile]) {',
          '    $payload .= "--$boundary\\r\\nContent-Disposition: form-data; name=\\"$name\\"";',
          '    if ($isFile) {',
          '        $payload .= "; filename=\\"" . basename($value) . "\\"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n" . file_get_contents($value) . "\\r\\n";',
          '    } else {',
          '        $payload .= "\\r\\n\\r\\n$value\\r\\n";',
          '    }',
          '}',
          '$payload .= "--$boundary--\\r\\n";',
        ],
        header: '"Content-Type: multipart/form-data; boundary=$boundary"',
      };
    case 'text':
      return { lines: [`$payload = ${phpString(body.text)};`] };
    case 'binary':
      return { lines: [`$payload = file_get_contents(${phpString(body.file)});`] };
  }
}

/** With PHP's own HTTP streams: no extension, no Composer package. */
export function phpSample(request: SampleRequest): string {
  const setup = bodySetup(request.body);
  const headers = headersWithContentType(request).map(([name, value]) => phpString(`${name}: ${value}`));
  if (request.basic) headers.unshift(`'Authorization: Basic ' . base64_encode(${phpString(basicText(request.basic))})`);
  if (setup.header) headers.push(setup.header);
  const http = [
    `'method' => ${phpString(request.method)},`,
    "'header' => $headers,",
    ...(request.body ? ["'content' => $payload,"] : []),
    "'timeout' => 30,",
    '// the body of an error answer too',
    "'ignore_errors' => true,",
  ];
  const lines = [
    '<?php',
    '',
    `$url = ${phpString(request.url)};`,
    ...setup.lines,
    `$headers = ${list(headers)};`,
    '$context = stream_context_create([',
    "    'http' => [",
    ...http.map((line) => `        ${line}`),
    '    ],',
    ']);',
  ];
  if (request.stream) {
    lines.push(
      "$stream = fopen($url, 'r', false, $context);",
      'if ($stream === false) {',
      '    exit(1);',
      '}',
      'echo $http_response_header[0], "\\n";',
      '// each line of the stream as it arrives',
      'while (($line = fgets($stream)) !== false) {',
      '    echo $line;',
      '}',
      'fclose($stream);',
    );
  } else {
    lines.push(
      '$response = file_get_contents($url, false, $context);',
      'if ($response === false) {',
      '    exit(1);',
      '}',
      'echo $http_response_header[0], "\\n";',
      'echo $response, "\\n";',
    );
  }
  return lines.join('\n');
}
