import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export interface HeadingProps extends ComponentProps<'h1'> {
  as?: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/** A heading that links to itself, so that any section can be shared. */
export function Heading({ as: As = 'h1', id, className, children, ...props }: HeadingProps) {
  if (!id) return <As className={className} {...props}>{children}</As>;
  return (
    <As id={id} className={cn('group/heading flex scroll-m-20 flex-row items-center gap-2', className)} {...props}>
      <a href={`#${id}`} className="text-inherit no-underline">
        {children}
      </a>
      <span aria-hidden="true" className="text-sm text-fd-muted-foreground opacity-0 transition-opacity group-hover/heading:opacity-100">
        #
      </span>
    </As>
  );
}
