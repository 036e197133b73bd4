import type { Endpoint } from '@/lib/endpoints';
import type { InlineText as InlineTextModel } from '@/lib/inline-text';
import { pageSection } from '@/lib/endpoints/page-sections';
import { InlineText } from '../inline-text';
import { MethodBadge } from './method-badge';
import { SectionHeading } from './section-heading';

export interface CallbackListProps {
  endpoint: Endpoint;
  lead: InlineTextModel;
}

/** The requests the API makes back to the caller after this operation, each with a page of its own. */
export function CallbackList({ endpoint, lead }: CallbackListProps) {
  const section = pageSection('callbacks');
  return (
    <section>
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <p>
        <InlineText text={lead} />
      </p>
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
