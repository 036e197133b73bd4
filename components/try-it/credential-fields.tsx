'use client';
import { useId, useState, useSyncExternalStore } from 'react';
import {
  clearCredentials,
  credentialSlot,
  getCredential,
  getRememberCredentials,
  getServerCredential,
  getServerRememberCredentials,
  setCredential,
  setRememberCredentials,
  subscribeCredentials,
} from '@/lib/credential-store';
import { alternativeLabel, type AppliedScheme } from '@/lib/endpoints/security';
import { schemeSlots } from '@/lib/try-it/apply-credentials';
import { ApiTokenField } from './api-token-field';
import { chooseAlternative, chosenSchemes, useCredentialChoice } from './credential-choice';
import { OAuthSchemeField } from './oauth-scheme-field';
import { useTryIt } from './try-it-context';

function useCredential(slot: string): string {
  return useSyncExternalStore(subscribeCredentials, () => getCredential(slot), getServerCredential);
}

function useRememberCredentials(): boolean {
  return useSyncExternalStore(subscribeCredentials, getRememberCredentials, getServerRememberCredentials);
}

const inputClass = 'min-w-0 flex-1 rounded-md border bg-fd-background px-2 py-1.5 font-mono text-sm';

/** One stored credential: a secret unless shown, or plain text for a username. */
function CredentialInput({ slot, label, placeholder, secret = true }: { slot: string; label: string; placeholder: string; secret?: boolean }) {
  const value = useCredential(slot);
  const [visible, setVisible] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type={secret && !visible ? 'password' : 'text'}
          value={value}
          onChange={(event) => setCredential(slot, event.target.value)}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
        />
        {secret && (
          <button type="button" onClick={() => setVisible((v) => !v)} aria-pressed={visible} aria-label={`Show ${label}`} className="rounded-md border px-2 text-xs hover:bg-fd-accent">
            {visible ? 'Hide' : 'Show'}
          </button>
        )}
      </div>
    </div>
  );
}

/** The fields of one scheme, labelled as the model says its credential. */
function SchemeFields({ scheme }: { scheme: AppliedScheme }) {
  if (scheme.type === 'apiKey' || (scheme.type === 'http' && scheme.scheme === 'bearer')) {
    return <CredentialInput slot={credentialSlot(scheme.key)} label={scheme.credential.label} placeholder={scheme.credential.placeholder} />;
  }
  if (scheme.type === 'http' && scheme.scheme === 'basic') {
    const [username, password] = schemeSlots(scheme);
    return (
      <>
        <CredentialInput slot={username} label="Username" placeholder="<username>" secret={false} />
        <CredentialInput slot={password} label="Password" placeholder="<password>" />
      </>
    );
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return <OAuthSchemeField scheme={scheme} />;
  return (
    <p className="m-0 text-sm text-fd-muted-foreground">
      {scheme.credential.label}: the panel cannot send this kind of credential; the request goes without it.
    </p>
  );
}

/**
 * The credentials that the operation accepts, one field per scheme, in place of fumadocs' auth
 * inputs: where it accepts alternatives, the reader picks one, and every scheme of that one is
 * sent. A document whose profile names its token keeps the one token field.
 */
export function CredentialFields() {
  const { tokenField } = useTryIt();
  if (tokenField) return <ApiTokenField />;
  return <SchemeCredentialFields />;
}

function SchemeCredentialFields() {
  const choice = useCredentialChoice();
  const remember = useRememberCredentials();
  const id = useId();
  if (!choice) return null;
  const { alternatives } = choice.security;
  const schemes = chosenSchemes(choice);
  const slots = schemes.flatMap((scheme) => (scheme.type === 'oauth2' || scheme.type === 'openIdConnect' ? [] : schemeSlots(scheme)));
  return (
    <div className="flex flex-col gap-3 border-b p-3">
      {alternatives.length > 1 && (
        <fieldset className="m-0 flex flex-col gap-1 border-0 p-0">
          <legend className="mb-1 text-sm font-medium">Authenticate with</legend>
          {alternatives.map((alternative, index) => (
            <label key={index} className="inline-flex items-center gap-2 text-sm">
              <input type="radio" name={`${id}-alternative`} checked={choice.alternative === index} onChange={() => chooseAlternative(index)} />
              {alternativeLabel(alternative)}
            </label>
          ))}
        </fieldset>
      )}
      {schemes.map((scheme) => (
        <SchemeFields key={scheme.key} scheme={scheme} />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-2 text-xs">
          <input type="checkbox" checked={remember} onChange={(event) => setRememberCredentials(event.target.checked)} />
          Remember on this device
        </label>
        {slots.length > 0 && (
          <button type="button" onClick={() => clearCredentials(slots)} className="rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
            Clear credentials
          </button>
        )}
      </div>
      <p className="m-0 text-xs text-fd-muted-foreground">
        Sent only to the selected environment, through this site&apos;s proxy, where each scheme puts it; never in the history, a shared link
        or the samples. Kept in this tab until you close it{remember ? ', and on this device until you clear it' : ''}.
      </p>
    </div>
  );
}
