import { createPageRoute } from '@/components/create-page-route';
import { EndpointReference } from '@/components/endpoint/endpoint-reference';

const route = createPageRoute({
  kind: 'endpoint',
  toSlugs: ({ slug, operation }: { slug: string; operation: string }) => [slug, operation],
  toParams: ([slug, operation]) => ({ slug, operation }),
  render: (page) => page.type === 'reference' && page.data.kind === 'endpoint' && <EndpointReference endpointKey={page.data.key} url={page.url} />,
});

export const dynamicParams = false;
export default route.Page;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
