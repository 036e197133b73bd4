/** Keywords whose value is a schema. */
const schemaKeywords = new Set(['items', 'not', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema']);
/** Keywords whose value is a list of schemas. */
const schemaListKeywords = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);
/** Keywords whose value maps names to schemas. */
const schemaMapKeywords = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

export interface SchemaPlace {
  /** The field as the pages name its row (`booking.status`, `players[].email`); none for the schema itself. */
  field?: string;
  /**
   * What the path ends at: a property (the property's name), an entry of `required`, `enum`, a
   * `oneOf`/`anyOf`/`allOf` branch, or another keyword of the schema (its name).
   */
  end: 'schema' | 'property' | 'required' | 'enum' | 'branch' | { keyword: string };
  /** For `branch`: the combinator. */
  combinator?: string;
}

const joinField = (field: string | undefined, name: string) => (field ? `${field}.${name}` : name);

/**
 * Reads the segments below a schema (`properties/booking/properties/status/enum/2`) as where in
 * the schema they lead: the field's dotted path and what the path ends at. A property may be
 * called `properties` or `type`; walking the segments keyword by keyword tells a name from a
 * keyword.
 */
export function schemaPlace(segments: readonly (string | number)[]): SchemaPlace {
  let field: string | undefined;
  for (let index = 0; index < segments.length; index++) {
    const keyword = String(segments[index]);
    const rest = segments.length - index - 1;
    if (keyword === 'properties') {
      if (rest === 0) return { field, end: { keyword } };
      field = joinField(field, String(segments[++index]));
      if (rest === 1) return { field, end: 'property' };
    } else if (keyword === 'additionalProperties') {
      field = `${field ?? ''}[key]`;
    } else if (keyword === 'items') {
      field = `${field ?? ''}[]`;
    } else if (schemaKeywords.has(keyword)) {
      // a schema that the rows do not name apart
    } else if (schemaListKeywords.has(keyword)) {
      if (rest <= 1) return { field, end: rest === 1 ? 'branch' : { keyword }, combinator: keyword };
      index++;
    } else if (schemaMapKeywords.has(keyword)) {
      if (rest <= 1) return { field, end: { keyword } };
      index++;
    } else if (keyword === 'required' && rest === 1) {
      return { field, end: 'required' };
    } else if (keyword === 'enum' && rest <= 1) {
      return { field, end: rest === 1 ? 'enum' : { keyword } };
    } else {
      return { field, end: { keyword } };
    }
  }
  return { field, end: 'schema' };
}
