import type { Endpoint } from '@/lib/endpoints';
import { pageSection } from '@/lib/endpoints/page-sections';
import { tryItInvitation } from '@/lib/endpoints/security';
import { getApiModel } from '@/lib/endpoints';
import { tryItPayloadUrl, usesTokenField } from '@/lib/try-it/try-it-payload';
import { TryItPanel } from '../try-it/try-it-panel';
import { SectionHeading } from './section-heading';

export const proxyUrl = '/api/proxy';

/** The try-it panel: the page carries only a button; the operation's slice of the document comes when it opens. */
export function TryItSection({ endpoint }: { endpoint: Endpoint }) {
  const section = pageSection('try-it');
  return (
    <section className="scroll-mt-24">
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <noscript>
        <p>The try-it panel needs JavaScript. The code samples below work from any terminal or program.</p>
      </noscript>
      <TryItPanel
        payloadUrl={tryItPayloadUrl(endpoint.key)}
        proxyUrl={proxyUrl}
        invitation={tryItInvitation(endpoint.security, { tokenField: usesTokenField(getApiModel()) })}
      />
    </section>
  );
}
