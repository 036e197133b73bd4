import { cn } from '@/lib/cn';

export interface CopyButtonProps {
  /** A URL whose body is copied (fetched when clicked); without it, the code of the button's `<figure>`. */
  url?: string;
  /** Text copied as it is, instead of a URL's body or the figure's code. */
  text?: string;
  label: string;
  className?: string;
  children?: React.ReactNode;
}

/**
 * A copy button as plain HTML: one listener for the whole page (`CopyButtons`) does the copying,
 * so that a page with a score of code blocks hydrates none of them.
 */
export function CopyButton({ url, text, label, className, children }: CopyButtonProps) {
  return (
    <button
      type="button"
      data-copy={url ?? ''}
      data-copy-text={text}
      aria-label={children ? undefined : label}
      title={label}
      // without children, the icon comes from the stylesheet (.copy-icon): a page has a score of these
      className={cn('needs-js copy-button', !children && 'copy-icon', className)}
    >
      {children}
      <span aria-live="polite" className="sr-only text-xs" />
    </button>
  );
}
