import type { AppProps } from 'next/app';
import { HydrationMark } from '@/components/layout/hydration-mark';
import '@/app/global.css';

export default function GuideApp({ Component, pageProps }: AppProps) {
  return (
    <>
      <Component {...pageProps} />
      <HydrationMark />
    </>
  );
}
