import type { ComponentProps } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Callout } from 'fumadocs-ui/components/callout';
import { Card, Cards } from './card';
import { CodeFrame } from './code-frame';
import { Heading } from './heading';

function headingOf(as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  return function MdxHeading(props: ComponentProps<'h1'>) {
    return <Heading as={as} {...props} />;
  };
}

/**
 * The components of guides and rendered descriptions: fumadocs' callouts, cards that link
 * through the router, and the site's code frame and headings. None needs hydrating (copy buttons work through one listener,
 * `CopyButtons`), so a guide's body can be HTML rendered when the site is built.
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
