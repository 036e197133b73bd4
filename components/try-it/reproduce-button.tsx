'use client';
import type { LoadedReproduction } from '@/lib/try-it/reproductions';
import { applyPreset } from './request-state';

export interface ReproduceButtonProps {
  errorType: string;
  reproduction: LoadedReproduction;
}

/** Loads a request that causes this error into the try-it panel, which opens. */
export function ReproduceButton({ errorType, reproduction }: ReproduceButtonProps) {
  const { how, token, changes, values } = reproduction;
  return (
    <button
      type="button"
      onClick={() => applyPreset({ errorType, token, changes }, values)}
      className="needs-js w-fit rounded-md border px-2 py-1 text-xs font-medium hover:bg-fd-accent"
      aria-label={`Try it: reproduce ${errorType} (${how})`}
    >
      Try it: {how}
    </button>
  );
}
