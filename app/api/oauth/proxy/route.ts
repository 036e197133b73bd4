import { getSiteAuthProxy } from '@/lib/proxy/site-auth-proxy';

export const dynamic = 'force-dynamic';

const handle = (request: Request) => getSiteAuthProxy()(request);

export { handle as DELETE, handle as GET, handle as POST, handle as PUT };
