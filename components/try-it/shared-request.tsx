'use client';
import { useEffect, useEffectEvent, useState } from 'react';
import { decodeShareFragment, encodeShareFragment, maxShareFragmentBytes, shareFragmentOf } from '@/lib/try-it/share-link';
import { classLabels } from '@/lib/changelog/labels';
import type { StaleLink } from '@/lib/try-it/link-changes';
import { InlineCode } from '../inline-code';
import { setRecorderContext, shareableValues } from './history-recorder';
import { currentValues, loadRequest, updateRequestState, useRequestState } from './request-state';
import { useTryIt } from './try-it-context';
import { useEnvironment } from './use-environment';

/** The element that says where the form's values came from, or why a shared link was refused: focus goes there. */
export const sharedLinkNoticeId = 'try-it-shared-link-notice';

/**
 * Keeps the history's view of what is being sent up to date, and loads a shared link
 * (`#try-it=…`) when the panel opens with one or the fragment changes: checked, never sent.
 */
export function SharedRequestLoader() {
  const { key: operationId, parameters, body, target, credentials, changes } = useTryIt();
  const { environment, serverVariables, labels, serverTemplates, select } = useEnvironment();
  // the environments of the moment a link is read, without reading the link again when they change
  const currentLabels = useEffectEvent(() => labels);
  const currentTemplates = useEffectEvent(() => serverTemplates);
  const selectEnvironment = useEffectEvent((...args: Parameters<typeof select>) => select(...args));

  useEffect(() => {
    setRecorderContext({ operationId, method: target.method, environment, serverVariables, credentials });
  }, [operationId, target.method, environment, serverVariables, credentials]);

  useEffect(() => {
    const load = () => {
      const encoded = shareFragmentOf(window.location.hash);
      if (encoded === undefined) return;
      const result = decodeShareFragment(encoded, {
        operationId,
        parameters,
        hasBody: body !== 'none',
        environments: currentLabels(),
        serverTemplates: currentTemplates(),
        credentials,
        changes,
      });
      if (!result.ok) {
        updateRequestState({ linkProblem: result.problem, loadedFrom: undefined });
        return;
      }
      selectEnvironment(result.request.environment, result.request.serverVariables);
      loadRequest(result.request.values, 'link');
      if (result.stale || result.unknownVersion) updateRequestState({ staleLink: result.stale, linkVersionUnknown: result.unknownVersion });
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [operationId, parameters, body, credentials, changes]);

  return null;
}

/** Says where the form's values came from, or why a shared link was not loaded. */
export function SharedRequestBanner() {
  const { loadedFrom, linkProblem, staleLink, linkVersionUnknown } = useRequestState();
  const { tokenField } = useTryIt();
  if (linkProblem) {
    return (
      <div
        id={sharedLinkNoticeId}
        tabIndex={-1}
        role="alert"
        className="flex scroll-mt-24 flex-wrap items-start gap-2 rounded-lg border border-rose-600/40 bg-rose-50 p-3 text-sm focus:ring-2 focus:ring-fd-ring focus:outline-none dark:bg-rose-950/40"
      >
        <p className="m-0 min-w-0 flex-1">
          <strong>This shared link was not loaded:</strong> {linkProblem}. Nothing from it is in the panel.
        </p>
        <button type="button" onClick={() => updateRequestState({ linkProblem: undefined })} className="rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
          Dismiss
        </button>
      </div>
    );
  }
  if (!loadedFrom) return null;
  return (
    <div
      id={sharedLinkNoticeId}
      tabIndex={-1}
      role="status"
      className="m-0 scroll-mt-24 rounded-lg border bg-fd-secondary p-3 text-sm focus:ring-2 focus:ring-fd-ring focus:outline-none"
    >
      {loadedFrom === 'link' ? (
        <>
          <strong>Loaded from a shared link.</strong> Check the environment and the values, then press Send: nothing is sent until you do.{' '}
          {tokenField ? 'The link carries no API token; yours is used.' : 'The link carries no credentials; yours are used.'}
          {staleLink && <StaleLinkChanges stale={staleLink} />}
          {linkVersionUnknown && (
            <span className="mt-2 block">
              It was made for a version of the API that this site does not know, so it cannot say what changed since.
            </span>
          )}
        </>
      ) : (
        <>
          <strong>Loaded from the request history.</strong> Press Send to send it again.
        </>
      )}
    </div>
  );
}

/** What changed in this operation since the release a link was made for, and what of the link was left out for it. */
function StaleLinkChanges({ stale }: { stale: StaleLink }) {
  return (
    <div className="mt-2" data-stale-link={stale.version}>
      <strong>
        Made for release {stale.version}; this endpoint has changed since (now {stale.current}):
      </strong>
      <ul aria-label={`Changes since ${stale.version}`} className="my-1 list-disc ps-5">
        {stale.changes.map((change, index) => (
          <li key={index}>
            <strong>{classLabels[change.class]}:</strong> <InlineCode text={change.summary} />
          </li>
        ))}
      </ul>
      {stale.dropped.length > 0 && (
        <span className="block">
          Left out, since this endpoint no longer has them:{' '}
          {stale.dropped.map((name, index) => (
            <span key={index}>
              {index > 0 && ', '}
              <InlineCode text={name} />
            </span>
          ))}
          .
        </span>
      )}
    </div>
  );
}

/** "Copy link to this request": environment, parameters and body in the URL's fragment, never the token. */
export function ShareRequestLink() {
  const { key: operationId, credentials, tokenField, changes } = useTryIt();
  const { environment, serverVariables } = useEnvironment();
  const yours = tokenField ? 'your API token' : 'your credentials';
  const [link, setLink] = useState<string>();
  const [note, setNote] = useState<string>();

  async function copy() {
    const fragment = encodeShareFragment({
      operationId,
      environment,
      serverVariables,
      version: changes?.current,
      values: shareableValues(currentValues(), credentials),
    });
    if (fragment.length > maxShareFragmentBytes) {
      setLink(undefined);
      setNote(`This request takes ${(fragment.length / 1024).toFixed(1)} KB as a link, more than the ${maxShareFragmentBytes / 1024} KB a link may carry: shorten the body to share it.`);
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}${fragment}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNote(`Link copied. It holds the environment, parameters and body; not ${yours}.`);
    } catch {
      setNote(`Copy the link below. It holds the environment, parameters and body; not ${yours}.`);
    }
  }

  return (
    <div className="flex flex-col gap-2 text-sm">
      <button type="button" onClick={copy} className="w-fit rounded-md border px-2 py-1 text-xs font-medium hover:bg-fd-accent">
        Copy link to this request
      </button>
      {note && (
        <p role="status" className="m-0 text-xs text-fd-muted-foreground">
          {note}
        </p>
      )}
      {link && (
        <input
          readOnly
          value={link}
          aria-label="Link to this request"
          onFocus={(event) => event.currentTarget.select()}
          className="rounded-md border bg-fd-background px-2 py-1 font-mono text-xs"
        />
      )}
    </div>
  );
}
