import { expect, test } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { typeName, typescriptDefinition } from '@/lib/endpoints/typescript-definition';
import { loadDocument } from '@/lib/openapi/load-document';

const model = getApiModel();
const raw = loadDocument().raw;

/** Property names declared in a generated TypeScript definition (`  name?: type;`). */
function tsMembers(definition: string): string[] {
  return [...definition.matchAll(/^\s+(?:readonly\s+)?"?([A-Za-z_$][\w$]*)"?\??:/gm)].map((m) => m[1]);
}

function messageOf(sample: unknown): string {
  return (sample as { error: { message: string } }).error.message;
}

test.describe('every endpoint page is complete without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const endpoint of model.endpoints) {
    test(`${endpoint.method} ${endpoint.operationId}`, async ({ page }) => {
      const response = await page.goto(endpoint.url);
      expect(response?.status()).toBe(200);

      await expect(page.locator('h1')).toHaveText(endpoint.title);
      const main = page.locator('#page');
      await expect(main).toContainText(endpoint.path);
      await expect(main).toContainText(endpoint.method);

      for (const location of ['path', 'query', 'header'] as const) {
        for (const parameter of endpoint.parameters[location]) {
          const row = page.locator(`#parameter-${location}-${parameter.name}`);
          await expect(row).toContainText(parameter.name);
          await expect(row).toContainText(parameter.type);
          await expect(row).toContainText(parameter.required ? 'required' : 'optional');
        }
      }

      if (endpoint.body) {
        const section = page.locator('section', { has: page.locator('#request-body') });
        for (const field of endpoint.body.fields) await expect(section).toContainText(field.name);
        const definition = typescriptDefinition(raw, endpoint.body.schemaRef, typeName(endpoint.key, 'Body'), 'request');
        const name = typeName(endpoint.key, 'Body');
        const tsBlock = section.locator('figure', { hasText: new RegExp(`(interface|type) ${name}\\b`) });
        // highlighted by shiki on the server: the keyword is in a colour of its own, not the text's
        const keyword = tsBlock.locator('pre span', { hasText: /^\s*(interface|type)$/ }).first();
        const colours = await keyword.evaluate((token) => [getComputedStyle(token).color, getComputedStyle(token.closest('pre')!).color]);
        expect(colours[0]).not.toBe(colours[1]);
        for (const member of tsMembers(definition)) await expect(tsBlock).toContainText(`${member}`);
      }

      if (endpoint.success) {
        await expect(page.locator('#response')).toContainText(endpoint.success.status);
      }

      for (const row of endpoint.errors) {
        const item = page.locator(`li[id="${row.type}"]`);
        await expect(item).toContainText(row.status);
        await expect(item).toContainText(row.type);
        await expect(item).toContainText(row.description);
        await expect(item.locator('pre')).toContainText(messageOf(row.sample));
      }

      const samples = page.locator('section', { has: page.locator('#code-samples') });
      for (const label of ['cURL', 'JavaScript', 'Python', 'Go', 'PHP', 'Java', 'C#', 'Ruby']) {
        const block = samples.locator('figure', { has: page.locator('figcaption', { hasText: new RegExp(`^${label.replace('#', '\\#')}$`) }) });
        await expect(block).toBeVisible();
        await expect(block).toContainText('https://dev.wingfield.systems/api/v1/');
        await expect(block).toContainText('Bearer <api-token>');
      }
    });
  }
});

test('the claim page lists 12 error types in 7 statuses, each visible with a sample', async ({ page }) => {
  await page.goto('/partner-api/organization/claimOrganizationRelation');
  const rows = page.locator('#page li[id]');
  await expect(rows).toHaveCount(12);
  for (const status of ['400', '401', '403', '404', '409', '410', '422']) {
    await expect(page.locator(`#error-status-${status}`)).toBeVisible();
  }
  for (const row of await rows.all()) {
    await expect(row.locator('pre')).toBeVisible();
  }
  await expect(page.getByText('Checks token scopes')).toBeVisible();
});

test('the two link-only endpoints say that their path is not yet confirmed', async ({ page }) => {
  for (const endpoint of model.endpoints.filter((e) => e.pathUnconfirmed)) {
    await page.goto(endpoint.url);
    await expect(page.getByText('Path not yet confirmed')).toBeVisible();
  }
  expect(model.endpoints.filter((e) => e.pathUnconfirmed)).toHaveLength(2);
});
