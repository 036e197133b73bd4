import { getSiteProxy } from '@/lib/proxy/site-proxy';

export const dynamic = 'force-dynamic';

const handle = (request: Request) => getSiteProxy()(request);

export { handle as DELETE, handle as GET, handle as HEAD, handle as OPTIONS, handle as PATCH, handle as POST, handle as PUT };
