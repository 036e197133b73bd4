'use client';
import { createContext, use, type ReactNode } from 'react';
import type { SampleTarget } from '@/lib/endpoints/code-samples';
import type { ResponseContract } from '@/lib/try-it/explain-response';
import type { ParameterSpec } from '@/lib/try-it/validate-request';

/** What the panel knows of its endpoint, beyond the OpenAPI slice that fumadocs reads. */
export interface TryItEndpoint {
  operationId: string;
  contract: ResponseContract;
  /** Every documented status, success and errors, for the conformance check. */
  statuses: string[];
  parameters: ParameterSpec[];
  hasBody: boolean;
  target: SampleTarget;
}

export interface TryItContextValue extends TryItEndpoint {
  /** Origin of the selected environment, shown in code samples instead of the proxy. */
  baseUrl: string;
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
