'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/**
 * Opens the navigation on a phone: a disclosure button that Esc closes, giving focus back to it.
 * Without JavaScript the header shows a link to the navigation instead (see `SiteHeader`).
 */
export function MenuButton({ controls }: { controls: string }) {
  const pathname = usePathname() ?? '';
  // the menu is open on the page where it was opened: following one of its links closes it
  const [openOn, setOpenOn] = useState<string>();
  const open = openOn === pathname;
  const setOpen = (value: boolean | ((open: boolean) => boolean)) =>
    setOpenOn((typeof value === 'function' ? value(open) : value) ? pathname : undefined);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // the section's layout keeps the navigation across swaps: it is closed on a new page
    document.getElementById(controls)?.toggleAttribute('data-open', open);
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setOpen is made anew on each render from pathname, which is listed
  }, [open, controls, pathname]);

  return (
    <button
      ref={button}
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => setOpen((value) => !value)}
      className="needs-js menu-button inline-flex size-9 items-center justify-center rounded-md text-fd-muted-foreground hover:bg-fd-accent lg:hidden"
    >
      <span className="sr-only">Menu</span>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5 fill-none stroke-current stroke-2">
        <path d={open ? 'm6 6 12 12M18 6 6 18' : 'M4 6h16M4 12h16M4 18h16'} />
      </svg>
    </button>
  );
}
