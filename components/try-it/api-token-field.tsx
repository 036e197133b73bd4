'use client';
import { useId, useState } from 'react';
import { clearApiToken, setApiToken, setRememberApiToken } from '@/lib/api-token-store';
import { clearRequestHistory } from '@/lib/try-it/request-history';
import { useRequestHistory } from './request-history';
import { malformedToken, useRequestState } from './request-state';
import { useTryIt } from './try-it-context';
import { useApiToken } from './use-api-token';
import { useFormEngine } from './use-form-engine';

/** What a reproduction sends in place of the user's token, shown in place of its dots. */
const reproducedToken = {
  none: 'token omitted (no Authorization header)',
  malformed: `${malformedToken} (malformed, in place of yours)`,
};

/** The one API token field of the site: set it once, every endpoint page of the tab uses it. */
export function ApiTokenField() {
  const { token, remember } = useApiToken();
  const { preset } = useRequestState();
  const credential = useTryIt().token;
  const [visible, setVisible] = useState(false);
  const [offerHistory, setOfferHistory] = useState(false);
  const history = useRequestHistory();
  const id = useId();
  useFormEngine();
  const replaced = preset?.token && reproducedToken[preset.token];

  return (
    <div className="flex flex-col gap-2 border-b p-3">
      <label htmlFor={`${id}-token`} className="text-sm font-medium">
        {credential.label}
      </label>
      <div className="flex gap-2">
        <input
          id={`${id}-token`}
          type={visible || replaced ? 'text' : 'password'}
          value={replaced || token}
          readOnly={!!replaced}
          onChange={(event) => setApiToken(event.target.value)}
          placeholder="tok_ext_v1_…"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-help`}
          className="min-w-0 flex-1 rounded-md border bg-fd-background px-2 py-1.5 font-mono text-sm"
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          disabled={!!replaced}
          className="rounded-md border px-2 text-xs hover:bg-fd-accent"
        >
          {visible ? 'Hide' : 'Show'}
        </button>
        <button
          type="button"
          onClick={() => {
            clearApiToken();
            setOfferHistory(history.length > 0);
          }}
          disabled={!token || !!replaced}
          className="rounded-md border px-2 text-xs hover:bg-fd-accent disabled:opacity-50"
        >
          Clear token
        </button>
      </div>
      {offerHistory && history.length > 0 && (
        <div role="group" aria-label="Clear the history too?" className="flex flex-wrap items-center gap-2 rounded-md border bg-fd-secondary p-2 text-xs">
          <span>Token cleared. Also clear the history of the {history.length} requests sent from this tab?</span>
          <button
            type="button"
            onClick={() => {
              clearRequestHistory();
              setOfferHistory(false);
            }}
            className="rounded-md border px-2 py-1 hover:bg-fd-accent"
          >
            Clear history too
          </button>
          <button type="button" onClick={() => setOfferHistory(false)} className="rounded-md border px-2 py-1 hover:bg-fd-accent">
            Keep history
          </button>
        </div>
      )}
      <label className="inline-flex items-center gap-2 text-xs">
        <input type="checkbox" checked={remember} onChange={(event) => setRememberApiToken(event.target.checked)} />
        Remember on this device
      </label>
      <p id={`${id}-help`} className="m-0 text-xs text-fd-muted-foreground">
        {replaced && <>While reproducing, your token is kept and not sent; it comes back when you stop. </>}
        Sent only as <code>Authorization: Bearer …</code> to the selected environment, through this site&apos;s proxy.
        Kept in this tab until you close it{remember ? ', and on this device until you clear it' : ''}.
      </p>
    </div>
  );
}
