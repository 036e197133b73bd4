import { describe, expect, it } from 'vitest';
import { groupSlug } from '@/lib/endpoints/group-slug';
import { operationKeyBase, pascalIdentifier, uniqueSlugs } from '@/lib/endpoints/operation-key';

describe('operation keys', () => {
  it('keep a URL-safe operationId, make others URL-safe, and fall back to method and path', () => {
    expect(operationKeyBase('post', '/x', 'claimOrganizationRelation')).toBe('claimOrganizationRelation');
    expect(operationKeyBase('get', '/x', 'repos/get')).toBe('repos-get');
    expect(operationKeyBase('get', '/x', 'firebase.projects.list')).toBe('firebase-projects-list');
    expect(operationKeyBase('get', '/users/{userId}', undefined)).toBe('get-users-userid');
    expect(operationKeyBase('get', '/', undefined)).toBe('get');
    expect(operationKeyBase('get', '/x', '…')).toBe('get-x');
    expect(operationKeyBase('get', '/x', 'a'.repeat(300))).toHaveLength(100);
  });

  it('never collide, ignoring case, with suffixes in order and spelled-out names kept', () => {
    expect(uniqueSlugs(['a', 'a', 'a-2', 'A'])).toEqual(['a', 'a-3', 'a-2', 'A-4']);
    expect(uniqueSlugs(['repos-get', 'repos-get'], [], [false, true])).toEqual(['repos-get-2', 'repos-get']);
    expect(uniqueSlugs(['errors', 'users'], ['errors'])).toEqual(['errors-2', 'users']);
  });

  it('give TypeScript identifiers and group slugs', () => {
    expect(pascalIdentifier('claimOrganizationRelation')).toBe('ClaimOrganizationRelation');
    expect(pascalIdentifier('get-users-userid')).toBe('GetUsersUserid');
    expect(pascalIdentifier('2fa-enable')).toBe('_2faEnable');
    expect(groupSlug('User relation')).toBe('user-relation');
    expect(groupSlug('日本語')).toBe('group');
  });
});
