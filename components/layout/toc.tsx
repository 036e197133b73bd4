import type { TOCItemType } from 'fumadocs-core/toc';
import { cn } from '@/lib/cn';

export interface TocProps {
  items: TOCItemType[];
  className?: string;
}

/** The page's headings as plain links: in the HTML, so they work before and without JavaScript. */
export function Toc({ items, className }: TocProps) {
  return (
    <ul className={cn('flex flex-col gap-1 text-sm', className)}>
      {items.map((item) => (
        <li key={item.url} style={{ paddingInlineStart: `${Math.max(0, item.depth - 2) * 0.75}rem` }}>
          <a href={item.url} className="toc-link">
            {item.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
