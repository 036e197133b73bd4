import type { ParameterRow } from '@/lib/endpoints';
import { ScrollRegion } from '../scroll-region';
import { DeprecatedBadge } from './deprecated-badge';
import { RequiredBadge } from './required-badge';
import { SchemaDetails, TypeCell } from './schema-details';

export interface ParameterTableProps {
  parameters: ParameterRow[];
}

export function ParameterTable({ parameters }: ParameterTableProps) {
  return (
    <ScrollRegion label="Parameters">
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Type</th>
            <th>Description</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={p.name} id={`parameter-${p.in}-${p.name}`}>
              <td>
                <code>{p.name}</code> <RequiredBadge required={p.required} />
                {p.deprecated && (
                  <>
                    {' '}
                    <DeprecatedBadge />
                  </>
                )}
              </td>
              <td>
                <TypeCell type={p.type} format={p.format} />
              </td>
              <td>
                <SchemaDetails description={p.description} defaultValue={p.default} constraints={p.constraints} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
