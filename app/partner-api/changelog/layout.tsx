import { createSectionLayout } from '@/components/create-section-layout';
import { changelogUrl } from '@/lib/changelog/urls';

export default createSectionLayout(() => changelogUrl);
