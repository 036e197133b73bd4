import { test as setup } from '@playwright/test';
import { buildSecuritySite, startSecuritySite } from './support/security-site';

setup('build and serve the site of the security fixture', async () => {
  // a build of the eleven operations on a busy 2-core machine; a reused build takes seconds
  setup.setTimeout(15 * 60_000);
  const seconds = buildSecuritySite();
  console.log(seconds > 0 ? `security fixture site built in ${seconds.toFixed(0)} s` : 'security fixture site: previous build reused');
  await startSecuritySite();
});
