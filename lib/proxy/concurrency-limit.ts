/** Frees a slot; calling it again does nothing, so every way a request ends may call it. */
export type ReleaseSlot = () => void;

export interface ConcurrencyLimit {
  /** A slot, or `undefined` when all `max` are taken: the caller refuses rather than waits. */
  tryAcquire(): ReleaseSlot | undefined;
  /** Slots in use now. */
  readonly active: number;
}

/**
 * At most `max` exchanges with the API at once in this process. No queue: a request over the
 * limit is refused at once, so a flood costs memory for `max` requests, not for the flood.
 */
export function createConcurrencyLimit(max: number): ConcurrencyLimit {
  let active = 0;
  return {
    get active() {
      return active;
    },
    tryAcquire() {
      if (active >= max) return undefined;
      active++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active--;
      };
    },
  };
}
