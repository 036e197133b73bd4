import { createPageRoute } from '@/components/create-page-route';
import { EventReference } from '@/components/endpoint/event-reference';

const route = createPageRoute({
  kind: 'callback',
  toSlugs: ({ name }: { name: string }) => ['callbacks', name],
  toParams: ([, name]) => ({ name }),
  render: (page) =>
    page.type === 'reference' &&
    page.data.kind === 'callback' && <EventReference kind="callback" slug={page.data.eventSlug} url={page.url} />,
});

export const dynamicParams = false;
export default route.Page;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
