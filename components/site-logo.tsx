import { siteConfig } from '@/lib/site-config';

export function SiteLogo() {
  return (
    <span className="inline-flex items-center gap-2 font-semibold">
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG of 1 KiB needs no optimisation */}
      <img src="/logo.svg" alt="" width={24} height={24} />
      {siteConfig.name}
    </span>
  );
}
