import type { Endpoint } from '@/lib/endpoints';
import { MethodBadge } from './method-badge';
import { SectionHeading } from './section-heading';

/** The requests the API makes back to the caller after this operation, each with a page of its own. */
export function CallbackList({ endpoint }: { endpoint: Endpoint }) {
  return (
    <section>
      <SectionHeading id="callbacks">Callbacks</SectionHeading>
      <p>After this operation, the API sends these requests to the URL the caller gives:</p>
      <ul>
        {endpoint.callbacks.map((callback) => (
          <li key={callback.url}>
            <MethodBadge method={callback.method} /> <a href={callback.url}>{callback.title}</a>: to <code>{callback.expression}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
