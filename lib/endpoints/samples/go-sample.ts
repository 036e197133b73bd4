import { jsonText, quoted, type SampleRequest } from './sample-request';

/**
 * A raw string keeps JSON readable (its lines indented with the code: JSON ignores the extra
 * whitespace); it cannot hold a backtick or a carriage return, so those bodies are quoted.
 */
function goJson(text: string): string {
  return /[`\r]/.test(text) ? quoted(text) : `\`${text.replace(/\n/g, '\n\t')}\``;
}

const fail = ['\tif err != nil {', '\t\tlog.Fatal(err)', '\t}'];

/** With the standard library only, every error checked, formatted as gofmt would. */
export function goSample(request: SampleRequest): string {
  const hasBody = request.body !== undefined;
  const imports = [...(hasBody ? ['bytes'] : []), 'fmt', 'io', 'log', 'net/http'];
  const lines = ['package main', '', 'import (', ...imports.map((name) => `\t${quoted(name)}`), ')', '', 'func main() {'];
  lines.push(`\turl := ${quoted(request.url)}`);
  if (hasBody) lines.push(`\tpayload := []byte(${goJson(jsonText(request.body!, '\t'))})`);
  lines.push(`\treq, err := http.NewRequest(${quoted(request.method)}, url, ${hasBody ? 'bytes.NewReader(payload)' : 'nil'})`, ...fail);
  for (const [name, value] of request.headers) lines.push(`\treq.Header.Set(${quoted(name)}, ${quoted(value)})`);
  lines.push(
    '',
    '\tres, err := http.DefaultClient.Do(req)',
    ...fail,
    '\tdefer res.Body.Close()',
    '',
    '\tbody, err := io.ReadAll(res.Body)',
    ...fail,
    '\tfmt.Println(res.Status)',
    '\tfmt.Println(string(body))',
    '}',
  );
  return lines.join('\n');
}
