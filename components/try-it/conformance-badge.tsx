'use client';
import type { Conformance } from '@/lib/try-it/check-conformance';

/** "Matches the documentation", or the differences with the JSON pointer of each. */
export function ConformanceBadge({ conformance }: { conformance?: Conformance }) {
  if (!conformance) return null;
  if (conformance.matches) {
    return (
      <p className="m-0 inline-flex w-fit items-center gap-1 rounded-full border border-emerald-600/50 bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200">
        ✓ Matches the documentation
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-rose-600/40 p-3 text-sm">
      <p className="m-0 font-medium">Differs from the documentation</p>
      <ul aria-label="Mismatches" className="m-0 mt-1 list-disc ps-5 text-xs">
        {conformance.mismatches.map((mismatch, index) => (
          <li key={index}>
            {mismatch.pointer ? <code>{mismatch.pointer}</code> : 'Status'} {mismatch.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
