import { SiteLogo } from '../site-logo';
import { SearchButton } from './search-button';
import { ThemeToggle } from './theme-toggle';

export const headerLinks = [
  { text: 'OpenAPI (YAML)', url: '/openapi.yaml' },
  { text: 'OpenAPI (JSON)', url: '/openapi.json' },
  { text: 'llms.txt', url: '/llms.txt' },
];

/**
 * Logo, search, the header links and the theme switch; on a phone, the menu button, which opens
 * the navigation through the #nav-toggle checkbox before the header (see global.css).
 */
export function SiteHeader({ errorCatalog }: { errorCatalog?: string }) {
  // a document without typed errors has no catalogue to link to
  const links = errorCatalog ? [{ text: 'Error types', url: errorCatalog }, ...headerLinks] : headerLinks;
  // a fixed element inside an element with a backdrop filter or a transform is placed relative
  // to it: the header has neither, so that the search dialog and the phone menu cover the screen
  return (
    <header className="sticky top-0 z-40 border-b bg-fd-background">
      <div className="mx-auto flex h-14 max-w-[1400px] items-center gap-3 px-4">
        <a href="/partner-api" className="me-auto flex items-center">
          <SiteLogo />
        </a>
        <nav aria-label="Site" className="hidden items-center gap-4 text-sm text-fd-muted-foreground lg:flex">
          {links.map((link) => (
            <a key={link.url} href={link.url} className="hover:text-fd-foreground">
              {link.text}
            </a>
          ))}
        </nav>
        <SearchButton />
        <ThemeToggle />
        <label
          htmlFor="nav-toggle"
          className="menu-button inline-flex size-9 cursor-pointer items-center justify-center rounded-md text-fd-muted-foreground hover:bg-fd-accent lg:hidden"
        >
          <span className="sr-only">Menu</span>
          <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5 fill-none stroke-current stroke-2">
            <path d="M4 6h16M4 12h16M4 18h16" className="menu-icon-open" />
            <path d="m6 6 12 12M18 6 6 18" className="menu-icon-close" />
          </svg>
        </label>
      </div>
    </header>
  );
}
