import { createPageRoute } from '@/components/create-page-route';
import { GuideReference } from '@/components/guide/guide-reference';

// `/partner-api/errors` is a route of its own: a static segment wins over this one
const route = createPageRoute({
  kind: 'guide',
  toSlugs: ({ slug }: { slug: string }) => [slug],
  toParams: ([slug]) => ({ slug }),
  render: (page) => page.type === 'docs' && <GuideReference slugs={page.slugs.slice(1)} />,
});

export const dynamicParams = false;
export default route.Page;
// the introduction is `/partner-api` itself (app/partner-api/page.tsx)
export const generateStaticParams = () => route.generateStaticParams().filter(({ slug }) => slug);
export const generateMetadata = route.generateMetadata;
