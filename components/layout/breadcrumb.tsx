import type { SiteNavigation } from '@/lib/navigation';
import { FrameLink } from './frame-link';

/** Where the page sits: the section and group above it ("Endpoints › Organization"). */
export function Breadcrumb({ items }: { items: SiteNavigation['breadcrumb'] }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-fd-muted-foreground">
      <ol className="flex flex-wrap items-center gap-1.5">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1.5">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.url ? (
              <FrameLink href={item.url} className="hover:text-fd-foreground">
                {item.name}
              </FrameLink>
            ) : (
              item.name
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
