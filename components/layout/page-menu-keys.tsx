'use client';
import { useEffect } from 'react';

const menuSelector = 'details[data-page-menu]';

function items(menu: HTMLDetailsElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('ul a, ul button')].filter((item) => item.offsetParent !== null);
}

/**
 * The keys of the page menu (a `<details>`): Escape closes it and gives the focus back to its
 * summary, the arrow keys, Home and End move between its items, and a click elsewhere or on an
 * item closes it. One listener for the page; the menu itself is server HTML.
 */
export function PageMenuKeys() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const menu = (event.target as Element | null)?.closest?.<HTMLDetailsElement>(menuSelector);
      if (!menu?.open) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        menu.open = false;
        menu.querySelector('summary')?.focus();
        return;
      }
      const list = items(menu);
      const index = list.indexOf(document.activeElement as HTMLElement);
      const next = { ArrowDown: index + 1, ArrowUp: index < 0 ? list.length - 1 : index - 1, Home: 0, End: list.length - 1 }[event.key];
      if (next === undefined || list.length === 0) return;
      event.preventDefault();
      list[(next + list.length) % list.length].focus();
    }
    function onClick(event: MouseEvent) {
      const target = event.target as Element | null;
      for (const menu of document.querySelectorAll<HTMLDetailsElement>(`${menuSelector}[open]`)) {
        const inside = target && menu.contains(target);
        // a link leaves the menu closed behind it; the copy button stays to say "Copied"; the summary toggles it itself
        if (!inside || target.closest('ul a')) menu.open = false;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}
