import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineCode } from '@/components/inline-code';
import { FieldName } from '@/components/field-name';

const html = (text: string) => renderToStaticMarkup(createElement(InlineCode, { text }));

describe('plain-text descriptions', () => {
  it('show backticked spans as code, without the backticks', () => {
    expect(html('exactly one of `userId` or `email`.')).toBe('exactly one of <code>userId</code> or <code>email</code>.');
  });

  it('stay text: markup inside or outside the backticks is escaped', () => {
    expect(html('`<img src=x onerror=alert(1)>` and <b>bold</b>')).toBe(
      '<code>&lt;img src=x onerror=alert(1)&gt;</code> and &lt;b&gt;bold&lt;/b&gt;',
    );
  });

  it('leave a lone backtick as it is', () => {
    expect(html('a ` alone')).toBe('a ` alone');
  });
});

describe('field names', () => {
  it('may break only before a dot or []', () => {
    expect(renderToStaticMarkup(createElement(FieldName, { name: 'participants[].email' }))).toBe(
      '<code class="whitespace-nowrap">participants<wbr/>[]<wbr/>.email</code>',
    );
  });
});
