import { createSectionLayout } from '@/components/create-section-layout';

export default createSectionLayout(() => undefined);
