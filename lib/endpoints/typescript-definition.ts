import { generate } from '@fumari/json-schema-ts';
import { resolvePointer } from '../openapi/json-pointer';
import type { OpenAPIDocument } from '../openapi/types';

/**
 * The TypeScript definition of a schema in the document, named after the operation
 * (`ClaimOrganizationRelationBody`); schemas it references come along under their own names.
 */
export function typescriptDefinition(raw: OpenAPIDocument, schemaRef: string, name: string): string {
  return generate(raw as unknown as Parameters<typeof generate>[0], { ref: schemaRef, name }).trim();
}

export function typeName(operationId: string, suffix: string): string {
  return `${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}${suffix}`;
}

/** The definition, or none when the document gives no schema at `schemaRef` (a body of any JSON). */
export function typescriptDefinitionIfAny(raw: OpenAPIDocument, schemaRef: string | undefined, name: string): string | undefined {
  if (!schemaRef || resolvePointer(raw, schemaRef) === undefined) return undefined;
  return typescriptDefinition(raw, schemaRef, name);
}
