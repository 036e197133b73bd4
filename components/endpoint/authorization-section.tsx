import type { Endpoint } from '@/lib/endpoints';
import { pageSection } from '@/lib/endpoints/page-sections';
import { securityBlocks } from '@/lib/endpoints/security';
import type { InlineText as InlineTextModel } from '@/lib/inline-text';
import { InlineText } from '../inline-text';
import { Markdown } from '../markdown';
import { SectionHeading } from './section-heading';

export interface AuthorizationSectionProps {
  endpoint: Endpoint;
  /** Whether the endpoint checks token scopes, where the document's profile says so. */
  scopeNote?: InlineTextModel;
}

/** The schemes that authorize this operation, each described, and whether it checks scopes. */
export function AuthorizationSection({ endpoint, scopeNote }: AuthorizationSectionProps) {
  const { profile } = endpoint;
  const blocks = securityBlocks(endpoint.security, { guide: profile.authenticationGuide });
  const section = pageSection('authorization');
  return (
    <section>
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <Markdown text={blocks.join('\n\n')} />
      {scopeNote && (
        <p>
          <InlineText text={scopeNote} />
        </p>
      )}
    </section>
  );
}
