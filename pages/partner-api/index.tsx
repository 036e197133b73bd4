import type { GetStaticProps } from 'next';
import { GuidePage, type GuidePageProps } from '@/components/guide/guide-page';
import { guidePageProps } from '@/components/guide/guide-page-props';

export const getStaticProps: GetStaticProps<GuidePageProps> = () => {
  const props = guidePageProps([]);
  return props ? { props } : { notFound: true };
};

export default GuidePage;
