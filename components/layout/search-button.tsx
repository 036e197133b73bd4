'use client';
import { lazy, Suspense, useEffect, useState } from 'react';

// the dialog, fumadocs' search client and the result list load when search is first opened
const SearchDialog = lazy(() => import('./search-dialog').then((mod) => ({ default: mod.SiteSearchDialog })));

/** Opens the site's search on click, Ctrl K / ⌘ K or "/". */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      const shortcut = (event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing);
      if (!shortcut) return;
      event.preventDefault();
      setUsed(true);
      setOpen(true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        className="needs-js inline-flex h-9 items-center gap-2 rounded-md border bg-fd-secondary/50 px-2.5 text-sm text-fd-muted-foreground hover:bg-fd-accent hover:text-fd-accent-foreground md:w-56"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-4 fill-none stroke-current stroke-2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="max-md:sr-only">Search</span>
        <kbd className="ms-auto rounded border bg-fd-background px-1.5 font-sans text-xs max-md:hidden">Ctrl K</kbd>
      </button>
      {used && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
