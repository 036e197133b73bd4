import { groupByStatus, type ErrorTypeEntry } from '@/lib/errors';
import { statusReason } from '@/lib/http-status';
import { SectionHeading } from '../endpoint/section-heading';

export interface ErrorCatalogPageProps {
  entries: ErrorTypeEntry[];
}

/** Every error type once, grouped by status: where integrators look an error up by its type. */
export function ErrorCatalogPage({ entries }: ErrorCatalogPageProps) {
  return (
    <>
      <p>
        Every error answer has the body <code>{'{ "error": { "type", "message" } }'}</code>. The status and{' '}
        <code>error.type</code> are stable; handle errors by them, in one place in your code. Each type below links to
        its page: what typically causes it, how to handle it, and every endpoint that returns it.
      </p>
      {groupByStatus(entries).map((group) => (
        <section key={group.status}>
          <SectionHeading id={`status-${group.status}`}>
            {group.status} {statusReason(group.status)}
          </SectionHeading>
          <div className="overflow-x-auto">
            <table>
              <thead>
                <tr>
                  <th>Type</th>
                  <th>Meaning</th>
                  <th>Endpoints</th>
                </tr>
              </thead>
              <tbody>
                {group.types.map((entry) => (
                  <tr key={entry.type} id={entry.type}>
                    <td>
                      <a href={entry.url}>
                        <code>{entry.type}</code>
                      </a>
                    </td>
                    <td>{entry.description}</td>
                    <td>{entry.endpoints.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
