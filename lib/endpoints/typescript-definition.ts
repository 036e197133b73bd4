import { generate } from '@fumari/json-schema-ts';
import { resolvePointer } from '../openapi/json-pointer';
import type { OpenAPIDocument } from '../openapi/types';
import type { SchemaUsage } from './schema-fields';

/**
 * The TypeScript definition of a schema in the document, named after the operation
 * (`ClaimOrganizationRelationBody`); schemas it references come along under their own names, and
 * a recursive one refers to itself by name. A request's type leaves out `readOnly` properties and
 * a response's `writeOnly` ones. A schema the generator cannot handle gives a comment saying so
 * rather than a page that fails to render.
 */
export function typescriptDefinition(raw: OpenAPIDocument, schemaRef: string, name: string, usage?: SchemaUsage): string {
  const visibility = usage === 'request' ? { readOnly: false, writeOnly: true } : usage === 'response' ? { readOnly: true, writeOnly: false } : {};
  try {
    return generate(raw as unknown as Parameters<typeof generate>[0], { ref: schemaRef, name, ...visibility }).trim();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `// The TypeScript type of ${name} could not be generated from the document: ${reason.replaceAll('*/', '* /')}\ntype ${name} = unknown;`;
  }
}

/** `claimOrganizationRelation` + `Body` → `ClaimOrganizationRelationBody`; an identifier whatever the operation is called. */
export function typeName(operationId: string, suffix: string): string {
  const words = operationId.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('') + suffix;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** The definition, or none when the document gives no schema at `schemaRef` (a body of any JSON). */
export function typescriptDefinitionIfAny(
  raw: OpenAPIDocument,
  schemaRef: string | undefined,
  name: string,
  usage?: SchemaUsage,
): string | undefined {
  if (!schemaRef || resolvePointer(raw, schemaRef) === undefined) return undefined;
  return typescriptDefinition(raw, schemaRef, name, usage);
}
