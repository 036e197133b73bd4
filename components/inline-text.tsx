import { Fragment } from 'react';
import type { InlinePart, InlineText as InlineTextModel } from '@/lib/inline-text';
import { InlineCode } from './inline-code';

export interface InlineTextProps {
  text: InlineTextModel;
}

/** A sentence of the page's content model as HTML; `inlineMarkdown` draws the same one as Markdown. */
export function InlineText({ text }: InlineTextProps) {
  return text.map((part, index) => <Fragment key={index}>{inlinePart(part)}</Fragment>);
}

function inlinePart(part: InlinePart) {
  if (typeof part === 'string') return part;
  if ('code' in part) return <code>{part.code}</code>;
  if ('strong' in part) return <strong>{part.strong}</strong>;
  if ('described' in part) return <InlineCode text={part.described} />;
  return (
    <a href={part.link}>
      <InlineText text={part.text} />
    </a>
  );
}
