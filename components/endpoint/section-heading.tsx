import type { ReactNode } from 'react';
import { Heading } from '../heading';

export interface SectionHeadingProps {
  id: string;
  children: ReactNode;
}

/** An `h2` with a self-link, as fumadocs renders MDX headings. */
export function SectionHeading({ id, children }: SectionHeadingProps) {
  return (
    <Heading as="h2" id={id}>
      {children}
    </Heading>
  );
}
