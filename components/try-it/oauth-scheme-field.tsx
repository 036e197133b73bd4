'use client';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { flowName, type AppliedScheme } from '@/lib/endpoints/security';
import { isOAuthCallbackMessage, oauthCallbackPath, oauthChannelName } from '@/lib/try-it/oauth-callback';
import {
  beginAuthorization,
  callbackState,
  clientCredentialsGrant,
  describeOAuthError,
  discoverProvider,
  finishAuthorization,
  type OAuthProvider,
} from '@/lib/try-it/oauth-flow';
import {
  forgetOAuth,
  getOAuthState,
  getServerOAuthState,
  isExpiring,
  saveOAuthToken,
  setOAuthClient,
  signOutOAuth,
  subscribeOAuth,
  type OAuthSchemeState,
} from '@/lib/try-it/oauth-token-store';

/** The flows the panel can run; the others (implicit, password) are deprecated by OAuth 2.1. */
type Flow = 'authorizationCode' | 'clientCredentials';

interface FlowChoice {
  flow: Flow;
  provider: OAuthProvider;
  /** Every scope the flow offers, and those the operation requires. */
  scopes: { name: string; description?: string }[];
}

function useOAuthState(schemeKey: string): OAuthSchemeState {
  return useSyncExternalStore(
    subscribeOAuth,
    () => getOAuthState(schemeKey),
    getServerOAuthState,
  );
}

/** Every second while a token with an expiry is shown. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

function mergeScopes(offered: { name: string; description?: string }[], required: AppliedScheme['scopes']) {
  const scopes = [...offered];
  for (const scope of required) if (!scopes.some((known) => known.name === scope.name)) scopes.push(scope);
  return scopes;
}

/** The document's flows that the panel runs, each with its scopes. */
function documentFlows(scheme: AppliedScheme): FlowChoice[] {
  return scheme.flows.flatMap((flow): FlowChoice[] => {
    if (flow.flow !== 'authorizationCode' && flow.flow !== 'clientCredentials') return [];
    const offered = Object.entries(flow.scopes ?? {}).map(([name, description]) => ({ name, description: description || undefined }));
    return [
      {
        flow: flow.flow,
        provider: { authorizationUrl: flow.authorizationUrl, tokenUrl: flow.tokenUrl, refreshUrl: flow.refreshUrl ?? flow.tokenUrl },
        scopes: mergeScopes(offered, scheme.scopes),
      },
    ];
  });
}

/** What discovery offers: the authorization code flow, and client credentials where the provider says it grants them. */
function discoveredFlows(scheme: AppliedScheme, provider: OAuthProvider): FlowChoice[] {
  const scopes = mergeScopes((provider.scopes ?? []).map((name) => ({ name })), scheme.scopes);
  const flows: FlowChoice[] = [];
  if (provider.authorizationUrl) flows.push({ flow: 'authorizationCode', provider, scopes });
  if (provider.grantTypes?.includes('client_credentials')) flows.push({ flow: 'clientCredentials', provider, scopes });
  return flows;
}

function expiresIn(expiresAt: number | undefined, now: number): string {
  if (expiresAt === undefined) return 'no expiry given by the provider';
  const seconds = Math.round((expiresAt - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds < 120) return `expires in ${seconds} s`;
  return `expires in ${Math.round(seconds / 60)} min`;
}

type Discovery = { state: 'none' } | { state: 'loading' } | { state: 'done'; provider: OAuthProvider } | { state: 'failed'; problem: string };

/**
 * An OAuth 2 or OpenID Connect scheme in the try-it panel: Client ID (and secret where the flow
 * takes one), the flow where the scheme has several, the scopes (those the operation requires
 * ticked), "Authorize", and what the panel holds: authorized, when it expires, "Sign out".
 *
 * The authorization code flow signs in in a window of its own: the panel, its form and any file
 * chosen stay as they are, and the PKCE verifier never leaves this page's memory. The provider
 * sends that window back to this site's callback page, which hands the answer over a
 * BroadcastChannel (no `window.opener` needed) and closes; this tab checks the state and
 * exchanges the code through the token proxy.
 */
export function OAuthSchemeField({ scheme }: { scheme: AppliedScheme }) {
  const id = useId();
  const state = useOAuthState(scheme.key);
  const [discovery, setDiscovery] = useState<Discovery>({ state: scheme.type === 'openIdConnect' ? 'loading' : 'none' });
  const [chosenFlow, setChosenFlow] = useState<Flow>();
  const [chosenScopes, setChosenScopes] = useState<Set<string>>();
  const [busy, setBusy] = useState<'authorizing' | 'requesting'>();
  const [problem, setProblem] = useState<string>();
  const cancel = useRef<() => void>(undefined);
  const token = state.token;
  const now = useNow(token?.expiresAt !== undefined);

  const { type, openIdConnectUrl } = scheme;
  useEffect(() => {
    if (type !== 'openIdConnect') return;
    let current = true;
    discoverProvider(openIdConnectUrl ?? '').then(
      (provider) => current && setDiscovery({ state: 'done', provider }),
      (error: unknown) => current && setDiscovery({ state: 'failed', problem: `OpenID Connect discovery failed. ${describeOAuthError(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [type, openIdConnectUrl]);
  useEffect(() => () => cancel.current?.(), []);

  const flows = scheme.type === 'openIdConnect' ? (discovery.state === 'done' ? discoveredFlows(scheme, discovery.provider) : []) : documentFlows(scheme);
  const choice = flows.find((flow) => flow.flow === chosenFlow) ?? flows[0];
  const preselected = new Set([...scheme.scopes.map((scope) => scope.name), ...(scheme.type === 'openIdConnect' && choice?.scopes.some((s) => s.name === 'openid') ? ['openid'] : [])]);
  const scopes = chosenScopes ?? preselected;
  const redirectUri = typeof window === 'undefined' ? oauthCallbackPath : `${window.location.origin}${oauthCallbackPath}`;
  const secretNeeded = choice?.flow === 'clientCredentials';

  async function authorize() {
    if (!choice) return;
    setProblem(undefined);
    const client = { clientId: state.clientId, clientSecret: state.clientSecret || undefined };
    const wanted = choice.scopes.map((scope) => scope.name).filter((name) => scopes.has(name));
    try {
      if (choice.flow === 'clientCredentials') {
        setBusy('requesting');
        const tokens = await clientCredentialsGrant(choice.provider, client, wanted);
        saveOAuthToken(scheme.key, { ...tokens, provider: choice.provider, flow: choice.flow });
        return;
      }
      const start = await beginAuthorization(choice.provider, client, wanted, redirectUri);
      const channel = new BroadcastChannel(oauthChannelName);
      const answer = new Promise<string>((resolve, reject) => {
        channel.onmessage = (event: MessageEvent) => {
          // another tab's sign-in, or something else on the channel: not this one's answer
          if (isOAuthCallbackMessage(event.data) && callbackState(event.data.search) === start.pending.state) resolve(event.data.search);
        };
        cancel.current = () => reject(new Error('Sign-in cancelled.'));
      });
      const window_ = window.open(start.url.href, `wingfield-oauth-${scheme.key}`, 'popup,width=520,height=720');
      if (!window_) {
        channel.close();
        throw new Error('The browser blocked the sign-in window. Allow pop-ups for this site, then press Authorize again.');
      }
      setBusy('authorizing');
      try {
        const search = await answer;
        setBusy('requesting');
        const tokens = await finishAuthorization(choice.provider, client, start.pending, search);
        saveOAuthToken(scheme.key, { ...tokens, provider: choice.provider, flow: choice.flow });
      } finally {
        channel.close();
        cancel.current = undefined;
      }
    } catch (error) {
      setProblem(describeOAuthError(error));
    } finally {
      setBusy(undefined);
    }
  }

  const label = scheme.type === 'openIdConnect' ? `OpenID Connect (${scheme.key})` : `OAuth 2.0 (${scheme.key})`;
  const shownProblem = problem ?? state.problem ?? (discovery.state === 'failed' ? discovery.problem : undefined);

  return (
    <fieldset className="flex min-w-0 flex-col gap-2 rounded-md border p-2">
      <legend className="px-1 text-sm font-medium">{label}</legend>
      {discovery.state === 'loading' && <p className="m-0 text-xs text-fd-muted-foreground">Reading the provider&apos;s discovery document…</p>}
      {discovery.state !== 'loading' && flows.length === 0 && !shownProblem && (
        <p className="m-0 text-xs text-fd-muted-foreground">
          {scheme.flows.length > 0
            ? `The panel runs the authorization code and client credentials flows; this scheme offers ${scheme.flows.map((flow) => flowName(flow.flow)).join(', ')}.`
            : 'The provider offers no flow that the panel runs.'}
        </p>
      )}
      {flows.length > 1 && (
        <label className="flex flex-col gap-1 text-xs">
          Flow
          <select
            value={choice?.flow}
            onChange={(event) => {
              setChosenFlow(event.target.value as Flow);
              setChosenScopes(undefined);
            }}
            className="rounded-md border bg-fd-background px-2 py-1.5 text-sm"
          >
            {flows.map((flow) => (
              <option key={flow.flow} value={flow.flow}>
                {flowName(flow.flow)}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice && (
        <>
          <label htmlFor={`${id}-client-id`} className="text-xs font-medium">
            Client ID
          </label>
          <input
            id={`${id}-client-id`}
            value={state.clientId}
            onChange={(event) => setOAuthClient(scheme.key, { clientId: event.target.value })}
            autoComplete="off"
            spellCheck={false}
            className="min-w-0 rounded-md border bg-fd-background px-2 py-1.5 font-mono text-sm"
          />
          <label htmlFor={`${id}-client-secret`} className="text-xs font-medium">
            {secretNeeded ? 'Client secret' : 'Client secret (confidential clients only)'}
          </label>
          <input
            id={`${id}-client-secret`}
            type="password"
            value={state.clientSecret}
            onChange={(event) => setOAuthClient(scheme.key, { clientSecret: event.target.value })}
            autoComplete="off"
            spellCheck={false}
            className="min-w-0 rounded-md border bg-fd-background px-2 py-1.5 font-mono text-sm"
          />
          {choice.scopes.length > 0 && (
            <fieldset className="flex flex-col gap-1">
              <legend className="text-xs font-medium">Scopes</legend>
              {choice.scopes.map((scope) => (
                <label key={scope.name} className="inline-flex items-center gap-2 text-xs">
                  <input
                    type="checkbox"
                    checked={scopes.has(scope.name)}
                    onChange={(event) => {
                      const next = new Set(scopes);
                      if (event.target.checked) next.add(scope.name);
                      else next.delete(scope.name);
                      setChosenScopes(next);
                    }}
                  />
                  <code>{scope.name}</code>
                  {scope.description && <span className="text-fd-muted-foreground">{scope.description}</span>}
                  {scheme.scopes.some((required) => required.name === scope.name) && <span className="text-fd-muted-foreground">(required)</span>}
                </label>
              ))}
            </fieldset>
          )}
          {choice.flow === 'authorizationCode' && (
            <p className="m-0 text-xs text-fd-muted-foreground">
              Authorization code with PKCE (S256), in a window of its own. Register this redirect URI with the provider: <code>{redirectUri}</code>
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={authorize}
              disabled={busy !== undefined}
              className="rounded-md bg-fd-primary px-3 py-1.5 text-xs font-medium text-fd-primary-foreground disabled:opacity-60"
            >
              {busy === 'requesting' ? 'Getting a token…' : 'Authorize'}
            </button>
            {busy === 'authorizing' && (
              <>
                <span role="status" className="text-xs text-fd-muted-foreground">
                  Waiting for the sign-in window…
                </span>
                <button type="button" onClick={() => cancel.current?.()} className="rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
                  Cancel
                </button>
              </>
            )}
          </div>
        </>
      )}
      {token && (
        <div role="status" className="flex flex-wrap items-center gap-2 text-xs">
          <span>
            <strong>Authorized</strong> ({flowName(token.flow)}
            {token.scope ? `, scopes ${token.scope}` : ''}): {expiresIn(token.expiresAt, now)}
            {isExpiring(token, now) && (token.refreshToken ? '; it is refreshed before the next request' : '; authorize again')}.
          </span>
          <button type="button" onClick={() => signOutOAuth(scheme.key)} className="rounded-md border px-2 py-1 hover:bg-fd-accent">
            Sign out
          </button>
        </div>
      )}
      {(state.clientId || state.clientSecret) && !token && (
        <button type="button" onClick={() => forgetOAuth(scheme.key)} className="w-fit rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
          Forget the client ID and secret
        </button>
      )}
      {shownProblem && (
        <p role="alert" className="m-0 rounded-md border border-rose-600/40 bg-rose-50 p-2 text-xs dark:bg-rose-950/40">
          {shownProblem}
        </p>
      )}
      <p className="m-0 text-xs text-fd-muted-foreground">
        The access token is sent as <code>Authorization: Bearer …</code>; discovery and token requests go through this site&apos;s token proxy.
      </p>
    </fieldset>
  );
}
