import type { JsonValue } from '@/lib/openapi/types';
import { formatValue } from '@/lib/endpoints/schema-text';
import { InlineCode } from '../inline-code';

export interface SchemaDetailsProps {
  description?: string;
  defaultValue?: JsonValue;
  constraints: string[];
  nullable?: boolean;
}

/** The description cell of a parameter or field: text, then default, constraints and nullability. */
export function SchemaDetails({ description, defaultValue, constraints, nullable }: SchemaDetailsProps) {
  return (
    <>
      {description && <span className="block whitespace-pre-line"><InlineCode text={description} /></span>}
      {defaultValue !== undefined && (
        <span className="block text-fd-muted-foreground">
          Default: <code>{formatValue(defaultValue)}</code>
        </span>
      )}
      {constraints.length > 0 && (
        <span className="block text-fd-muted-foreground">{constraints.join('; ')}</span>
      )}
      {nullable && <span className="block text-fd-muted-foreground">May be null.</span>}
    </>
  );
}

export function TypeCell({ type, format }: { type: string; format?: string }) {
  return (
    <>
      <code className="whitespace-nowrap">{type}</code>
      {format && <span className="block text-xs text-fd-muted-foreground">format: {format}</span>}
    </>
  );
}
