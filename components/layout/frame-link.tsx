'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

export type FrameLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  href: string;
  /** Mark the link `aria-current="page"` while its page is on screen (navigation links). */
  markCurrent?: boolean;
};

/**
 * A link between pages of the site: the App Router swaps the page without a full load. It
 * prefetches when pointed at or focused rather than when scrolled into view, so that a page with
 * a score of navigation links does not fetch them all.
 */
export function FrameLink({ href, markCurrent, ...props }: FrameLinkProps) {
  const router = useRouter();
  const pathname = usePathname();
  const page = href.split('#')[0];
  const prefetch = () => router.prefetch(page);
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
      {...(markCurrent && pathname === page && { 'aria-current': 'page' as const })}
      {...props}
    />
  );
}
