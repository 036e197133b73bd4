import { Fragment } from 'react';

/**
 * Plain text from the document with its `backticked` spans as code: parameter, field and error
 * descriptions are not Markdown (see README), but they quote names and values the Markdown way.
 */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/`([^`\n]+)`/);
  if (parts.length === 1) return text;
  return parts.map((part, index) => (index % 2 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>));
}
