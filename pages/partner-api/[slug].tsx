import type { GetStaticPaths, GetStaticProps } from 'next';
import { GuidePage, type GuidePageProps } from '@/components/guide/guide-page';
import { guidePageProps } from '@/components/guide/guide-page-props';
import { sitePageSlugs } from '@/lib/source';

export const getStaticPaths: GetStaticPaths = () => ({
  paths: sitePageSlugs('guide')
    .filter((slugs) => slugs.length === 1)
    .map(([slug]) => ({ params: { slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<GuidePageProps, { slug: string }> = ({ params }) => {
  const props = params && guidePageProps([params.slug]);
  return props ? { props } : { notFound: true };
};

export default GuidePage;
