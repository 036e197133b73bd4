'use client';
import { useSyncExternalStore } from 'react';
import type { AppliedScheme, SecurityModel } from '@/lib/endpoints/security';

/** The open panel's schemes, and which of its alternatives the reader sends. */
export interface CredentialChoice {
  security: SecurityModel;
  /** The profile's one token field stands for the schemes (`TryItEndpoint.tokenField`). */
  tokenField: boolean;
  /** An index into `security.alternatives`. */
  alternative: number;
}

let choice: CredentialChoice | undefined;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The panel opened on an operation (or closed: `undefined`); its first alternative is chosen. */
export function setCredentialSchemes(next: Omit<CredentialChoice, 'alternative'> | undefined) {
  choice = next && { ...next, alternative: 0 };
  notify();
}

export function chooseAlternative(alternative: number) {
  if (!choice || !Number.isInteger(alternative) || alternative < 0 || alternative >= choice.security.alternatives.length) return;
  choice = { ...choice, alternative };
  notify();
}

export function getCredentialChoice(): CredentialChoice | undefined {
  return choice;
}

/** The schemes of the chosen alternative: all of them are sent. */
export function chosenSchemes(current = choice): AppliedScheme[] {
  return current?.security.alternatives[current.alternative] ?? [];
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCredentialChoice(): CredentialChoice | undefined {
  return useSyncExternalStore(subscribe, getCredentialChoice, () => undefined);
}
