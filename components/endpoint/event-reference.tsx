import { notFound } from 'next/navigation';
import { getApiModel, type EventOperation } from '@/lib/endpoints';
import { eventSections, findEvent } from '@/lib/endpoints/page-sections';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { EventPage } from './event-page';

/** The page of one webhook or callback, in the site's frame. */
export function EventReference({ kind, slug, url }: { kind: EventOperation['kind']; slug: string; url: string }) {
  const model = getApiModel();
  const event = findEvent(kind === 'webhook' ? model.webhooks : model.callbacks, slug);
  if (!event) notFound();
  const toc = eventSections(event).map((section) => ({ title: section.title, url: `#${section.id}`, depth: section.depth }));
  return (
    <PageShell navigation={siteNavigation(url)} title={event.title} toc={toc} url={url}>
      <EventPage event={event} />
    </PageShell>
  );
}
