import type { GetStaticPaths, GetStaticProps } from 'next';
import { GuidePage, type GuidePageProps } from '@/components/guide/guide-page';
import { guidePageProps, guideSlugs } from '@/components/guide/guide-page-props';

export const getStaticPaths: GetStaticPaths = () => ({
  paths: guideSlugs()
    .filter((slugs) => slugs.length === 1)
    .map(([slug]) => ({ params: { slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<GuidePageProps, { slug: string }> = ({ params }) => {
  const props = params && guidePageProps([params.slug]);
  return props ? { props } : { notFound: true };
};

export default GuidePage;
