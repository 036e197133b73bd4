'use client';
import { stopReproducing, useRequestState } from './request-state';

/** Says which documented error the panel is set up to reproduce, what differs from the example, and how to go back. */
export function PresetBanner() {
  const { preset } = useRequestState();
  if (!preset) return null;
  return (
    <div role="status" className="flex flex-wrap items-start gap-2 rounded-lg border bg-fd-secondary p-3 text-sm">
      <div className="min-w-0 flex-1">
        <p className="m-0">
          Reproducing{' '}
          <a href={`#${preset.errorType}`}>
            <code>{preset.errorType}</code>
          </a>
          : the documented example with one change. Press Send and compare the answer with the documentation.
        </p>
        <ul aria-label="Changed from the documented example" className="m-0 mt-1 list-disc ps-5 text-xs">
          {preset.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={stopReproducing} className="rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
        Stop reproducing
      </button>
    </div>
  );
}
