import { bundledThemes, type ThemeRegistration } from 'shiki';
import { codeThemes } from './code-themes';

/** Each theme's colours, in a stable order: a token's colour is its index here. */
export interface CodePalettes {
  light: string[];
  dark: string[];
}

export type CodeThemeSide = keyof CodePalettes;

/** The prefix of a side's colour classes: `l3` is the light theme's fourth colour. */
export const colourClassPrefix: Record<CodeThemeSide, string> = { light: 'l', dark: 'd' };

function paletteOf(theme: ThemeRegistration): string[] {
  const colours = new Set<string>();
  const text = theme.colors?.['editor.foreground'];
  if (text) colours.add(text.toLowerCase());
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
    if (rule.settings.foreground) colours.add(rule.settings.foreground.toLowerCase());
  }
  return [...colours].sort();
}

let palettes: Promise<CodePalettes> | undefined;

/** The palettes of the site's two code themes (`lib/code-themes.ts`). */
export function loadCodePalettes(): Promise<CodePalettes> {
  palettes ??= Promise.all([bundledThemes[codeThemes.light](), bundledThemes[codeThemes.dark]()]).then(([light, dark]) => ({
    light: paletteOf(light.default),
    dark: paletteOf(dark.default),
  }));
  return palettes;
}

/**
 * The stylesheet that gives each colour class its colour (`app/code-colours.css`, written by
 * `npm run generate:code-colours`): the same CSS variables shiki's own inline styles set, so
 * fumadocs' code styles and the dark theme apply unchanged.
 */
export function codeColoursCss({ light, dark }: CodePalettes): string {
  const rules = (side: CodeThemeSide, colours: string[]) =>
    colours.map((colour, index) => `.shiki .${colourClassPrefix[side]}${index} { --shiki-${side}: ${colour}; }`);
  return [
    `/* Written by \`npm run generate:code-colours\` from the themes in lib/code-themes.ts; do not edit. */`,
    ...rules('light', light),
    ...rules('dark', dark),
    '',
  ].join('\n');
}
