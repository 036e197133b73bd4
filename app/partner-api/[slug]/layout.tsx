import { createSectionLayout } from '@/components/create-section-layout';

// a guide (`/partner-api/authentication`) opens no group; an endpoint group's slug opens it
export default createSectionLayout(({ slug }: { slug: string }) => `/partner-api/${slug}`);
