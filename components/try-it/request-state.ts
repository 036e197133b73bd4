'use client';
import { useSyncExternalStore } from 'react';
import type { ReproductionValues } from '@/lib/try-it/reproductions';
import type { JsonProblem } from '@/lib/try-it/json-position';
import type { StaleLink } from '@/lib/try-it/link-changes';

/** What a reproduction of `invalid_api_token` sends as the token. */
export const malformedToken = 'not-a-wingfield-token';

/** The panel's parameters and body, as its form holds them; header parameters are left alone when absent. */
export type FormValues = ReproductionValues & { header?: Record<string, unknown> };

/** A request prepared to reproduce one documented error ("Try it" on an error row). */
export interface RequestPreset {
  errorType: string;
  token?: 'none' | 'malformed';
  /** What differs from the documented example, one change a line: "token omitted". */
  changes: string[];
}

/** Values the form's fields take now, each once (`id` changes every time). */
export interface FormFill {
  id: number;
  values: FormValues;
}

export interface RequestState {
  preset?: RequestPreset;
  fill?: FormFill;
  /** Set while the JSON body editor holds text that is not JSON: the request is not sent. */
  jsonProblem?: JsonProblem;
  /** Where the form's values came from, when not typed: a shared link or the request history. */
  loadedFrom?: 'link' | 'history';
  /** Why a shared link was not loaded. */
  linkProblem?: string;
  /** A loaded link made for an earlier release after which the operation changed. */
  staleLink?: StaleLink;
  /** A loaded link made for a version this site does not know. */
  linkVersionUnknown?: boolean;
  /** Why the last Send was held back: a path value that a URL would read as a step in the path. */
  sendProblem?: string;
}

/** The form's data engine, as far as the reproductions use it. */
export interface FormEngine {
  getData(): unknown;
}

let state: RequestState = {};
const listeners = new Set<() => void>();
let engine: FormEngine | undefined;
/** What the user had before the first reproduction: "Stop reproducing" brings it back. */
let saved: FormValues | undefined;
let nextId = 1;

export function getRequestState(): RequestState {
  return state;
}

export function updateRequestState(patch: Partial<RequestState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** What the form holds now, a copy. */
export function currentValues(): FormValues | undefined {
  const data = engine?.getData() as Partial<FormValues> | undefined;
  if (!data) return undefined;
  return structuredClone({ path: data.path ?? {}, query: data.query ?? {}, header: data.header ?? {}, body: data.body });
}

/** The panel's form is there: reproductions can read what the user has. */
export function registerFormEngine(formEngine: FormEngine) {
  engine = formEngine;
  return () => {
    if (engine === formEngine) engine = undefined;
  };
}

/**
 * Loads a reproduction: the documented example plus one fault, never on top of an earlier one.
 * The user's own values are kept from before the first, for "Stop reproducing".
 */
export function applyPreset(preset: RequestPreset, values: FormValues) {
  if (!state.preset) saved = currentValues();
  updateRequestState({ preset, loadedFrom: undefined, fill: { id: nextId++, values: structuredClone(values) } });
}

/** Loads a whole request (a shared link's, one from the history) in place of the form's, ending any reproduction. */
export function loadRequest(values: FormValues, from: 'link' | 'history') {
  saved = undefined;
  updateRequestState({
    preset: undefined,
    loadedFrom: from,
    linkProblem: undefined,
    staleLink: undefined,
    linkVersionUnknown: undefined,
    sendProblem: undefined,
    fill: { id: nextId++, values: structuredClone(values) },
  });
}

/**
 * Ends a reproduction with the user's request as it was. When the panel opened with the
 * reproduction, the form's first values (the documented example) are what the user had.
 */
export function stopReproducing() {
  const values = saved;
  saved = undefined;
  updateRequestState({ preset: undefined, fill: values && { id: nextId++, values } });
}

/** Before the first reproduction of a panel that opened with it: the form's own first values. */
export function rememberInitialValues() {
  if (state.preset && !saved) saved = currentValues();
}

/**
 * Forgets the request of a panel that is gone: the App Router swaps endpoint pages without a
 * full load, and the next operation's panel starts fresh.
 */
export function resetRequestState() {
  saved = undefined;
  engine = undefined;
  updateRequestState({ preset: undefined, fill: undefined, jsonProblem: undefined, sendProblem: undefined });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const serverState: RequestState = {};
export function useRequestState(): RequestState {
  return useSyncExternalStore(subscribe, getRequestState, () => serverState);
}
