import { cn } from '@/lib/cn';

// classes from global.css: a page shows a score of badges, so their markup is short
const colors: Record<string, string> = {
  GET: 'badge-sky',
  POST: 'badge-emerald',
  PUT: 'badge-amber',
  PATCH: 'badge-violet',
  DELETE: 'badge-rose',
};

export interface MethodBadgeProps {
  method: string;
  className?: string;
}

export function MethodBadge({ method, className }: MethodBadgeProps) {
  return (
    <span
      className={cn('badge', colors[method] ?? 'badge-muted', className)}
    >
      {method}
    </span>
  );
}
