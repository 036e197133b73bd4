import { createFromSource } from 'fumadocs-core/search/server';
import { getSource } from '../source';

/**
 * The site's one search index: the search dialog (`/api/search`) and the MCP server's
 * `search_docs` read it. A function of the source, so that the index is built again for a new
 * source (an edit under `next dev`).
 */
export const siteSearch = createFromSource(() => getSource(), { language: 'english' });
