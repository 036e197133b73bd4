import type { ComponentProps } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Callout } from 'fumadocs-ui/components/callout';
import { Card, Cards } from 'fumadocs-ui/components/card';
import { CodeFrame } from './code-frame';
import { Heading } from './heading';

function headingOf(as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  return function MdxHeading(props: ComponentProps<'h1'>) {
    return <Heading as={as} {...props} />;
  };
}

/**
 * The components of guides and rendered descriptions: fumadocs' server-only ones (callouts,
 * cards) and the site's code frame and headings, so that prose pages carry no client code but
 * the copy buttons.
 */
export const mdxComponents: MDXComponents = {
  pre: ({ title, className, style, children }: ComponentProps<'pre'>) => (
    <CodeFrame title={title} style={style}>
      <pre className={className}>{children}</pre>
    </CodeFrame>
  ),
  h1: headingOf('h1'),
  h2: headingOf('h2'),
  h3: headingOf('h3'),
  h4: headingOf('h4'),
  h5: headingOf('h5'),
  h6: headingOf('h6'),
  Callout,
  Card,
  Cards,
};
