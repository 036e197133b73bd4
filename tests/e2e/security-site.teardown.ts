import { test as teardown } from '@playwright/test';
import { stopSecuritySite } from './support/security-site';

teardown('stop the site of the security fixture', () => {
  stopSecuritySite();
});
