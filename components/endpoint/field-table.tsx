import type { FieldRow } from '@/lib/endpoints/schema-fields';
import { FieldName } from '../field-name';
import { ScrollRegion } from '../scroll-region';
import { RequiredBadge } from './required-badge';
import { SchemaDetails, TypeCell } from './schema-details';

export interface FieldTableProps {
  fields: FieldRow[];
  /** Response fields are not "required" of the caller; they show no required/optional mark. */
  showRequired?: boolean;
}

export function FieldTable({ fields, showRequired = true }: FieldTableProps) {
  return (
    <ScrollRegion label="Fields">
      <table>
        <thead>
          <tr>
            <th>Field</th>
            <th>Type</th>
            <th>Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={`${field.variant ?? ''}${field.name}`}>
              <td>
                <FieldName name={field.name} /> {showRequired && <RequiredBadge required={field.required} />}
                {field.variant && <span className="block text-xs text-fd-muted-foreground">{field.variant}</span>}
              </td>
              <td>
                <TypeCell type={field.type} format={field.format} />
              </td>
              <td>
                <SchemaDetails
                  description={field.description}
                  defaultValue={field.default}
                  constraints={field.constraints}
                  nullable={field.nullable}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
