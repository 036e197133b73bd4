import { createPageRoute } from '@/components/create-page-route';
import { ReleaseReference } from '@/components/changes/release-reference';

const route = createPageRoute({
  kind: 'changelog-release',
  toSlugs: ({ version }: { version: string }) => ['changelog', version],
  toParams: ([, version]) => ({ version }),
  render: (page) =>
    page.type === 'reference' && page.data.kind === 'changelog-release' && <ReleaseReference title={page.data.title} version={page.data.version} url={page.url} />,
});

// a version that is not a release is no page: a 404, never shown back
export const dynamicParams = false;
export default route.Page;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
