import { generate } from '@fumari/json-schema-ts';
import { resolvePointer } from '../openapi/json-pointer';
import type { OpenAPIDocument } from '../openapi/types';
import type { SchemaUsage } from './schema-fields';
import { pascalIdentifier } from './operation-key';

/**
 * The TypeScript definition of a schema in the document, named after the operation
 * (`ClaimOrganizationRelationBody`); schemas it references come along under their own names, and
 * a recursive one refers to itself by name. A request's type leaves out `readOnly` properties and
 * a response's `writeOnly` ones. A schema the generator cannot handle gives a comment saying so
 * rather than a page that fails to render.
 */
export function typescriptDefinition(raw: OpenAPIDocument, schemaRef: string, name: string, usage?: SchemaUsage): string {
  // a media type without a schema (`text/plain: {}`) has nothing at its pointer: any value
  if (resolvePointer(raw, schemaRef) === undefined) return `type ${name} = unknown;`;
  const visibility = usage === 'request' ? { readOnly: false, writeOnly: true } : usage === 'response' ? { readOnly: true, writeOnly: false } : {};
  try {
    return generate(raw as unknown as Parameters<typeof generate>[0], { ref: schemaRef, name, ...visibility }).trim();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `// The TypeScript type of ${name} could not be generated from the document: ${reason.replaceAll('*/', '* /')}\ntype ${name} = unknown;`;
  }
}

/** `ClaimOrganizationRelationBody` from the key `claimOrganizationRelation`: always a valid identifier. */
export function typeName(key: string, suffix: string): string {
  return `${pascalIdentifier(key)}${suffix}`;
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
