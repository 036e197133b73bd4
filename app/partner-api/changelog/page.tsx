import { createPageRoute } from '@/components/create-page-route';
import { ChangelogReference } from '@/components/changes/changelog-reference';

const route = createPageRoute({
  kind: 'changelog',
  toSlugs: () => ['changelog'],
  toParams: () => ({}),
  render: (page) => <ChangelogReference title={page.data.title} url={page.url} />,
});

export default route.Page;
export const generateMetadata = route.generateMetadata;
