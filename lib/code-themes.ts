/** Shiki themes of every code block, MDX and endpoint pages alike: the high-contrast GitHub pair meets WCAG AA on the code block background. */
export const codeThemes = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-high-contrast',
} as const;
