import { Tab, Tabs } from '../tabs';
import type { CodeSample } from '@/lib/endpoints/code-samples';
import { CodeBlock } from '../code-block';

export interface CodeSampleTabsProps {
  samples: CodeSample[];
}

/**
 * One tab per language. Every panel is in the HTML; without JavaScript the
 * stylesheet in the root layout's `<noscript>` shows them one under the other.
 */
export function CodeSampleTabs({ samples }: CodeSampleTabsProps) {
  return (
    <Tabs items={samples.map((sample) => sample.label)} groupId="code-sample-language">
      {samples.map((sample) => (
        <Tab key={sample.id} value={sample.label}>
          <CodeBlock code={sample.code} lang={sample.lang} title={sample.label} />
        </Tab>
      ))}
    </Tabs>
  );
}
