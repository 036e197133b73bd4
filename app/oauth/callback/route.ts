import { oauthChannelName } from '@/lib/try-it/oauth-callback';

export const dynamic = 'force-static';

/**
 * Where an identity provider sends the reader back after signing in, in the window the panel
 * opened. It hands the provider's answer (the query, or the fragment) to the panel's tab over a
 * BroadcastChannel, which needs no `window.opener` (the site's Cross-Origin-Opener-Policy, and
 * the provider's, cut that link), takes the code off the address bar and closes. The panel's
 * tab checks the state and exchanges the code; this page keeps nothing and loads nothing.
 */
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Signed in: back to the reference</title>
</head>
<body style="font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.5">
<p id="status">Handing the sign-in back to the reference…</p>
<script>
(function () {
  var answer = location.search || (location.hash ? '?' + location.hash.slice(1) : '');
  history.replaceState(null, '', location.pathname);
  var status = document.getElementById('status');
  try {
    var channel = new BroadcastChannel(${JSON.stringify(oauthChannelName)});
    channel.postMessage({ type: 'wingfield-oauth-callback', search: answer });
    channel.close();
  } catch (error) {
    status.textContent = 'This browser cannot hand the sign-in back to the reference (no BroadcastChannel). Close this window and paste a token instead.';
    return;
  }
  status.textContent = 'Signed in. You can close this window and go back to the reference.';
  window.close();
})();
</script>
</body>
</html>
`;

export function GET() {
  return new Response(page, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    },
  });
}
