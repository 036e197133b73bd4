// No imports of server code: the panel reads a body's schema with this in the browser.
import { formatSize } from '../proxy/proxy-limits';

/** A schema as the panel reads it; `$ref`s are followed by the caller's `resolve`. */
type Schema = Record<string, unknown>;
export type ResolveSchema = (schema: unknown) => unknown;

/** A multipart part that is a file: one file, or several (an array of files). */
export interface FilePart {
  name: string;
  multiple: boolean;
  required: boolean;
  /** The part's media type as the document says it (`contentMediaType` or the encoding's `contentType`), for the picker's `accept`. */
  accept?: string;
}

/** How the panel takes a request body: parts of a form with file pickers, one file as the body, or neither. */
export type FileBody = { kind: 'multipart'; parts: FilePart[] } | { kind: 'file'; accept?: string } | undefined;

const asSchema = (value: unknown): Schema | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Schema) : undefined);

/** Media types sent as text or as fields, by fumadocs' own encoders or by nature; everything else is bytes. */
function isTextMediaType(mediaType: string): boolean {
  const type = mediaType.split(';', 1)[0].trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    type.startsWith('multipart/') ||
    type === 'application/json' ||
    type.endsWith('+json') ||
    type === 'application/xml' ||
    type.endsWith('+xml') ||
    type === 'application/x-www-form-urlencoded' ||
    type === 'application/x-ndjson' ||
    type === 'application/javascript' ||
    type === 'application/yaml' ||
    type === 'application/graphql'
  );
}

/** `application/octet-stream`, `application/pdf`, `image/png`, `*\/*`: a body the reader chooses from a file. */
export function isBinaryMediaType(mediaType: string): boolean {
  return mediaType.trim() !== '' && !isTextMediaType(mediaType);
}

/**
 * A string schema whose value is a file's bytes: `format: binary` (OpenAPI 3.0), or
 * `contentMediaType` / `contentEncoding` (3.1, JSON Schema's way of saying the same).
 */
export function isFileSchema(raw: unknown, resolve: ResolveSchema = (schema) => schema): boolean {
  const schema = asSchema(resolve(raw));
  if (!schema) return false;
  const type = schema.type;
  if (type !== undefined && type !== 'string' && !(Array.isArray(type) && type.includes('string'))) return false;
  return schema.format === 'binary' || typeof schema.contentMediaType === 'string' || typeof schema.contentEncoding === 'string';
}

/** The properties of a multipart body that are files, or arrays of files, in the document's order. */
export function fileParts(raw: unknown, resolve: ResolveSchema = (schema) => schema, encoding: Record<string, unknown> = {}): FilePart[] {
  const schema = asSchema(resolve(raw));
  const properties = asSchema(schema?.properties) ?? {};
  const required = Array.isArray(schema?.required) ? schema.required : [];
  const parts: FilePart[] = [];
  for (const [name, rawProperty] of Object.entries(properties)) {
    const property = asSchema(resolve(rawProperty));
    if (!property) continue;
    const items = property.type === 'array' ? property.items : undefined;
    const file = items === undefined ? (isFileSchema(property, resolve) ? property : undefined) : isFileSchema(items, resolve) ? asSchema(resolve(items)) : undefined;
    if (!file) continue;
    const contentType = asSchema(encoding[name])?.contentType;
    const accept = typeof file.contentMediaType === 'string' ? file.contentMediaType : typeof contentType === 'string' ? contentType : undefined;
    parts.push({ name, multiple: items !== undefined, required: required.includes(name), ...(accept && { accept }) });
  }
  return parts;
}

/**
 * Whether the panel takes this body from files: a multipart body with file parts, or a body of a
 * binary media type (or whose schema is a file). Any other body is the JSON editor's.
 */
export function fileBodyOf(mediaType: string, schema: unknown, resolve: ResolveSchema = (value) => value, encoding?: Record<string, unknown>): FileBody {
  const type = mediaType.split(';', 1)[0].trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const parts = fileParts(schema, resolve, encoding);
    return parts.length > 0 ? { kind: 'multipart', parts } : undefined;
  }
  if (isBinaryMediaType(type) || isFileSchema(schema, resolve)) {
    const accept = asSchema(resolve(schema))?.contentMediaType;
    return { kind: 'file', accept: typeof accept === 'string' ? accept : type.includes('*') || type === 'application/octet-stream' ? undefined : type };
  }
  return undefined;
}

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;
const fileName = (blob: Blob) => (typeof File !== 'undefined' && blob instanceof File ? blob.name : 'blob');

/** Every file in a body: the body itself, or its parts' files and their arrays' items. */
export function filesIn(body: unknown): Blob[] {
  if (isBlob(body)) return [body];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.values(body).flatMap((value) => (isBlob(value) ? [value] : Array.isArray(value) ? value.filter(isBlob) : []));
}

/**
 * The body as the validators see it: each file as its name, a string like any other, so that the
 * parts around it are checked as today and a chosen file counts as present.
 */
export function withFilesAsNames(body: unknown): unknown {
  if (isBlob(body)) return fileName(body);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      isBlob(value) ? fileName(value) : Array.isArray(value) ? value.map((item) => (isBlob(item) ? fileName(item) : item)) : value,
    ]),
  );
}

/** The body without its files, for the history and shared links: a file stays on the reader's device. */
export function withoutFiles(body: unknown): unknown {
  if (isBlob(body)) return undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const kept = Object.entries(body).flatMap(([key, value]): [string, unknown][] => {
    if (isBlob(value)) return [];
    if (Array.isArray(value) && value.some(isBlob)) return [];
    return [[key, value]];
  });
  return Object.fromEntries(kept);
}

/**
 * Why these files cannot be sent through a proxy that takes at most `limit` bytes of body: the one
 * over the limit by name, or all together; `undefined` when they fit. The rest of the body
 * (boundaries, other parts) is left to the proxy, which refuses a body over its limit itself.
 */
export function fileSizeProblem(files: readonly Blob[], limit: number, limitText: string): string | undefined {
  const describe = (file: Blob) => `${fileName(file)} is ${formatSize(file.size)}`;
  const large = files.find((file) => file.size > limit);
  if (large) return `${describe(large)}; this site's proxy sends at most ${limitText}`;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > limit) {
    return `the ${files.length} files are ${formatSize(total)} together; this site's proxy sends at most ${limitText} in one request`;
  }
  return undefined;
}
