/**
 * Fixed ids of the seeded demo world, documented in the README; examples and tests rely on
 * them. A neutral module: the core seeder, the resources' seeders and the CLI all read it.
 *
 * @example
 * ```ts
 * await fetch(`${url}/v1/auth/tokens`, {
 *   method: 'POST',
 *   headers: { Authorization: `Bearer ${demo.keys.demoSecret}`, 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ externalUserId: demo.users.mentee.externalId }),
 * });
 * ```
 */
export const demo = {
  orgs: { demo: 'org_demo', acme: 'org_acme' },
  keys: {
    demoPublishable: 'pk_test_demo',
    demoSecret: 'sk_test_demo',
    acmePublishable: 'pk_test_acme',
    acmeSecret: 'sk_test_acme',
  },
  users: {
    /** A mentee of org_demo with rooms, roadmap progress and a growth thread. */
    mentee: { id: 'usr_demomentee', externalId: 'demo-mentee', orgId: 'org_demo' },
    /** A member of org_demo who is also a mentor (profile `mentorId`), with rooms in several states. */
    mentor: { id: 'usr_demomentor', externalId: 'demo-mentor', orgId: 'org_demo', mentorId: 'men_demomentor' },
    /** An employee of org_acme, who also sees acme's internal mentor pool. */
    acmeEmployee: { id: 'usr_acmeemployee', externalId: 'acme-employee', orgId: 'org_acme' },
  },
} as const;
