import { memo } from 'react';

export interface HtmlContentProps {
  html: string;
  className?: string;
  as?: 'div' | 'span';
}

/**
 * HTML rendered at build time, shown as it is. Memoised because React 19 writes `innerHTML`
 * again whenever a render passes a new `dangerouslySetInnerHTML` object, even with the same
 * text: that would replace the nodes (and their state) whenever the page re-renders.
 */
export const HtmlContent = memo(function HtmlContent({ html, className, as: As = 'div' }: HtmlContentProps) {
  return <As className={className} dangerouslySetInnerHTML={{ __html: html }} />;
});
