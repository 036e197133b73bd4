import { ThemeScript } from './theme-script';

// without JavaScript, tabs cannot switch: every tab panel is shown, one under the other; and
// the controls that need it (search, theme, copy, try-it) are hidden rather than dead
const noScriptCss = '[role="tabpanel"][data-state="inactive"]{display:block!important}.needs-js{display:none!important}';

/** What goes into every page's `<head>` before anything paints: the theme, and the rules for reading without JavaScript. */
export function DocumentHead() {
  return (
    <>
      <ThemeScript />
      <noscript>
        <style>{noScriptCss}</style>
      </noscript>
    </>
  );
}
