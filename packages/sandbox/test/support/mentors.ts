import type { Db } from '../../src/db/database.js';
import { insertMentor, type NewMentor } from '../../src/resources/mentors/store.js';
import { insertUser } from '../../src/users.js';

/**
 * Inserts a plain test mentor (and the person behind it) with the given fields over
 * neutral defaults; returns its id. Ids are `men_<tag>N` / `usr_<tag>N`.
 */
export function insertTestMentor(db: Db, tag: string, n: number, now: Date, fields: Partial<NewMentor> = {}): string {
  const userId = `usr_${tag}${n}`;
  const id = `men_${tag}${n}`;
  const name = fields.name ?? `Test Mentor ${n}`;
  insertUser(db, { id: userId, orgId: fields.orgId ?? null, name, createdAt: now.toISOString() });
  insertMentor(db, {
    id,
    userId,
    orgId: null,
    name,
    headline: 'Test headline',
    bio: 'Test bio.',
    avatarUrl: null,
    title: 'Engineering Manager',
    company: 'Test Company',
    skills: ['hiring'],
    industries: ['saas'],
    languages: ['en'],
    seniority: 'senior',
    yearsExperience: 8,
    timezone: 'Europe/Berlin',
    country: 'DE',
    mentoringStyle: 'directive',
    helpsWith: ['leadership'],
    offerings: [{ kind: 'intro_call', priceModel: 'free', price: null, durationMinutes: 20 }],
    capacityMax: 3,
    acceptingRequests: true,
    ratingAvg: null,
    reviewCount: 0,
    sessionsCompleted: 0,
    medianResponseHours: null,
    weeklyAvailability: [],
    nextAvailableAt: null,
    createdAt: now.toISOString(),
    ...fields,
  });
  return id;
}
