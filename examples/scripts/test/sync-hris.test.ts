// sync-hris.ts against a real sandbox process: a dry run writes nothing, --apply writes, the same
// file again changes nothing, an edited file shows each changed field, and refused rows name their
// line and the API's JSON pointer.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Menteo } from '@menteo/sdk';
import { type SandboxProcess, startSandboxProcess } from '../../../test/support/sandbox-process.js';
import { runScript } from './helpers.js';

describe('sync-hris', () => {
  let sandbox: SandboxProcess;
  let admin: Menteo;
  let dir: string;
  const env = () => ({ MENTEO_BASE_URL: sandbox.url, MENTEO_SECRET_KEY: sandbox.keys.acmeSecret });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const member = async (externalUserId: string) => (await admin.admin.members.list({ externalUserId })).data[0];

  before(async () => {
    sandbox = await startSandboxProcess();
    admin = new Menteo({ secretKey: sandbox.keys.acmeSecret, baseUrl: sandbox.url });
    dir = mkdtempSync(join(tmpdir(), 'menteo-hris-'));
  });
  after(async () => {
    await sandbox.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const header = 'externalId,userName,givenName,familyName,emails,title,department,active,mentor,mentorHeadline,mentorTimeZone,mentorCapacity\n';
  const good =
    'H-1,sam.lee,Sam,Lee,sam.lee@acme.example,Engineer,Platform,true,,,,\n' +
    'H-2,rosa.diaz,Rosa,Díaz,rosa@acme.example;rosa.diaz@acme.example,"Director, Engineering",Platform,yes,true,First-time managers welcome,Europe/Madrid,3\n' +
    'H-3,ana.r,Ana,Ruiz,ana@acme.example,Designer,Brand,1,,,,\n';

  it('dry run: says what would change, writes nothing, and names refused rows by line and pointer', async () => {
    const path = file(
      'dry.csv',
      `${header}${good}H-4,x,X,Y,x@acme.example,,,maybe,,,,\nH-5,mars,Mo,Rover,mo@acme.example,,,true,true,Rover,Mars/Olympus,2\n,nobody,No,Id,,,,,,,,\n`,
    );
    const run = await runScript('sync-hris.ts', [path], env());
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^would be created:\n {2}\+ H-1 \(Sam Lee\)\n {2}\+ H-2 \(Rosa Díaz\), mentor\n {2}\+ H-3 \(Ana Ruiz\)\n/);
    assert.match(run.stdout, /^ {2}line 5: active: "maybe" is not true or false$/m);
    assert.match(run.stdout, /^ {2}line 6 H-5: \/mentor\/timeZone: .+$/m);
    assert.match(run.stdout, /^ {2}line 7: externalId: missing$/m);
    assert.match(run.stdout, /6 row\(s\): 3 would be created, 0 would be updated, 0 would be deactivated, 0 unchanged, 3 refused\n$/);
    assert.match(run.stderr, /dry run, nothing was written/);
    for (const id of ['H-1', 'H-2', 'H-3']) assert.equal(await member(id), undefined, `${id} was written by a dry run`);
  });

  it('--apply writes; the same file again changes nothing', async () => {
    const path = file('good.csv', header + good);
    const first = await runScript('sync-hris.ts', [path, '--apply'], env());
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /3 row\(s\): 3 created, 0 updated, 0 deactivated, 0 unchanged, 0 refused/);
    const rosa = await member('H-2');
    assert.equal(rosa?.displayName, 'Rosa Díaz');
    assert.equal(rosa?.title, 'Director, Engineering');
    assert.deepEqual(rosa?.emails, [
      { value: 'rosa@acme.example', primary: true },
      { value: 'rosa.diaz@acme.example', primary: false },
    ]);
    const mentor = await admin.admin.mentors.retrieve(rosa!.mentorId!);
    assert.equal(mentor.visibility, 'internal');
    assert.equal(mentor.capacity.max, 3);
    const updatedAt = rosa!.updatedAt;

    const again = await runScript('sync-hris.ts', [path, '--apply'], env());
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, '3 row(s): 0 created, 0 updated, 0 deactivated, 3 unchanged, 0 refused\n');
    assert.equal((await member('H-2'))?.updatedAt, updatedAt);
  });

  it('an edited export: each changed field, before and after; active=false is a deactivation', async () => {
    const edited = header + good.replace('Engineer,Platform', 'Staff engineer,SRE').replace('Designer,Brand,1', 'Designer,Brand,false').replace(',3\n', ',4\n');
    const path = file('edited.csv', edited);
    const dry = await runScript('sync-hris.ts', [path], env());
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(
      dry.stdout,
      'would be updated:\n' +
        '  ~ H-1 (Sam Lee)\n    title: "Engineer" → "Staff engineer"\n    department: "Platform" → "SRE"\n' +
        '  ~ H-2 (Rosa Díaz)\n    mentor.capacity: {"max":3} → {"max":4}\n' +
        'would be deactivated:\n  - H-3 (Ana Ruiz)\n    active: true → false\n' +
        '3 row(s): 0 would be created, 2 would be updated, 1 would be deactivated, 0 unchanged, 0 refused\n',
    );
    assert.equal((await member('H-3'))?.active, true);

    const applied = await runScript('sync-hris.ts', [path, '--apply'], env());
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /0 created, 2 updated, 1 deactivated, 0 unchanged/);
    assert.equal((await member('H-1'))?.title, 'Staff engineer');
    assert.equal((await member('H-3'))?.active, false);
  });

  it('reads a SCIM-style JSON array, in chunks: a refused row in a later chunk names its own item', async () => {
    const people = [
      {
        externalId: 'J-1',
        userName: 'kim',
        name: { givenName: 'Kim', familyName: 'Park' },
        emails: [{ value: 'kim@acme.example', primary: true }],
        active: true,
      },
      { externalId: 'J-2', displayName: 'Lou Chen', emails: [{ value: 'lou@acme.example' }], title: 'PM' },
      { externalId: 'J-3', displayName: 'Bad Zone', mentor: true, mentorHeadline: 'Hi', mentorTimeZone: 'Nowhere/Else' },
      {
        externalId: 'J-4',
        displayName: 'Nested Mentor',
        mentor: { headline: 'Ask me about on-call', timeZone: 'Europe/Berlin', capacity: 2, visibility: 'public' },
      },
    ];
    const run = await runScript('sync-hris.ts', [file('people.json', JSON.stringify(people)), '--apply', '--chunk-size', '2'], env());
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^created:\n {2}\+ J-1 \(Kim Park\)\n {2}\+ J-2 \(Lou Chen\)\n {2}\+ J-4 \(Nested Mentor\), mentor\n/);
    assert.match(run.stdout, /^refused:\n {2}item 2 J-3: \/mentor\/timeZone: .+$/m);
    assert.equal((await member('J-2'))?.emails[0]?.primary, true);
    assert.equal(await member('J-3'), undefined);
    const nested = await admin.admin.mentors.retrieve((await member('J-4'))!.mentorId!);
    assert.deepEqual([nested.headline, nested.timeZone, nested.capacity.max, nested.visibility], ['Ask me about on-call', 'Europe/Berlin', 2, 'public']);
  });

  it('sends more than 1,000 rows in chunks of 1,000 (one call of 1,001 would be a 413)', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => `C-${i},,Person,${i},,,Sales,true,,,,\n`).join('');
    const run = await runScript('sync-hris.ts', [file('many.csv', header + many), '--apply'], env());
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1001 row\(s\): 1001 created, 0 updated, 0 deactivated, 0 unchanged, 0 refused\n$/);
    assert.equal((await member('C-1000'))?.displayName, 'Person 1000');
  });

  it('refuses bad usage with exit code 2 and a line saying what to do', async () => {
    const path = file('one.csv', header + good);
    const noKey = await runScript('sync-hris.ts', [path], { MENTEO_BASE_URL: sandbox.url });
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /set MENTEO_SECRET_KEY/);
    const chunk = await runScript('sync-hris.ts', [path, '--chunk-size', '5000'], env());
    assert.equal(chunk.code, 2);
    assert.match(chunk.stderr, /--chunk-size must be a whole number from 1 to 1000/);
    const missing = await runScript('sync-hris.ts', [join(dir, 'nope.csv')], env());
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.csv/);
  });
});
