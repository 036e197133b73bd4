import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { CopyButton } from './layout/copy-button';

export interface CodeFrameProps extends Omit<ComponentProps<'figure'>, 'title'> {
  title?: ReactNode;
}

/** The frame of every code block: an optional title bar, a copy button and a scrollable region. */
export function CodeFrame({ title, className, children, ...props }: CodeFrameProps) {
  // classes from global.css: an endpoint page has a score of code blocks, so their markup is short
  const copy = <CopyButton label="Copy code" className={title ? 'code-copy' : 'code-copy code-copy-floating'} />;
  return (
    <figure dir="ltr" {...props} className={cn('shiki code-frame not-prose', className)}>
      {title ? (
        <div className="code-frame-title">
          <figcaption className="flex-1 truncate">{title}</figcaption>
          {copy}
        </div>
      ) : (
        copy
      )}
      <div tabIndex={0} className="fd-scroll-container code-frame-body">
        {children}
      </div>
    </figure>
  );
}
