'use client';
import type { Reproduction } from '@/lib/try-it/reproductions';
import { applyPreset } from './request-state';
import { useHydrated } from '../use-hydrated';

export interface ReproduceButtonProps {
  errorType: string;
  reproduction: Reproduction;
}

/** Loads a request that causes this error into the try-it panel, which opens. */
export function ReproduceButton({ errorType, reproduction }: ReproduceButtonProps) {
  const { how, ...preset } = reproduction;
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      onClick={() => applyPreset({ errorType, ...preset })}
      disabled={!hydrated}
      className="needs-js w-fit rounded-md border px-2 py-1 text-xs font-medium hover:bg-fd-accent"
      aria-label={`Try it: reproduce ${errorType} (${how})`}
    >
      Try it: {how}
    </button>
  );
}
