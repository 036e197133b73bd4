import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { CopyButton } from './layout/copy-button';

export interface CodeFrameProps extends Omit<ComponentProps<'figure'>, 'title'> {
  title?: ReactNode;
}

/** The frame of every code block: an optional title bar, a copy button and a scrollable region. */
export function CodeFrame({ title, className, children, ...props }: CodeFrameProps) {
  const copy = <CopyButton label="Copy code" className={title ? '-me-2 p-2' : 'absolute top-2 right-2 z-2 p-2 backdrop-blur-lg'} />;
  return (
    <figure dir="ltr" {...props} className={cn('shiki not-prose relative my-4 overflow-hidden rounded-xl border bg-fd-card text-sm shadow-sm', className)}>
      {title ? (
        <div className="flex h-9.5 items-center gap-2 border-b px-4 text-fd-muted-foreground">
          <figcaption className="flex-1 truncate">{title}</figcaption>
          {copy}
        </div>
      ) : (
        copy
      )}
      <div tabIndex={0} className="fd-scroll-container max-h-[600px] overflow-auto py-3.5 text-[0.8125rem] focus-visible:ring-2 focus-visible:ring-fd-ring focus-visible:outline-none focus-visible:ring-inset">
        {children}
      </div>
    </figure>
  );
}

/** The `<pre>` inside a frame: lines as flex rows, wide code scrolls rather than wraps. */
export function CodePre({ className, ...props }: ComponentProps<'pre'>) {
  return <pre {...props} className={cn('w-max min-w-full *:flex *:flex-col', className)} />;
}
