import { fieldRowId } from '@/lib/endpoints/page-sections';
import type { FieldRow } from '@/lib/endpoints/schema-fields';
import { FieldName } from '../field-name';
import { ScrollRegion } from '../scroll-region';
import { RequiredBadge } from './required-badge';
import { SchemaDetails, TypeCell } from './schema-details';

export interface FieldTableProps {
  fields: FieldRow[];
  /** Response fields are not "required" of the caller; they show no required/optional mark. */
  showRequired?: boolean;
  /** The rows' ids (`fieldRowId`) on the request body's and the success response's tables, which links point at. */
  anchors?: 'request' | 'response';
}

/** Where the fields of a recursive or already shown schema are: "recursive, see `Node`". */
function SeeNote({ see }: { see: NonNullable<FieldRow['see']> }) {
  const at = see.field && (
    <>
      {' '}
      (<code>{see.field}</code>)
    </>
  );
  return (
    <span className="block text-fd-muted-foreground">
      {see.reason === 'recursive' ? (
        <>
          recursive, see <code>{see.name}</code>
        </>
      ) : (
        <>
          see <code>{see.name}</code> above
        </>
      )}
      {at}
    </span>
  );
}

export function FieldTable({ fields, showRequired = true, anchors }: FieldTableProps) {
  // a field of several `oneOf` alternatives has a row in each: the first one is the link's target
  const anchored = new Set<string>();
  const rowId = (name: string) => {
    if (!anchors || name === '…') return undefined;
    const id = fieldRowId(anchors, name);
    if (anchored.has(id)) return undefined;
    anchored.add(id);
    return id;
  };
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
          {fields.map((field, index) => (
            <tr key={`${index}:${field.name}`} id={rowId(field.name)}>
              <td>
                <FieldName name={field.name} /> {showRequired && <RequiredBadge required={field.required} />}
                {field.deprecated && <span className="block text-xs text-fd-muted-foreground">deprecated</span>}
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
                {field.see && <SeeNote see={field.see} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
