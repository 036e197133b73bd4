import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideReference } from '@/components/guide/guide-reference';
import { pageMetadata } from '@/lib/page-metadata';
import { findSitePage } from '@/lib/source';

export default function Introduction() {
  return <GuideReference slugs={[]} />;
}

export function generateMetadata(): Metadata {
  const page = findSitePage([]);
  if (!page) notFound();
  return pageMetadata(page);
}
