'use client';
import { updateRequestState, useRequestState } from './request-state';

const tokenNote = {
  none: 'sent without an API token',
  malformed: 'sent with a malformed API token instead of yours',
};

/** Says which documented error the panel is set up to reproduce, and how to go back. */
export function PresetBanner() {
  const { preset } = useRequestState();
  if (!preset) return null;
  return (
    <div role="status" className="flex flex-wrap items-center gap-2 rounded-lg border bg-fd-secondary p-3 text-sm">
      <span>
        Reproducing <a href={`#${preset.errorType}`}><code>{preset.errorType}</code></a>
        {preset.token ? `: ${tokenNote[preset.token]}` : ': the request below is changed to cause it'}. Press Send and
        compare the answer with the documentation.
      </span>
      <button
        type="button"
        onClick={() => updateRequestState({ preset: undefined })}
        className="ms-auto rounded-md border px-2 py-1 text-xs hover:bg-fd-accent"
      >
        Stop reproducing
      </button>
    </div>
  );
}
