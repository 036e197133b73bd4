import { createFromSource } from 'fumadocs-core/search/server';
import { source } from '../source';

/** The site's one search index: the search dialog (`/api/search`) and the MCP server's `search_docs` read it. */
export const siteSearch = createFromSource(source, { language: 'english' });
