import { createFromSource } from 'fumadocs-core/search/server';
import { getSource } from '@/lib/source';

// a function, so that the index is built again for a new source (an edit under `next dev`)
export const { GET } = createFromSource(() => getSource(), { language: 'english' });
