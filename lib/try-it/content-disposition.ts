// No imports: the panel names downloads with this in the browser.

export interface ContentDisposition {
  /** `attachment`, `inline`, …, lower case; `undefined` when the header has none. */
  type?: string;
  /** The file name the API suggests, decoded (`filename*` over `filename`), not yet made safe. */
  filename?: string;
}

const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** `name=value` pairs after the type, values as tokens or quoted strings with `\` escapes (RFC 9110). */
function parameters(text: string): [string, string][] {
  const out: [string, string][] = [];
  let at = 0;
  while (at < text.length) {
    const semicolon = text.indexOf(';', at);
    if (semicolon < 0) break;
    at = semicolon + 1;
    const equals = text.indexOf('=', at);
    if (equals < 0) break;
    const name = text.slice(at, equals).trim().toLowerCase();
    at = equals + 1;
    while (text[at] === ' ' || text[at] === '\t') at++;
    let value = '';
    if (text[at] === '"') {
      at++;
      while (at < text.length && text[at] !== '"') {
        if (text[at] === '\\' && at + 1 < text.length) at++;
        value += text[at];
        at++;
      }
      at++;
    } else {
      const end = text.indexOf(';', at);
      value = text.slice(at, end < 0 ? text.length : end).trim();
      at = end < 0 ? text.length : end;
    }
    if (name && token.test(name)) out.push([name, value]);
  }
  return out;
}

/** The bytes a `%XX` string stands for; `undefined` when an escape is malformed. */
function percentBytes(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '%') {
      const hex = text.slice(at + 1, at + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
      bytes.push(parseInt(hex, 16));
      at += 2;
    } else {
      const code = text.charCodeAt(at);
      if (code > 0x7e) return undefined;
      bytes.push(code);
    }
  }
  return Uint8Array.from(bytes);
}

/** An RFC 8187 `ext-value` (`UTF-8''na%C3%AFve.pdf`); `undefined` for another charset or a malformed one. */
function extValue(value: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const bytes = percentBytes(match[2]);
  if (!bytes) return undefined;
  const charset = match[1].toLowerCase();
  try {
    if (charset === 'utf-8') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (charset === 'iso-8859-1') return new TextDecoder('latin1').decode(bytes);
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Header values reach the page as bytes, one character each: a server that writes a UTF-8 name
 * into plain `filename="…"` (against RFC 6266, but common) is read back as UTF-8 when it is that.
 */
function asUtf8(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(value, (char) => char.charCodeAt(0)));
  } catch {
    return value;
  }
}

/** Reads a `Content-Disposition` header (RFC 6266): its type and suggested file name, the first of each kind that parses. */
export function parseContentDisposition(header: string | null | undefined): ContentDisposition {
  if (!header) return {};
  const semicolon = header.indexOf(';');
  const type = (semicolon < 0 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  let extended: string | undefined;
  let plain: string | undefined;
  for (const [name, value] of parameters(header)) {
    if (name === 'filename*' && extended === undefined) extended = extValue(value);
    else if (name === 'filename' && plain === undefined) plain = asUtf8(value);
  }
  const filename = extended ?? plain;
  return { ...(token.test(type) && { type }), ...(filename !== undefined && { filename }) };
}

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/gzip': 'gz',
  'application/json': 'json',
  'application/xml': 'xml',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'text/html': 'html',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/** Longest name the panel suggests, in characters and in UTF-8 bytes (file systems count bytes; 255 is common). */
const maxNameChars = 120;
const maxNameBytes = 200;

/** Cuts a name to the limits, keeping a short extension, never in the middle of a character. */
function shorten(name: string): string {
  const chars = Array.from(name);
  const bytes = (list: string[]) => new TextEncoder().encode(list.join('')).byteLength;
  if (chars.length <= maxNameChars && bytes(chars) <= maxNameBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 11 ? Array.from(name.slice(dot)) : [];
  const stem = chars.slice(0, chars.length - extension.length);
  while (stem.length > 0 && (stem.length + extension.length > maxNameChars || bytes([...stem, ...extension]) > maxNameBytes)) stem.pop();
  return [...stem, ...extension].join('');
}

/**
 * A suggested file name as one safe name on any system: no folders (`/`, `\`, `..`), no control,
 * invisible or bidirectional characters (which can make `exe.pdf` look like `fdp.exe`), none of
 * the characters Windows refuses, no leading dot (a hidden file) or trailing dot or space, not a
 * device name (`CON`, `NUL`, `COM1`), and at most 120 characters; `fallback` when nothing is left.
 */
export function safeFileName(raw: string, fallback = 'download'): string {
  const visible = raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g, '');
  const segments = visible.split(/[/\\]+/).filter((segment) => segment.trim() !== '' && !/^\.+$/.test(segment.trim()));
  let name = segments
    .join('_')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(name)) name = `_${name}`;
  name = shorten(name);
  return name === '' ? fallback : name;
}

/**
 * The name a download of this answer gets: the one its `Content-Disposition` suggests, made safe,
 * else `download` with the media type's extension. The proxy passes that header on as
 * `X-Upstream-Content-Disposition`, so that the browser does not act on it by itself.
 */
export function downloadName(headers: Pick<Headers, 'get'>, mediaType: string): string {
  const extension = extensions[mediaType.split(';', 1)[0].trim().toLowerCase()];
  const fallback = extension ? `download.${extension}` : 'download';
  const { filename } = parseContentDisposition(headers.get('x-upstream-content-disposition') ?? headers.get('content-disposition'));
  return filename === undefined ? fallback : safeFileName(filename, fallback);
}
