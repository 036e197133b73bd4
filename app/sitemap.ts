import type { MetadataRoute } from 'next';
import { siteConfig } from '@/lib/site-config';
import { pagesInOrder } from '@/lib/source';

export default function sitemap(): MetadataRoute.Sitemap {
  return pagesInOrder().map((page) => ({
    url: new URL(page.url, siteConfig.url).toString(),
    changeFrequency: 'weekly',
  }));
}
