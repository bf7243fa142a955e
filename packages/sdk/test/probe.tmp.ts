import { inspect } from 'node:util';
const req = new Request('http://x/y', { headers: { Authorization: 'Bearer sk_test_demo' } });
const e = new Error('outer', { cause: Object.assign(new Error('inner'), { request: req }) });
console.log(inspect(e, { depth: 5 }).includes('sk_test_demo'));
console.log(JSON.stringify(e));
