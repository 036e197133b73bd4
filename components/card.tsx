import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { FrameLink } from './layout/frame-link';

export interface CardProps extends Omit<ComponentProps<'div'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  href?: string;
}

/**
 * fumadocs-ui's `Cards` and `Card` for guides, with the same look, linking through the site's
 * router (`FrameLink`): fumadocs' own card brings its framework's link layer into every guide's
 * JavaScript, which guides otherwise do without.
 */
export function Cards({ className, ...props }: ComponentProps<'div'>) {
  return <div {...props} className={cn('grid grid-cols-2 gap-3 @container', className)} />;
}

export function Card({ icon, title, description, href, className, children, ...props }: CardProps) {
  const body = (
    <>
      {icon ? <div className="not-prose mb-2 w-fit rounded-lg border bg-fd-muted p-1.5 text-fd-muted-foreground shadow-md [&_svg]:size-4">{icon}</div> : null}
      <h3 className="not-prose mb-1 text-sm font-medium">{title}</h3>
      {description ? <p className="my-0! text-sm text-fd-muted-foreground">{description}</p> : null}
      <div className="prose-no-margin text-sm text-fd-muted-foreground empty:hidden">{children}</div>
    </>
  );
  const classes = cn('block rounded-xl border bg-fd-card p-4 text-fd-card-foreground transition-colors @max-lg:col-span-full', href && 'hover:bg-fd-accent/80', className);
  if (!href) {
    return (
      <div {...props} data-card="" className={classes}>
        {body}
      </div>
    );
  }
  const external = /^\w+:|^\/\//.test(href);
  return external ? (
    <a href={href} data-card="" className={classes} rel="noreferrer noopener" target="_blank">
      {body}
    </a>
  ) : (
    <FrameLink href={href} data-card="" className={classes}>
      {body}
    </FrameLink>
  );
}
