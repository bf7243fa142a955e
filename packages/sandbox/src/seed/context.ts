import type { Db } from '../db/database.js';
import type { Rng } from './rng.js';

/** Fixed ids of the seeded demo world, documented in the README; examples and tests rely on them. */
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

/** What each resource's seeder receives. Seeders run in one transaction, in order. */
export interface SeedContext {
  db: Db;
  rng: Rng;
  /** The instant the seed treats as "now"; seeded dates are spread around it. */
  now: Date;
  /** How many mentors to create (default 500). */
  mentors: number;
}
