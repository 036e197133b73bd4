import { describe, expect, it } from 'vitest';
import { GET } from '@/app/oauth/callback/route';
import { oauthChannelName } from '@/lib/try-it/oauth-callback';

describe('the OAuth callback page', () => {
  it('hands the answer to the panel over the BroadcastChannel, takes it off the address bar, and sends no referrer', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain(`new BroadcastChannel(${JSON.stringify(oauthChannelName)})`);
    expect(html).toContain("history.replaceState(null, '', location.pathname)");
    // nothing loaded from anywhere: no script, style or image source of its own
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    // no opener: the answer never goes through window.opener
    expect(html).not.toContain('opener');
  });
});
