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
      // classes from global.css, as for MethodBadge
      className={cn('badge', code < 300 ? 'badge-emerald' : code < 500 ? 'badge-amber' : 'badge-rose')}
    >
      {status}
      {withReason && reason && <span className="badge-reason">{reason}</span>}
    </span>
  );
}
