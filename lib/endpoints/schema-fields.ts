import type { JsonValue, SchemaObject } from '../openapi/types';
import { constraintsOf, isNullable, mergeAllOf, typeLabel } from './schema-text';

/** One row of a body or response table: a property, flattened to a path like `participants[].email`. */
export interface FieldRow {
  name: string;
  depth: number;
  type: string;
  format?: string;
  required: boolean;
  nullable: boolean;
  description?: string;
  default?: JsonValue;
  constraints: string[];
  /** Set on the fields of one `oneOf`/`anyOf` alternative: `option 1 of 2`. */
  variant?: string;
}

const maxDepth = 8;

/** Flattens an object schema into rows, parents before children; stops at cycles and deep nesting. */
export function schemaFields(schema: SchemaObject): FieldRow[] {
  const rows: FieldRow[] = [];
  collect(schema, '', 0, rows, new Set(), undefined);
  return rows;
}

function collect(
  input: SchemaObject,
  prefix: string,
  depth: number,
  rows: FieldRow[],
  ancestors: Set<SchemaObject>,
  variant: string | undefined,
) {
  if (depth > maxDepth || ancestors.has(input)) return;
  const schema = mergeAllOf(input);
  const next = new Set(ancestors).add(input);

  if (schema.items && !schema.properties) {
    collect(schema.items, `${prefix}[]`, depth, rows, next, variant);
    return;
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const merged = mergeAllOf(property);
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({
      name: path,
      depth,
      type: typeLabel(merged),
      format: merged.format ?? merged.items?.format,
      required: schema.required?.includes(name) ?? false,
      nullable: isNullable(merged),
      description: merged.description,
      default: merged.default,
      constraints: constraintsOf(merged),
      variant,
    });
    const child = merged.items && !merged.properties ? merged.items : merged;
    const childPrefix = child === merged ? path : `${path}[]`;
    collect(child, childPrefix, depth + 1, rows, next, undefined);
  }
  const variants = schema.oneOf ?? schema.anyOf;
  variants?.forEach((option, index) => {
    const label = `${schema.oneOf ? 'one of' : 'any of'}: option ${index + 1} of ${variants.length}`;
    collect(option, prefix, depth, rows, next, label);
  });
}
