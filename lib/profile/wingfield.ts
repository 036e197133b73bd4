import { followRef } from '../openapi/refs';
import { mergeAllOf } from '../openapi/schema-merge';
import type { JsonValue, MediaTypeObject, OpenAPIDocument, SchemaObject } from '../openapi/types';
import { genericProfile } from './generic';
import type { ErrorGuidance, ErrorRow, Profile } from './profile';
import { reproduceWingfieldError } from './wingfield-reproductions';

/** `{ error: { type } }`: the type an error body names. */
function errorTypeOf(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const error = value.error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  return typeof error.type === 'string' ? error.type : undefined;
}

/** The values of `error.type`'s enum in an error schema. */
export function enumeratedErrorTypes(schema: SchemaObject | undefined): JsonValue[] {
  const merged = schema && mergeAllOf(schema);
  return mergeAllOf(mergeAllOf(merged?.properties?.error ?? {}).properties?.type ?? {}).enum ?? [];
}

/**
 * The Wingfield Partner API's conventions: every error body is `{ error: { type, message } }`;
 * each error type of an operation is a named example under its status (key and summary = the
 * type, description = its meaning) and is listed in `error.type`'s enum; guidance per type lives
 * under `components.x-error-types`; `scope_permission_denied` marks an endpoint that checks token
 * scopes; `x-path-unconfirmed` marks an endpoint whose path is not yet confirmed.
 */
export const wingfieldProfile: Profile = {
  name: 'wingfield',
  typedErrors: true,
  errorRows(status, response, media) {
    const rows: ErrorRow[] = [];
    const typed = (type: string, description: string, sample: JsonValue): ErrorRow => ({
      status,
      type,
      typed: true,
      id: type,
      description,
      sample,
    });
    for (const [key, example] of Object.entries(media?.[1].examples ?? {})) {
      const value = example.value ?? null;
      rows.push(typed(errorTypeOf(value) ?? key, example.description ?? example.summary ?? response.description ?? '', value));
    }
    if (rows.length === 0 && media?.[1].example !== undefined) {
      const type = errorTypeOf(media[1].example);
      if (type) rows.push(typed(type, response.description ?? '', media[1].example));
    }
    // a type listed in the enum without an example of its own still gets a row
    for (const type of enumeratedErrorTypes(media?.[1].schema)) {
      if (typeof type !== 'string' || rows.some((row) => row.type === type)) continue;
      rows.push(typed(type, response.description ?? '', { error: { type, message: response.description ?? type } }));
    }
    // a status outside the convention (a text 502 from a gateway, say) is still shown as documented
    return rows.length > 0 ? rows : genericProfile.errorRows(status, response, media);
  },
  scopeNotes: true,
  checksScopes: (errors) => errors.some((row) => row.type === 'scope_permission_denied'),
  pathUnconfirmed: (operation) => operation['x-path-unconfirmed'] === true,
  errorGuidance: (document) => {
    const written = (document.components as Record<string, unknown> | undefined)?.['x-error-types'] ?? {};
    // the document as written: an entry may be a `$ref` to guidance kept elsewhere. The loader
    // checked the fields' types; only they are read, so that an entry's other keys (`statuses`,
    // `type`) cannot stand in for what the catalogue derives
    return Object.fromEntries(
      Object.entries(written).map(([type, entry]) => {
        const { cause, handling, retry } = followRef(document, entry).value as ErrorGuidance;
        return [type, { ...(cause !== undefined && { cause }), ...(handling !== undefined && { handling }), ...(retry !== undefined && { retry }) }];
      }),
    );
  },
  reproduce: reproduceWingfieldError,
  authenticationGuide: '/partner-api/authentication',
  token: { label: 'API token', placeholder: '<api-token>' },
  errorHandling: { guide: '/partner-api/error-handling', envelope: '{ "error": { "type", "message" } }' },
};

/** Whether a document follows these conventions: guidance per error type, or typed error bodies. */
export function usesWingfieldConventions(document: OpenAPIDocument): boolean {
  if ((document.components as Record<string, unknown> | undefined)?.['x-error-types'] !== undefined) return true;
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      if (typeof operation !== 'object' || operation === null || Array.isArray(operation)) continue;
      const responses = (operation as { responses?: Record<string, { content?: Record<string, MediaTypeObject> }> }).responses;
      for (const [status, response] of Object.entries(responses ?? {})) {
        if (!/^[45]/.test(status)) continue;
        for (const media of Object.values(response?.content ?? {})) {
          if (enumeratedErrorTypes(media.schema).length > 0) return true;
        }
      }
    }
  }
  return false;
}
