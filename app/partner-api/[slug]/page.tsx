import { createPageRoute } from '@/components/create-page-route';
import { GuidePage } from '@/components/guide-page';

const route = createPageRoute({
  kind: 'guide',
  toSlugs: ({ slug }: { slug: string }) => [slug],
  toParams: ([slug]) => ({ slug }),
  render: (page) => page.type === 'docs' && <GuidePage page={page} />,
});

export const dynamicParams = false;
export default route.Page;
export const generateStaticParams = () => route.generateStaticParams().filter((params) => params.slug);
export const generateMetadata = route.generateMetadata;
