import { cn } from '@/lib/cn';
import { statusReason } from '@/lib/http-status';

export interface StatusBadgeProps {
  status: string | number;
  withReason?: boolean;
}

export function StatusBadge({ status, withReason = true }: StatusBadgeProps) {
  const code = Number(status);
  const reason = statusReason(code);
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1 rounded-md px-1.5 py-0.5 font-mono text-xs font-semibold',
        code < 300
          ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300'
          : code < 500
            ? 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300'
            : 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300',
      )}
    >
      {status}
      {withReason && reason && <span className="font-sans font-medium">{reason}</span>}
    </span>
  );
}
