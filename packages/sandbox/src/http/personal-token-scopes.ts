import type { components } from '@menteo/api';
import type { Operation } from './contract.js';
import type { Principal } from './handler.js';
import { Problem } from './problem.js';

type Scope = components['schemas']['PersonalAccessTokenScope'];

// The contract's table (resources/tokens.yaml), by path template: a family's read scope covers
// its GETs, its write scope every other method. What no family lists is covered by no scope.
const families: { paths: string[]; exact?: string[]; read: Scope | null; write: Scope | null }[] = [
  {
    paths: ['/v1/threads', '/v1/posts', '/v1/comments'],
    exact: ['/v1/me/bookmarks', '/v1/me/post-link-targets'],
    read: 'threads:read',
    write: 'threads:write',
  },
  { paths: ['/v1/rooms', '/v1/intro-calls'], exact: ['/v1/mentors/{mentorId}/intro-calls'], read: 'rooms:read', write: 'rooms:write' },
  { paths: ['/v1/roadmaps'], read: 'roadmaps:read', write: 'roadmaps:write' },
  { paths: [], exact: ['/v1/me', '/v1/users/{userId}'], read: 'profile:read', write: null },
];

/**
 * The scope a personal access token needs for an operation, or `null` when no scope covers it.
 *
 * @example
 * ```ts
 * scopeFor('POST', '/v1/threads/{threadId}/posts'); // 'threads:write'
 * scopeFor('POST', '/v1/me/tokens'); // null
 * ```
 */
export function scopeFor(method: string, path: string): Scope | null {
  const family = families.find((f) => f.exact?.includes(path) || f.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
  if (!family) return null;
  return method === 'GET' ? family.read : family.write;
}

/**
 * Refuses a personal access token an operation its scopes do not cover (`403 insufficient_scope`,
 * naming the scope it would need). Other credentials pass: `authorize` judged them.
 *
 * @example
 * ```ts
 * authorize(principal, operation.auth);
 * requireScope(principal, operation);
 * ```
 */
export function requireScope(principal: Principal, operation: Pick<Operation, 'method' | 'path'>): void {
  if (principal.kind !== 'user' || principal.scopes === undefined) return;
  const needed = scopeFor(operation.method, operation.path);
  if (needed !== null && principal.scopes.includes(needed)) return;
  throw new Problem(
    403,
    'insufficient_scope',
    needed === null
      ? `A personal access token cannot call ${operation.method} ${operation.path}; use a user token.`
      : `This personal access token lacks the ${needed} scope that ${operation.method} ${operation.path} needs.`,
  );
}
