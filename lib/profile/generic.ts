import { mediaKind } from '../openapi/media-types';
import type { JsonValue } from '../openapi/types';
import type { ErrorRow, Profile } from './profile';

/** An anchor made of a status and an example's name: `error-404-not-found`. */
export function errorRowId(status: string, name?: string): string {
  const slug = (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug ? `error-${status.toLowerCase()}-${slug}` : `error-${status.toLowerCase()}`;
}

function asText(kind: string, value: JsonValue | undefined): string | undefined {
  if (value === undefined || kind === 'json') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/**
 * A document read by the specification alone: one row per named example of an error status
 * (its summary and description), or one row for the status with its single example, if any.
 */
export const genericProfile: Profile = {
  name: 'generic',
  typedErrors: false,
  errorRows(status, response, media) {
    const description = response.description ?? '';
    const kind = media ? mediaKind(media[0], media[1].schema) : 'json';
    const named = Object.entries(media?.[1].examples ?? {});
    if (named.length > 0) {
      return named.map(([key, example]): ErrorRow => ({
        status,
        type: key,
        typed: false,
        id: errorRowId(status, key),
        title: example.summary ?? key,
        description: example.description ?? description,
        ...(kind === 'json' ? { sample: example.value } : { sampleText: asText(kind, example.value) }),
      }));
    }
    const example = media?.[1].example;
    return [
      {
        status,
        type: status,
        typed: false,
        id: errorRowId(status),
        description,
        ...(kind === 'json' ? { sample: example } : { sampleText: asText(kind, example) }),
      },
    ];
  },
  scopeNotes: false,
  checksScopes: () => false,
  pathUnconfirmed: () => false,
  errorGuidance: () => ({}),
};
