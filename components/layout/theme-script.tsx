/** The key next-themes used, so that a reader's earlier choice carries over. */
export const themeStorageKey = 'theme';

// runs before the first paint, so that a dark page never flashes light
const script = `try{var t=localStorage.getItem('${themeStorageKey}'),d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches),e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}`;

/** Sets the `dark` class from the stored choice or the system's preference. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
