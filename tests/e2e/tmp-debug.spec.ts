import { expect, test } from '@playwright/test';
import { getApiModel } from '@/lib/endpoints';
import { encodeShareFragment } from '@/lib/try-it/share-link';
import { gotoHydrated } from './support/hydrated';
const claim = getApiModel().byOperationId.get('claimOrganizationRelation')!;
const serviceId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
for (const [name, env, body] of [['noenv-nobody', undefined, undefined], ['dev-nobody', 'Dev', undefined], ['noenv-body', undefined, { connectToken: 'x' }], ['offline-body', 'Offline', { connectToken: 'x' }]] as const) {
  test(name, async ({ page }) => {
    const fragment = encodeShareFragment({ operationId: claim.operationId, environment: env, values: { path: { externalServiceId: serviceId }, query: {}, header: {}, body: body as never } });
    await gotoHydrated(page, `${claim.url}${fragment}`);
    await expect(page.getByText('Loaded from a shared link.')).toBeVisible();
    await page.waitForTimeout(1500);
    console.log(name, await page.getByRole('textbox', { name: 'externalServiceId' }).inputValue());
  });
}
