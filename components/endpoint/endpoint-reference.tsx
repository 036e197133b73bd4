import { notFound } from 'next/navigation';
import { getApiModel } from '@/lib/endpoints';
import { siteNavigation } from '@/lib/source';
import { PageShell } from '../page-shell';
import { EndpointPage } from './endpoint-page';
import { endpointToc } from './endpoint-toc';

/** The page of one operation, in the site's frame. */
export function EndpointReference({ endpointKey, url }: { endpointKey: string; url: string }) {
  const endpoint = getApiModel().byKey.get(endpointKey);
  if (!endpoint) notFound();
  return (
    <PageShell navigation={siteNavigation(url)} title={endpoint.title} toc={endpointToc(endpoint)} url={url} wide>
      <EndpointPage endpoint={endpoint} />
    </PageShell>
  );
}
