'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

export type FrameLinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A link between pages of the site: the App Router swaps the page without a full load. It
 * prefetches when pointed at or focused rather than when scrolled into view, so that a page with
 * a score of navigation links does not fetch them all.
 */
export function FrameLink({ href, ...props }: FrameLinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href.split('#')[0]);
  return <Link href={href} prefetch={false} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} {...props} />;
}
