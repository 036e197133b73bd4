import { generate } from '@fumari/json-schema-ts';
import { resolvePointer } from '../openapi/json-pointer';
import type { OpenAPIDocument } from '../openapi/types';
import { pascalIdentifier } from './operation-key';

/**
 * The TypeScript definition of a schema in the document, named after the operation
 * (`ClaimOrganizationRelationBody`); schemas it references come along under their own names.
 */
export function typescriptDefinition(raw: OpenAPIDocument, schemaRef: string, name: string): string {
  // a media type without a schema (`text/plain: {}`) has nothing at its pointer: any value
  if (resolvePointer(raw, schemaRef) === undefined) return `type ${name} = unknown;`;
  return generate(raw as unknown as Parameters<typeof generate>[0], { ref: schemaRef, name }).trim();
}

/** `ClaimOrganizationRelationBody` from the key `claimOrganizationRelation`: always a valid identifier. */
export function typeName(key: string, suffix: string): string {
  return `${pascalIdentifier(key)}${suffix}`;
}
