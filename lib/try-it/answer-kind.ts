// No imports: the response view reads answers with this in the browser.

/**
 * How the panel shows an answer's body: as text, as a previewed image, or as a file to download.
 * `note` says why an answer that calls itself an image is not shown as one.
 */
export type AnswerKind =
  | { kind: 'text'; mediaType: string }
  | { kind: 'image'; mediaType: PreviewedImage }
  | { kind: 'binary'; mediaType: string; note?: string };

/** The images the panel draws. Never SVG: an SVG is a document that can carry script, and it would run on this site. */
export type PreviewedImage = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

/** How each previewed image type begins: a body claiming the type must begin so. */
const signatures: Record<PreviewedImage, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a',
  'image/webp': (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
};

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

const isPreviewed = (type: string): type is PreviewedImage => type in signatures;

function isTextType(type: string): boolean {
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type.endsWith('+json') ||
    type === 'application/xml' ||
    (type.endsWith('+xml') && type !== 'image/svg+xml') ||
    type === 'application/javascript' ||
    type === 'application/x-ndjson' ||
    type === 'application/yaml' ||
    type === 'application/x-www-form-urlencoded'
  );
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads an answer's `Content-Type` and first bytes. Text types are text; PNG, JPEG, GIF and WebP
 * are previewed when their bytes are that image (the proxy sends `nosniff`, and the panel does not
 * guess either); anything else, SVG included, is a file to download. An answer without a type is
 * text when it is UTF-8, else a file.
 */
export function answerKind(contentType: string | null, bytes: Uint8Array): AnswerKind {
  const mediaType = (contentType ?? '').split(';', 1)[0].trim().toLowerCase();
  if (mediaType === '') return isUtf8(bytes) ? { kind: 'text', mediaType } : { kind: 'binary', mediaType: 'application/octet-stream' };
  if (isTextType(mediaType)) return { kind: 'text', mediaType };
  if (isPreviewed(mediaType)) {
    if (signatures[mediaType](bytes)) return { kind: 'image', mediaType };
    return { kind: 'binary', mediaType, note: `The answer says it is ${mediaType}, but its bytes are not that image, so it is not shown.` };
  }
  if (mediaType === 'image/svg+xml') {
    return { kind: 'binary', mediaType, note: 'An SVG image can carry script, so it is not shown here. Download it to open it.' };
  }
  return { kind: 'binary', mediaType };
}
