import { Fragment } from 'react';
import { backtickSpans } from '@/lib/inline-text';

/**
 * Plain text from the document with its `backticked` spans as code: parameter, field and error
 * descriptions are not Markdown (see README), but they quote names and values the Markdown way.
 */
export function InlineCode({ text }: { text: string }) {
  const parts = backtickSpans(text);
  if (parts.length === 1) return text;
  return parts.map((part, index) => (index % 2 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>));
}
