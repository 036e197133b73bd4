'use client';
import type { Conformance } from '@/lib/try-it/check-conformance';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether the answer is the documented one for its status: yes, not recognised, or the differences by JSON pointer. */
export function ConformanceBadge({ conformance, status }: { conformance?: Conformance; status?: number }) {
  if (!conformance) return null;
  if (conformance.matches) {
    return (
      <p className="m-0 inline-flex w-fit items-center gap-1 rounded-full border border-emerald-600/50 bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200">
        ✓ Matches the documentation{status ? ` of status ${status}` : ''}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-rose-600/40 p-3 text-sm">
      <p className="m-0 font-medium">
        {conformance.recognised === false ? 'Not recognised: this is not the documented answer' : 'Differs from the documentation'}
      </p>
      <ul aria-label="Mismatches" className="m-0 mt-1 list-disc ps-5 text-xs">
        {conformance.mismatches.map((mismatch, index) => (
          <li key={index}>
            {mismatch.pointer ? (
              <>
                <code>{mismatch.pointer}</code> {mismatch.message}
              </>
            ) : (
              sentence(mismatch.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
