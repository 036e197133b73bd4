import { createPageRoute } from '@/components/create-page-route';
import { ErrorCatalogReference } from '@/components/errors/error-catalog-reference';

const route = createPageRoute({
  kind: 'error-catalog',
  toSlugs: () => ['errors'],
  toParams: () => ({}),
  render: (page) => <ErrorCatalogReference title={page.data.title} description={page.data.description} url={page.url} />,
});

export default route.Page;
export const generateMetadata = route.generateMetadata;
