// Receive Menteo webhooks: MENTEO_WEBHOOK_SECRET=whsec_… PORT=3000 npx tsx webhook-handler.ts
// Verify the RAW body (re-serialized JSON no longer matches the signature); 400 = not from Menteo or
// too old, 500 = our bug (Menteo retries). A retried delivery keeps its webhook-id: dedupe on it.
import { createServer } from 'node:http';
import { Menteo, WebhookVerificationError } from '@menteo/sdk';

const secret = process.env.MENTEO_WEBHOOK_SECRET ?? '';
if (!secret.startsWith('whsec_')) {
  console.error('webhook-handler: set MENTEO_WEBHOOK_SECRET to your whsec_… signing secret.');
  process.exit(2);
}

const server = createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = []; // inside the try: a client that hangs up mid-body must not crash the server
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const event = await Menteo.webhooks.unwrap(Buffer.concat(chunks), req.headers, secret);
    if (event.type === 'thread.post.created') console.log(`new post ${event.data.id} in ${event.data.threadId}`);
    else if (event.type === 'room.updated') console.log(`room ${event.data.id} is now ${event.data.status}`);
    else console.log(`ignored ${event.type}`);
    res.writeHead(204).end();
  } catch (error) {
    console.log(`rejected: ${error instanceof WebhookVerificationError ? error.reason : error}`);
    res.writeHead(error instanceof WebhookVerificationError ? 400 : 500).end();
  }
});
server.listen(Number(process.env.PORT ?? 3000), () => console.log(`listening on http://127.0.0.1:${(server.address() as { port: number }).port}`));
