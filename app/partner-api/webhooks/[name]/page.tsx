import { createPageRoute } from '@/components/create-page-route';
import { EventReference } from '@/components/endpoint/event-reference';

const route = createPageRoute({
  kind: 'webhook',
  toSlugs: ({ name }: { name: string }) => ['webhooks', name],
  toParams: ([, name]) => ({ name }),
  render: (page) =>
    page.type === 'reference' &&
    page.data.kind === 'webhook' && <EventReference kind="webhook" slug={page.data.eventSlug} url={page.url} />,
});

export const dynamicParams = false;
export default route.Page;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
