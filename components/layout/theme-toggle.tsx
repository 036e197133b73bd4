'use client';
import { applyTheme, themeStorageKey } from './theme-script';

/** Switches light and dark and remembers the choice; the icons swap through the `dark` class alone. */
export function ThemeToggle() {
  function toggle() {
    const dark = !document.documentElement.classList.contains('dark');
    applyTheme(dark);
    try {
      localStorage.setItem(themeStorageKey, dark ? 'dark' : 'light');
    } catch {
      // storage refused (private mode): the choice lasts for this page
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label="Toggle dark mode"
      className="needs-js inline-flex size-9 items-center justify-center rounded-md text-fd-muted-foreground hover:bg-fd-accent hover:text-fd-accent-foreground"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-4.5 fill-none stroke-current stroke-2 dark:hidden">
        <path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z" />
      </svg>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="hidden size-4.5 fill-none stroke-current stroke-2 dark:block">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
