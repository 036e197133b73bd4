'use client';
import { createContext, use, type ReactNode } from 'react';
import type { CredentialParameter } from '@/lib/try-it/share-link';
import type { TryItEndpoint } from '@/lib/try-it/try-it-payload';

export interface TryItContextValue extends TryItEndpoint {
  /** Origin of the selected environment, shown in code samples instead of the proxy. */
  baseUrl: string;
  /** The parameters of the document's API key schemes: never in a link or the history. */
  credentials: CredentialParameter[];
}

const TryItContext = createContext<TryItContextValue | null>(null);

export function TryItProvider({ value, children }: { value: TryItContextValue; children: ReactNode }) {
  return <TryItContext value={value}>{children}</TryItContext>;
}

export function useTryIt(): TryItContextValue {
  const value = use(TryItContext);
  if (!value) throw new Error('useTryIt() must be used inside <TryItProvider>');
  return value;
}
