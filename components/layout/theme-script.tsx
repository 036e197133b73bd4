/** The key next-themes used, so that a reader's earlier choice carries over. */
export const themeStorageKey = 'theme';

/** Puts the page in dark or light mode (the `dark` class the stylesheet keys on, and the browser's own controls). */
export function applyTheme(dark: boolean) {
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

// runs before the first paint, so that a dark page never flashes light; applyTheme is written
// into it as source, so it must not refer to anything outside itself
const script = `try{var t=localStorage.getItem('${themeStorageKey}');(${applyTheme.toString()})(t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches))}catch(_){}`;

/** Sets the `dark` class from the stored choice or the system's preference. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
