import { createPageRoute } from '@/components/create-page-route';
import { GuidePage } from '@/components/guide-page';

const route = createPageRoute({
  kind: 'guide',
  toSlugs: () => [],
  toParams: () => ({}),
  render: (page) => page.type === 'docs' && <GuidePage page={page} />,
});

export default route.Page;
export const generateMetadata = route.generateMetadata;
