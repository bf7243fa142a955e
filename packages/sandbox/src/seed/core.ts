import { prepared } from '../db/database.js';
import { insertUser } from '../users.js';
import { demo } from '../demo.js';
import type { SeedContext } from '../seed-context.js';

/** Organizations, their keys and the three demo people every example signs in as. */
export function seedCore(ctx: SeedContext): void {
  const { db } = ctx;
  const created = new Date(ctx.now.getTime() - 400 * 86_400_000).toISOString();
  const org = prepared(db, 'INSERT INTO organizations (id, name, allowed_origins, created_at) VALUES (?, ?, ?, ?)');
  org.run(demo.orgs.demo, 'Demo Company', JSON.stringify([]), created);
  org.run(demo.orgs.acme, 'Acme Corporation', JSON.stringify(['https://intranet.acme.example']), created);

  const key = prepared(db, 'INSERT INTO api_keys (key, org_id, kind, mode, created_at) VALUES (?, ?, ?, ?, ?)');
  key.run(demo.keys.demoPublishable, demo.orgs.demo, 'publishable', 'test', created);
  key.run(demo.keys.demoSecret, demo.orgs.demo, 'secret', 'test', created);
  key.run(demo.keys.acmePublishable, demo.orgs.acme, 'publishable', 'test', created);
  key.run(demo.keys.acmeSecret, demo.orgs.acme, 'secret', 'test', created);

  insertUser(db, {
    id: demo.users.mentee.id,
    orgId: demo.users.mentee.orgId,
    externalId: demo.users.mentee.externalId,
    email: 'priya.raman@demo.example',
    name: 'Priya Raman',
    headline: 'Tech lead, payments platform',
    createdAt: created,
  });
  insertUser(db, {
    id: demo.users.mentor.id,
    orgId: demo.users.mentor.orgId,
    externalId: demo.users.mentor.externalId,
    email: 'daniel.okafor@demo.example',
    name: 'Daniel Okafor',
    headline: 'Engineering manager, developer platform',
    createdAt: created,
  });
  insertUser(db, {
    id: demo.users.acmeEmployee.id,
    orgId: demo.users.acmeEmployee.orgId,
    externalId: demo.users.acmeEmployee.externalId,
    email: 'sam.lindqvist@acme.example',
    name: 'Sam Lindqvist',
    headline: 'Product designer',
    createdAt: created,
  });
}
