// The HR sync's benchmark (#14): 10,000 members bulk-upserted over real HTTP in calls of 1,000
// (every 20th row also an internal mentor), timed; then the same rows again, which must change
// nothing. Run by bench.ts against its sandbox process; prints figures, asserts nothing.

/** What one bulk call answers (the contract's BulkUpsertMembersResult, the part read here). */
interface BulkSummary {
  summary: { created: number; updated: number; unchanged: number; failed: number };
}

const departments = ['Engineering', 'Sales', 'Finance', 'People', 'Design', 'Support'];

/** The i-th person of a made-up HR export, as a bulk row. */
function row(i: number): Record<string, unknown> {
  const base = {
    externalUserId: `bench-hris-${i}`,
    userName: `person.${i}`,
    displayName: `Person ${i}`,
    emails: [{ value: `person.${i}@acme.example`, primary: true }],
    title: i % 7 === 0 ? 'Engineering manager' : 'Engineer',
    department: departments[i % departments.length],
  };
  if (i % 20 !== 0) return base;
  return {
    ...base,
    mentor: {
      headline: `Mentor ${i}: planning, delegation and first hires`,
      timeZone: 'Europe/Madrid',
      skills: ['delegation', 'hiring'],
      helpsWith: ['leadership'],
      capacity: { max: 2 },
      availability: [{ day: (i % 5) + 1, start: '16:00', end: '18:00' }],
    },
  };
}

async function upsertAll(url: string, total: number, batch: number): Promise<{ seconds: number; totals: BulkSummary['summary']; failedCalls: number }> {
  const totals = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  let failedCalls = 0;
  const started = performance.now();
  for (let from = 0; from < total; from += batch) {
    const members = Array.from({ length: Math.min(batch, total - from) }, (_, k) => row(from + k));
    const res = await fetch(`${url}/v1/org/members/bulk`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk_test_acme', 'Content-Type': 'application/json' },
      body: JSON.stringify({ members }),
    });
    if (res.status !== 200) {
      failedCalls++;
      await res.arrayBuffer();
      continue;
    }
    const { summary } = (await res.json()) as BulkSummary;
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += summary[key];
  }
  return { seconds: (performance.now() - started) / 1000, totals, failedCalls };
}

/**
 * Bulk-upserts `total` members in calls of `batch` rows, then the same rows again, and prints
 * the time of each pass and what each changed.
 *
 * @example
 * ```ts
 * await benchBulkMembers('http://127.0.0.1:4010'); // 10,000 members, 10 calls of 1,000
 * ```
 */
export async function benchBulkMembers(url: string, total = 10_000, batch = 1_000): Promise<void> {
  const calls = Math.ceil(total / batch);
  const first = await upsertAll(url, total, batch);
  const again = await upsertAll(url, total, batch);
  const figures = (r: typeof first) =>
    `${r.seconds.toFixed(1)} s: created ${r.totals.created}, updated ${r.totals.updated}, unchanged ${r.totals.unchanged}, failed ${r.totals.failed}, non-200 calls ${r.failedCalls}`;
  console.log(`  bulk upsert of ${total} members (${calls} calls of ${batch}, every 20th a mentor): ${figures(first)}`);
  console.log(`  the same ${total} rows again: ${figures(again)}${again.totals.unchanged === total ? ' (nothing changed)' : ' (SOMETHING CHANGED)'}`);
}
