import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';

/**
 * Crawls the whole site from the introduction, without JavaScript, as a search engine would:
 * every internal link must answer 200 and every `#anchor` must exist on its target page.
 */
test('no broken internal link or anchor anywhere on the site', async ({ request }) => {
  test.setTimeout(180_000);
  const ids = new Map<string, Set<string>>();
  const queue = ['/partner-api'];
  const seen = new Set(queue);
  const links: { from: string; href: string }[] = [];

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = parse(await response.text());
    ids.set(url, new Set(html.querySelectorAll('[id]').map((element) => element.id)));
    for (const anchor of html.querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href')!;
      // any scheme is another site or an application (the page menu's cursor: and vscode: install links)
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const target = new URL(href, `http://site${url}`);
      links.push({ from: url, href: target.pathname + target.hash });
      if (!seen.has(target.pathname)) {
        seen.add(target.pathname);
        queue.push(target.pathname);
      }
    }
  }

  const broken = links.filter(({ href }) => {
    const [path, hash] = href.split('#');
    return hash !== undefined && hash !== '' && ids.has(path) && !ids.get(path)!.has(decodeURIComponent(hash));
  });
  expect(broken).toEqual([]);
  console.log(`crawled ${seen.size} URLs, checked ${links.length} links`);
  expect(seen.size).toBeGreaterThan(60);
});
