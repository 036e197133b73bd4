import { createPageRoute } from '@/components/create-page-route';
import { ErrorTypeReference } from '@/components/errors/error-type-reference';

const route = createPageRoute({
  kind: 'error-type',
  toSlugs: ({ type }: { type: string }) => ['errors', type],
  toParams: ([, type]) => ({ type }),
  render: (page) => page.type === 'reference' && page.data.kind === 'error-type' && <ErrorTypeReference errorType={page.data.errorType} url={page.url} />,
});

export const dynamicParams = false;
export default route.Page;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
