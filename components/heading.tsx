import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export interface HeadingProps extends ComponentProps<'h1'> {
  as?: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/** A heading that links to itself, so that any section can be shared. */
export function Heading({ as: As = 'h1', id, className, children, ...props }: HeadingProps) {
  if (!id) return <As className={className} {...props}>{children}</As>;
  return (
    // classes from global.css: a page has a score of headings
    <As id={id} className={cn('heading', className)} {...props}>
      <a href={`#${id}`} className="text-inherit no-underline">
        {children}
      </a>
      <span aria-hidden="true" className="heading-mark">
        #
      </span>
    </As>
  );
}
