import type { JsonSyntaxError } from './json-syntax';

/**
 * Whether the try-it panel's JSON body editor holds text that is not JSON. The playground keeps
 * the last valid body and would send that; the panel checks here first and sends nothing instead.
 */
export interface BodyJsonState {
  error?: JsonSyntaxError;
  /** Sends refused because of `error`; the editor points at the error again on each. */
  refusedSends: number;
}

let state: BodyJsonState = { refusedSends: 0 };
const listeners = new Set<() => void>();

function set(next: BodyJsonState) {
  state = next;
  for (const listener of listeners) listener();
}

export function getBodyJsonState(): BodyJsonState {
  return state;
}

export function setBodyJsonError(error: JsonSyntaxError | undefined) {
  if (error?.message === state.error?.message) return;
  set({ error, refusedSends: 0 });
}

/** Called when Send is pressed: the error that stops the request, counted, or undefined to go ahead. */
export function refuseSendIfInvalid(): JsonSyntaxError | undefined {
  if (!state.error) return undefined;
  set({ ...state, refusedSends: state.refusedSends + 1 });
  return state.error;
}

export function subscribeBodyJson(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
