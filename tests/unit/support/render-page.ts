import { parse, type HTMLElement } from 'node-html-parser';
import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { EndpointPage } from '@/components/endpoint/endpoint-page';
import { EventPage } from '@/components/endpoint/event-page';
import { buildApiModel, type ApiModel, type Endpoint, type EventOperation } from '@/lib/endpoints';
import { endpointMarkdown } from '@/lib/markdown/endpoint-markdown';
import { loadDocument, type LoadedDocument } from '@/lib/openapi/load-document';

export interface FixtureSite {
  document: LoadedDocument;
  model: ApiModel;
  endpoint(operationId: string): Endpoint;
  /** The endpoint page as the server renders it, and its visible text with spaces collapsed. */
  page(operationId: string): Promise<{ html: HTMLElement; text: string }>;
  markdown(operationId: string): string;
}

/** A fixture document as the site would show it: its model, its endpoint pages and their Markdown. */
export function fixtureSite(file: string): FixtureSite {
  const document = loadDocument(file);
  const model = buildApiModel(document);
  const endpoint = (operationId: string) => {
    const found = model.byKey.get(operationId);
    if (!found) throw new Error(`no endpoint ${operationId} in ${file}`);
    return found;
  };
  return {
    document,
    model,
    endpoint,
    async page(operationId) {
      const { prelude } = await prerender(createElement(EndpointPage, { endpoint: endpoint(operationId) }));
      const html = parse(await new Response(prelude).text());
      return { html, text: html.text.replace(/\s+/g, ' ') };
    },
    markdown: (operationId) => endpointMarkdown(endpoint(operationId), { baseUrl: 'https://api.example.com' }),
  };
}

/** A webhook or callback page as the server renders it. */
export async function renderEvent(site: FixtureSite, event: EventOperation): Promise<{ html: HTMLElement; text: string }> {
  const { prelude } = await prerender(createElement(EventPage, { event }));
  const html = parse(await new Response(prelude).text());
  return { html, text: html.text.replace(/\s+/g, ' ') };
}
