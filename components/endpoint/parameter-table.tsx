import type { Endpoint, ParameterRow } from '@/lib/endpoints';
import { parameterRowId, presentParameterSections } from '@/lib/endpoints/page-sections';
import { ScrollRegion } from '../scroll-region';
import { DeprecatedBadge } from './deprecated-badge';
import { RequiredBadge } from './required-badge';
import { SchemaDetails, TypeCell } from './schema-details';
import { SectionHeading } from './section-heading';

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
            <tr key={p.name} id={parameterRowId(p.in, p.name)}>
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

/** A section for each place an operation takes parameters (path, query, header, cookie) that it uses. */
export function ParameterSections({ parameters }: { parameters: Endpoint['parameters'] }) {
  return presentParameterSections(parameters).map((section) => (
    <section key={section.id}>
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <ParameterTable parameters={section.parameters} />
    </section>
  ));
}
