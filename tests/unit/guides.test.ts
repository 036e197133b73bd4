import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = (name: string) => readFileSync(`content/partner-api/${name}.mdx`, 'utf8');

describe('the guides answer what integrators asked', () => {
  const authentication = guide('authentication');

  it('when to request a user connection and when to create a user', () => {
    expect(authentication).toContain('### Request a connection, or create the user?');
    expect(authentication).toMatch(/already has a Wingfield account \| \[Request user connection\]/);
    expect(authentication).toMatch(/has no Wingfield account yet \| \[Create user\]/);
  });

  it('how to learn that a relation became ACCEPTED, and that no notification is published', () => {
    expect(authentication).toContain('### Learning that a relation was accepted');
    expect(authentication).toMatch(/publishes no webhook/);
    expect(authentication).toContain('status=ACCEPTED');
  });

  it('where externalServiceId comes from, marked as a guess', () => {
    expect(authentication).toContain('/partner-api/external-service#your-service-and-its-id');
    expect(guide('external-service')).toMatch(/Where the ID comes from[\s\S]*our guess, not a\s+published fact/);
  });
});
