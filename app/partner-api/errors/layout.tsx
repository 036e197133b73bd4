import { createSectionLayout } from '@/components/create-section-layout';

export default createSectionLayout(() => '/partner-api/errors');
