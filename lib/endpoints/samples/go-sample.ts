import { headersWithContentType, jsonText, quoted, type SampleRequest } from './sample-request';

/**
 * A raw string keeps JSON readable (its lines indented with the code: JSON ignores the extra
 * whitespace); it cannot hold a backtick or a carriage return, so those bodies are quoted.
 */
function goJson(text: string): string {
  return /[`\r]/.test(text) ? quoted(text) : `\`${text.replace(/\n/g, '\n\t')}\``;
}

const fail = (depth = 1) => ['if err != nil {', '\tlog.Fatal(err)', '}'].map((line) => '\t'.repeat(depth) + line);

/** Copies a file into its part: written once below `main` when a body has files. */
const addFileFunction = [
  '',
  'func addFile(writer *multipart.Writer, field, name string) {',
  '\tfile, err := os.Open(name)',
  ...fail(),
  '\tdefer file.Close()',
  '\tpart, err := writer.CreateFormFile(field, filepath.Base(name))',
  ...fail(),
  '\tif _, err := io.Copy(part, file); err != nil {',
  '\t\tlog.Fatal(err)',
  '\t}',
  '}',
];

/** The statements that make `payload` (an io.Reader), the imports they need, and the code after main. */
function bodySetup(body: SampleRequest['body']): { imports: string[]; lines: string[]; after: string[] } {
  switch (body?.kind) {
    case undefined:
      return { imports: [], lines: [], after: [] };
    case 'json':
      return { imports: ['bytes'], lines: [`payload := bytes.NewReader([]byte(${goJson(jsonText(body.value, '\t'))}))`], after: [] };
    case 'form':
      return {
        imports: ['net/url', 'strings'],
        lines: ['form := url.Values{}', ...body.fields.map(([name, value]) => `form.Add(${quoted(name)}, ${quoted(value)})`), 'payload := strings.NewReader(form.Encode())'],
        after: [],
      };
    case 'multipart': {
      const files = body.parts.some((part) => 'file' in part);
      const lines = ['var payload bytes.Buffer', 'writer := multipart.NewWriter(&payload)'];
      for (const part of body.parts) {
        if ('file' in part) lines.push(`addFile(writer, ${quoted(part.name)}, ${quoted(part.file)})`);
        else lines.push(`if err := writer.WriteField(${quoted(part.name)}, ${quoted(part.value)}); err != nil {`, '\tlog.Fatal(err)', '}');
      }
      lines.push('if err := writer.Close(); err != nil {', '\tlog.Fatal(err)', '}');
      return {
        imports: ['bytes', 'mime/multipart', ...(files ? ['io', 'os', 'path/filepath'] : [])],
        lines,
        after: files ? addFileFunction : [],
      };
    }
    case 'text':
      return { imports: ['strings'], lines: [`payload := strings.NewReader(${quoted(body.text)})`], after: [] };
    case 'binary':
      return {
        imports: ['bytes', 'os'],
        lines: [`content, err := os.ReadFile(${quoted(body.file)})`, ...fail(0), 'payload := bytes.NewReader(content)'],
        after: [],
      };
  }
}

/** With the standard library only, every error checked, formatted as gofmt would. */
export function goSample(request: SampleRequest): string {
  const setup = bodySetup(request.body);
  // as gofmt orders them
  const imports = [...new Set([...setup.imports, request.stream ? 'bufio' : 'io', 'fmt', 'log', 'net/http'])].sort();
  const lines = ['package main', '', 'import (', ...imports.map((name) => `\t${quoted(name)}`), ')', '', 'func main() {'];
  lines.push(`\trequestURL := ${quoted(request.url)}`);
  lines.push(...setup.lines.map((line) => `\t${line}`));
  const reader = request.body?.kind === 'multipart' ? '&payload' : request.body ? 'payload' : 'nil';
  lines.push(`\treq, err := http.NewRequest(${quoted(request.method)}, requestURL, ${reader})`, ...fail());
  if (request.basic) {
    lines.push(`\treq.SetBasicAuth(${quoted(request.basic.username)}, ${quoted(request.basic.password)})`);
  }
  for (const [name, value] of headersWithContentType(request)) lines.push(`\treq.Header.Set(${quoted(name)}, ${quoted(value)})`);
  if (request.body?.kind === 'multipart') lines.push('\treq.Header.Set("Content-Type", writer.FormDataContentType())');
  lines.push('', '\tres, err := http.DefaultClient.Do(req)', ...fail(), '\tdefer res.Body.Close()', '', '\tfmt.Println(res.Status)');
  if (request.stream) {
    lines.push(
      '\t// each line of the stream as it arrives',
      '\tscanner := bufio.NewScanner(res.Body)',
      '\tfor scanner.Scan() {',
      '\t\tfmt.Println(scanner.Text())',
      '\t}',
      '\tif err := scanner.Err(); err != nil {',
      '\t\tlog.Fatal(err)',
      '\t}',
    );
  } else {
    lines.push('\tbody, err := io.ReadAll(res.Body)', ...fail(), '\tfmt.Println(string(body))');
  }
  lines.push('}', ...setup.after);
  return lines.join('\n');
}
