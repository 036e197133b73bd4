import { Tab, Tabs } from 'fumadocs-ui/components/tabs';
import type { CodeSample } from '@/lib/endpoints/code-samples';
import { CodeBlock } from '../code-block';

export interface CodeSampleTabsProps {
  samples: CodeSample[];
}

/**
 * One tab per language. Every panel is in the HTML (`forceMount`); without JavaScript the
 * stylesheet in the root layout's `<noscript>` shows them one under the other.
 */
export function CodeSampleTabs({ samples }: CodeSampleTabsProps) {
  return (
    <Tabs items={samples.map((sample) => sample.label)} groupId="code-sample-language" persist>
      {samples.map((sample) => (
        <Tab key={sample.id} value={sample.label} forceMount>
          <CodeBlock code={sample.code} lang={sample.lang} title={sample.label} />
        </Tab>
      ))}
    </Tabs>
  );
}
