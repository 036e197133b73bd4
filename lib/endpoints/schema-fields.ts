import type { JsonValue, SchemaObject } from '../openapi/types';
import { constraintsOf, discriminatorValue, isMap, mergeAllOf, nameOf, typeLabel, variantName, withoutNull } from './schema-text';

/** Whether a schema describes what is sent (`readOnly` fields left out) or received (`writeOnly` left out). */
export type SchemaUsage = 'request' | 'response';

/** One row of a body or response table: a property, flattened to a path like `participants[].email`. */
export interface FieldRow {
  name: string;
  depth: number;
  type: string;
  format?: string;
  required: boolean;
  nullable: boolean;
  deprecated: boolean;
  description?: string;
  default?: JsonValue;
  constraints: string[];
  /** Set on the fields of one `oneOf`/`anyOf` alternative: `one of: Cat (petType = cat)`. */
  variant?: string;
  /**
   * The field's own fields are described elsewhere in the table: it contains itself
   * (`recursive`), or an earlier row already shows the same named schema (`above`). `field` is
   * that row's name; none when it is the whole body or response.
   */
  see?: { reason: 'recursive' | 'above'; name: string; field?: string };
}

/** What a reader can take in; past this a table ends with a row that says fields are left out. */
const maxRows = 250;
const maxDepth = 10;

/**
 * Flattens a schema into rows, parents before children. Every walk is bounded twice: a schema
 * already above itself becomes a row that points to it instead of expanding again, and a named
 * schema is expanded once per table; later uses point to where it is shown.
 */
export function schemaFields(schema: SchemaObject, usage?: SchemaUsage): FieldRow[] {
  const walk = new FieldWalk(usage);
  walk.shownAt.set(schema, '');
  walk.collect(schema, '', 0, [], undefined);
  return walk.rows;
}

class FieldWalk {
  readonly rows: FieldRow[] = [];
  /** Where each expanded schema's fields are listed: the name of its row. */
  readonly shownAt = new Map<SchemaObject, string>();
  readonly shownByName = new Map<string, string>();
  private truncated = false;

  constructor(private readonly usage: SchemaUsage | undefined) {}

  private full(): boolean {
    if (this.rows.length < maxRows) return false;
    if (!this.truncated) {
      this.truncated = true;
      this.rows.push({
        name: '…',
        depth: 0,
        type: '',
        required: false,
        nullable: false,
        deprecated: false,
        description: `Only the first ${maxRows} fields are listed; the TypeScript definition has them all.`,
        constraints: [],
      });
    }
    return true;
  }

  collect(input: SchemaObject, prefix: string, depth: number, ancestors: SchemaObject[], variant: string | undefined) {
    if (this.full() || depth > maxDepth) return;
    const merged = mergeAllOf(input);
    const { schema } = withoutNull(merged);
    const stack = [...ancestors, input, merged, schema];

    if (!schema.properties && schema.items && !isMap(schema)) {
      this.field(null, schema.items, prefix, false, depth, stack, variant);
      return;
    }
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      this.field(name, property, prefix, required.has(name), depth, stack, variant);
    }
    const values = schema.additionalProperties;
    if (typeof values === 'object' && values !== null && isMap(schema)) {
      this.field('[key]', values, prefix, false, depth, stack, variant);
    }
    const key = schema.oneOf ? 'oneOf' : schema.anyOf ? 'anyOf' : undefined;
    const variants = key ? (schema[key] ?? []) : [];
    variants.forEach((option, index) => {
      const label = `${key === 'oneOf' ? 'one of' : 'any of'}: ${variantName(schema, option, index, variants.length)}`;
      if (this.seeAlso(prefix || '(value)', option, prefix, depth, stack, label)) return;
      const first = this.rows.length;
      this.collect(option, prefix, depth, stack, label);
      // within a variant, its discriminator property has the one value that selects it
      const value = discriminatorValue(schema, option);
      const property = schema.discriminator?.propertyName;
      const tag = property && this.rows.slice(first).find((row) => row.name === (prefix ? `${prefix}.${property}` : property));
      if (tag && value !== undefined && !tag.constraints.some((text) => text.startsWith('always '))) tag.constraints.push(`always ${value}`);
    });
  }

  /**
   * A row for one property (`name`), the value schema of a map (`[key]`), or the items of an array
   * (`null`: no row of its own unless they point elsewhere), then the rows of what it contains.
   */
  private field(
    name: string | null,
    property: SchemaObject,
    prefix: string,
    required: boolean,
    depth: number,
    stack: SchemaObject[],
    variant: string | undefined,
  ) {
    if (this.full()) return;
    const merged = mergeAllOf(property);
    if (this.usage === 'request' && merged.readOnly === true) return;
    if (this.usage === 'response' && merged.writeOnly === true) return;
    const { schema, nullable } = withoutNull(merged);
    const path = name === null ? `${prefix}[]` : name === '[key]' ? `${prefix}[key]` : prefix ? `${prefix}.${name}` : name;

    // the fields below this row are those of the property, or of the items of its (nested) arrays
    let content = property;
    let contentPath = path;
    const unwrapped = new Set<SchemaObject>();
    for (let s = schema; !s.properties && s.items && !isMap(s) && !unwrapped.has(s); ) {
      unwrapped.add(s);
      content = s.items;
      contentPath += '[]';
      s = withoutNull(mergeAllOf(content)).schema;
    }

    if (name !== null) {
      const item = content === property ? schema : withoutNull(mergeAllOf(content)).schema;
      this.rows.push({
        name: path,
        depth,
        type: typeLabel(property),
        format: schema.format ?? (item !== schema ? item.format : undefined),
        required,
        nullable,
        deprecated: merged.deprecated === true,
        description: merged.description ?? schema.description,
        default: merged.default,
        constraints: constraintsOf(property),
        variant,
      });
    }
    if (this.seeAlso(name === null ? path : null, content, contentPath, depth, stack, variant)) return;
    if (name !== null && depth + 1 > maxDepth) return;
    this.collect(content, contentPath, name === null ? depth : depth + 1, stack, name === null ? variant : undefined);
  }

  /**
   * Points to where a schema is already described instead of expanding it again. The pointer goes
   * on the row just added, or on a row of its own (`rowName`) where nothing was added.
   */
  private seeAlso(
    rowName: string | null,
    content: SchemaObject,
    contentPath: string,
    depth: number,
    stack: SchemaObject[],
    variant: string | undefined,
  ): boolean {
    const merged = mergeAllOf(content);
    const { schema } = withoutNull(merged);
    const forms = [content, merged, schema];
    const name = nameOf(content) ?? nameOf(schema);
    let see: FieldRow['see'];
    const ancestor = forms.find((form) => stack.includes(form));
    if (ancestor) {
      see = { reason: 'recursive', name: name ?? 'the schema it is part of', field: this.shownAt.get(ancestor) || undefined };
    } else if (name !== undefined && expandable(schema)) {
      // by name: a `$ref` with a description beside it is a copy of its target, and still the same schema
      const shown = this.shownByName.get(name);
      if (shown !== undefined) see = { reason: 'above', name, field: shown || undefined };
      else {
        this.shownByName.set(name, contentPath);
        for (const form of forms) this.shownAt.set(form, contentPath);
      }
    }
    if (!see) return false;
    if (rowName !== null || this.rows.length === 0 || this.rows.at(-1)?.see) {
      this.rows.push({
        name: rowName ?? (contentPath || '(value)'),
        depth,
        type: typeLabel(content),
        required: false,
        nullable: false,
        deprecated: false,
        constraints: [],
        variant,
        see,
      });
    } else {
      const last = this.rows.at(-1);
      if (last) last.see = see;
    }
    return true;
  }
}

function expandable(schema: SchemaObject): boolean {
  return Boolean(schema.properties || isMap(schema) || schema.oneOf || schema.anyOf);
}
