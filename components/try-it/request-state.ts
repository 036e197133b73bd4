'use client';
import { useSyncExternalStore } from 'react';
import type { JsonValue } from '@/lib/openapi/types';
import type { JsonProblem } from '@/lib/try-it/json-position';

/** A request prepared to reproduce one documented error ("Try it" on an error row). */
export interface RequestPreset {
  /** Changes on every click, so that the same preset can be applied twice. */
  id: number;
  errorType: string;
  token?: 'none' | 'malformed';
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: JsonValue;
}

export interface RequestState {
  preset?: RequestPreset;
  /** Set while the JSON body editor holds text that is not JSON: the request is not sent. */
  jsonProblem?: JsonProblem;
}

let state: RequestState = {};
const listeners = new Set<() => void>();

export function getRequestState(): RequestState {
  return state;
}

export function updateRequestState(patch: Partial<RequestState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

let nextId = 1;
export function applyPreset(preset: Omit<RequestPreset, 'id'>) {
  updateRequestState({ preset: { ...preset, id: nextId++ } });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const serverState: RequestState = {};
export function useRequestState(): RequestState {
  return useSyncExternalStore(subscribe, getRequestState, () => serverState);
}
