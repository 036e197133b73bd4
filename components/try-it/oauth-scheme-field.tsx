'use client';
import { useId, useState } from 'react';
import type { AppliedScheme } from '@/lib/endpoints/security';
import { oauthStorageKey } from '@/lib/try-it/oauth-token-store';

/** An access token for an OAuth 2 or OpenID Connect scheme, pasted for this tab. */
export function OAuthSchemeField({ scheme }: { scheme: AppliedScheme }) {
  const id = useId();
  const [token, setToken] = useState(() => {
    try {
      const stored: unknown = JSON.parse(window.sessionStorage.getItem(oauthStorageKey(scheme.key)) ?? 'null');
      const value = (stored as { accessToken?: unknown } | null)?.accessToken;
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  });
  const change = (value: string) => {
    const trimmed = value.trim();
    setToken(trimmed);
    try {
      if (trimmed) window.sessionStorage.setItem(oauthStorageKey(scheme.key), JSON.stringify({ accessToken: trimmed }));
      else window.sessionStorage.removeItem(oauthStorageKey(scheme.key));
    } catch {
      // storage disabled: nothing to send
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {scheme.credential.label}
      </label>
      <input
        id={id}
        type="password"
        value={token}
        onChange={(event) => change(event.target.value)}
        placeholder={scheme.credential.placeholder}
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 rounded-md border bg-fd-background px-2 py-1.5 font-mono text-sm"
      />
    </div>
  );
}
