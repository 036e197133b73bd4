import type { ChangeClass } from '@/lib/changes/change';
import { cn } from '@/lib/cn';
import { classLabels } from '@/lib/changelog/changelog-view';

// classes from global.css, as for MethodBadge; the word says the class, the colour only repeats it
const colors: Record<ChangeClass, string> = {
  breaking: 'badge-rose',
  'non-breaking': 'badge-emerald',
  documentation: 'badge-muted',
};

export function ChangeClassBadge({ changeClass }: { changeClass: ChangeClass }) {
  return <span className={cn('badge shrink-0', colors[changeClass])} data-change-class={changeClass}>{classLabels[changeClass]}</span>;
}
