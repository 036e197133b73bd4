import { siteSearch } from '@/lib/search/site-search';

export const { GET } = siteSearch;
