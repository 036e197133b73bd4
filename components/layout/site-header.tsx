import Link from 'next/link';
import { SiteLogo } from '../site-logo';
import { MenuButton } from './menu-button';
import { SearchButton } from './search-button';
import { ThemeToggle } from './theme-toggle';

export const headerLinks = [
  { text: 'OpenAPI (YAML)', url: '/openapi.yaml' },
  { text: 'OpenAPI (JSON)', url: '/openapi.json' },
  { text: 'llms.txt', url: '/llms.txt' },
];

/** The id of the navigation, which the phone menu opens. */
export const siteNavId = 'site-nav';

/**
 * Logo, search, the header links and the theme switch; on a phone, the menu button, or without
 * JavaScript a link to the navigation, which :target opens (see global.css).
 */
export function SiteHeader({ errorCatalog }: { errorCatalog?: string }) {
  // a document without typed errors has no catalogue to link to
  const links = errorCatalog ? [{ text: 'Error types', url: errorCatalog }, ...headerLinks] : headerLinks;
  // a fixed element inside an element with a backdrop filter or a transform is placed relative
  // to it: the header has neither, so that the search dialog and the phone menu cover the screen
  return (
    <header className="sticky top-0 z-40 border-b bg-fd-background">
      <div className="mx-auto flex h-14 max-w-[1400px] items-center gap-3 px-4">
        {/* on every page and always in view: prefetching its route would add to each page's first load */}
        <Link href="/partner-api" prefetch={false} className="me-auto flex items-center">
          <SiteLogo />
        </Link>
        <nav aria-label="Site" className="hidden items-center gap-4 text-sm text-fd-muted-foreground lg:flex">
          {links.map((link) => (
            <a key={link.url} href={link.url} className="hover:text-fd-foreground">
              {link.text}
            </a>
          ))}
        </nav>
        <SearchButton />
        <ThemeToggle />
        <MenuButton controls={siteNavId} />
        <noscript>
          <a
            href={`#${siteNavId}`}
            className="inline-flex h-9 items-center rounded-md px-2 text-sm text-fd-muted-foreground hover:bg-fd-accent lg:hidden"
          >
            Menu
          </a>
        </noscript>
      </div>
    </header>
  );
}
