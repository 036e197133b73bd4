import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { CopyButton } from './layout/copy-button';

export interface CodeFrameProps extends Omit<ComponentProps<'figure'>, 'title'> {
  title?: ReactNode;
  /** Names the scrollable code for screen readers, which reach it by Tab; defaults to the title. */
  label?: string;
}

/** The frame of every code block: an optional title bar, a copy button and a scrollable region. */
export function CodeFrame({ title, label, className, children, ...props }: CodeFrameProps) {
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
      {/* long lines scroll: keyboard users scroll it once it has focus */}
      <div
        tabIndex={0}
        role="group"
        aria-label={label ?? (typeof title === 'string' ? `${title} code` : 'Code')}
        className="fd-scroll-container code-frame-body"
      >
        {children}
      </div>
    </figure>
  );
}
