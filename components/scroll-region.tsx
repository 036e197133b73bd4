import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/**
 * A box that scrolls sideways when its content is wider than the screen: it takes focus, so that
 * keyboard users can scroll it, and has a name, so that screen readers say what it holds.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      tabIndex={0}
      role="group"
      aria-label={label}
      className={cn('overflow-x-auto focus-visible:ring-2 focus-visible:ring-fd-ring focus-visible:outline-none', className)}
    >
      {children}
    </div>
  );
}
