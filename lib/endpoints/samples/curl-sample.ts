import { basicText, headersWithContentType, jsonText, type SampleRequest } from './sample-request';

/** Single quotes take everything literally in POSIX shells; a quote itself is closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Double quotes where nothing inside them expands (they read better for URLs and headers), else single. */
function shellArgument(text: string): string {
  return /^[^$`"\\!\n]*$/.test(text) ? `"${text}"` : shellQuote(text);
}

const indent = (text: string) => text.replace(/\n/g, '\n  ');

/** A form field's name as `--data-urlencode` wants it: encoded by hand, since curl encodes only the value (and reads `@` as a file). */
const formName = (name: string) => new URLSearchParams([[name, '']]).toString().slice(0, -1);

/** `-F` reads `;type=` and `,` after a file's name: such a name goes in double quotes, with `\` and `"` escaped. */
const formFile = (file: string) => (/^[^;,"\\\s]+$/.test(file) ? file : `"${file.replace(/[\\"]/g, '\\$&')}"`);

function bodyArguments(body: NonNullable<SampleRequest['body']>): string[] {
  switch (body.kind) {
    // a JSON text never starts with @, which would make -d read a file; its indentation is only whitespace
    case 'json':
      return [`-d ${indent(shellQuote(jsonText(body.value)))}`];
    case 'form':
      return body.fields.map(([name, value]) => `--data-urlencode ${shellArgument(`${formName(name)}=${value}`)}`);
    case 'multipart':
      return body.parts.map((part) =>
        'file' in part
          ? `-F ${shellArgument(`${part.name}=@${formFile(part.file)}`)}`
          : // -F reads a value that starts with @ or < as a file, and `;type=` in it as the part's type
            `${/^[@<]|;/.test(part.value) ? '--form-string' : '-F'} ${shellArgument(`${part.name}=${part.value}`)}`,
      );
    // --data-raw: text that starts with @ is still text; its lines are not indented, which would change it
    case 'text':
      return [`--data-raw ${shellQuote(body.text)}`];
    case 'binary':
      return [`--data-binary ${shellArgument(`@${body.file}`)}`];
  }
}

export function curlSample(request: SampleRequest): string {
  // -N: each event is printed as it arrives, not when curl's buffer fills
  const lines = [`curl ${request.stream ? '-N ' : ''}-X ${request.method} ${shellArgument(request.url)}`];
  if (request.basic) lines.push(`  -u ${shellArgument(basicText(request.basic))}`);
  for (const [name, value] of headersWithContentType(request)) lines.push(`  -H ${shellArgument(`${name}: ${value}`)}`);
  if (request.body) lines.push(...bodyArguments(request.body).map((argument) => `  ${argument}`));
  return lines.join(' \\\n');
}
