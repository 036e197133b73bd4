import { describe, expect, it, vi } from 'vitest';
import { eventStructuredData } from '@/lib/endpoints/structured-data';
import { eventMarkdown } from '@/lib/markdown/event-markdown';
import { fixtureSite, renderEvent } from './support/render-page';

// the first page rendered loads shiki's grammars, which takes seconds on a busy machine
vi.setConfig({ testTimeout: 30_000 });

const site = fixtureSite('tests/fixtures/constructs/webhooks.yaml');
const webhook = (slug: string) => site.model.webhooks.find((event) => event.slug === slug)!;

describe('webhooks', () => {
  it('become one page each under /partner-api/webhooks, in document order', () => {
    expect(site.model.webhooks.map((event) => [event.url, event.method, event.title])).toEqual([
      ['/partner-api/webhooks/order-shipped', 'POST', 'Order shipped'],
      ['/partner-api/webhooks/report-ready', 'POST', 'Report ready'],
    ]);
  });

  it('show the payload the API sends, its header parameters and how the API signs in', async () => {
    const shipped = webhook('order-shipped');
    expect(shipped.body).toMatchObject({ contentType: 'application/json', kind: 'json', example: { id: 'evt_1', type: 'order.shipped' } });
    const { html, text } = await renderEvent(site, shipped);
    expect(text).toContain('A webhook: the API sends this request to the URL you register for order.shipped.');
    const payload = html.querySelector('#payload')!.parentNode.text;
    expect(payload).toContain('TypeScript');
    expect(payload).toContain("The event's ID.");
    expect(payload).toContain('evt_1');
    expect(html.querySelector('#parameter-header-X-Signature')?.text).toContain('X-Signature');
    expect(html.querySelector('#authorization')!.parentNode.text).toContain('The API signs each request with your webhook secret.');
  });

  it('show the responses the API expects', async () => {
    const { html } = await renderEvent(site, webhook('order-shipped'));
    expect(html.querySelector('#response-200')!.parentNode.text).toContain('Received.');
    expect(html.querySelector('#response-500')!.parentNode.text).toContain('The API retries later.');
  });

  it('handle non-JSON payloads and deprecation', async () => {
    const ready = webhook('report-ready');
    expect(ready).toMatchObject({ deprecated: true, body: { kind: 'text', exampleText: 'id,total\n1,42\n' } });
    const { text } = await renderEvent(site, ready);
    expect(text).toMatch(/Deprecated\s*This request is deprecated/);
    expect(text).toContain('id,total');
    expect(text).toContain('ok');
  });

  it('have a Markdown twin and search data', () => {
    const markdown = eventMarkdown(webhook('order-shipped'));
    expect(markdown).toContain('# Order shipped\n\n`POST order.shipped`');
    expect(markdown).toMatch(/## Payload\n\n`application\/json`, always sent\.\n\n```ts\n[\s\S]*id: string;/);
    expect(markdown).toContain('## Expected responses\n\n### 200 OK\n\nReceived.');
    expect(markdown).toContain('| `X-Signature` | `string` | yes | HMAC of the body. |');
    const data = eventStructuredData(webhook('order-shipped'));
    // the section titles are the same on every event page: search matches none of them
    expect(data.headings).toEqual([]);
    expect(data.contents).toContainEqual({ heading: 'payload', content: "id: The event's ID." });
  });
});

describe('callbacks', () => {
  const subscribe = site.endpoint('createSubscription');

  it('get a page each, inline and referenced ones alike, linked from their operation', () => {
    expect(subscribe.callbacks.map((event) => [event.name, event.method, event.expression, event.url])).toEqual([
      ['onEvent', 'POST', '{$request.body#/callbackUrl}', '/partner-api/callbacks/createsubscription-onevent'],
      ['statusChanged', 'PUT', '{$request.body#/callbackUrl}/status', '/partner-api/callbacks/createsubscription-statuschanged'],
    ]);
    expect(site.model.callbacks).toEqual(subscribe.callbacks);
  });

  it('are listed on the operation page and in its Markdown', async () => {
    const { html } = await site.page('createSubscription');
    const section = html.querySelector('#callbacks')!.parentNode;
    expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/partner-api/callbacks/createsubscription-onevent');
    expect(section.text).toContain('Event notification');
    expect(site.markdown('createSubscription')).toContain(
      '## Callbacks\n\nAfter this operation, the API sends these requests to the URL the caller gives:\n\n- [Event notification](/partner-api/callbacks/createsubscription-onevent): `POST {$request.body#/callbackUrl}`',
    );
  });

  it('show where they are sent, the payload and the expected responses on their page', async () => {
    const [onEvent, statusChanged] = subscribe.callbacks;
    const { html, text } = await renderEvent(site, onEvent);
    expect(text).toContain('A callback of Create a subscription: after that operation, the API sends this request to {$request.body#/callbackUrl}.');
    expect(html.querySelector('#payload')!.parentNode.text).toContain('What happened.');
    expect(html.querySelector('#response-410')!.parentNode.text).toContain('Unsubscribe');
    // a callback kept under components: its payload's type is generated from there
    const status = await renderEvent(site, statusChanged);
    expect(status.html.querySelector('#payload')!.parentNode.text).toContain('status');
    expect(eventMarkdown(statusChanged)).toMatch(/```ts\n[\s\S]*"active" \| "paused"/);
  });
});
