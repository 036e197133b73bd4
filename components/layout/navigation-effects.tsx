'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { siteNavId } from './site-header';

/**
 * What a full page load did by itself and a page swapped by the App Router does not: focus
 * starts on the new page (its title), so that a screen reader reads it rather than staying on
 * the link that led there; the navigation keeps its scroll position, so that the next link is
 * where it was.
 */
export function NavigationEffects() {
  const pathname = usePathname() ?? '';
  const previous = useRef(pathname);
  const navScroll = useRef(0);

  useEffect(() => {
    // the navigation is part of each page: its position is read before the swap replaces it
    function remember(event: Event) {
      const nav = document.getElementById(siteNavId);
      if (nav && event.target instanceof Node && nav.contains(event.target)) navScroll.current = nav.scrollTop;
      else navScroll.current = 0;
    }
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, []);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const nav = document.getElementById(siteNavId);
    if (nav) nav.scrollTop = navScroll.current;
    // a link to a section: the router scrolls to it, and focus follows the reader's place there
    if (window.location.hash) return;
    const title = document.querySelector<HTMLElement>('#page h1') ?? document.getElementById('page');
    title?.focus({ preventScroll: true });
  }, [pathname]);

  return null;
}
