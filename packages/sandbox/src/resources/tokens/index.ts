import type { HandlerContext, HandlerMap, OperationId } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { createPersonalToken, listPersonalTokens, revokePersonalToken } from './personal-tokens.js';

type TokenOperationId = 'listPersonalAccessTokens' | 'createPersonalAccessToken' | 'revokePersonalAccessToken';

/** The signed-in person; a personal access token never reaches these (no scope covers them). */
function ownerOf<K extends OperationId>(ctx: HandlerContext<K>): { userId: string; orgId: string } {
  if (ctx.principal.kind !== 'user') throw problem.forbidden('This operation needs a user token.');
  return { userId: ctx.principal.userId, orgId: ctx.principal.orgId };
}

/** A person's own personal access tokens (#14): created, listed and revoked by the person signed in. */
export const tokensHandlers: HandlerMap<TokenOperationId> = {
  listPersonalAccessTokens(ctx) {
    return { status: 200, body: listPersonalTokens(ctx.db, ownerOf(ctx).userId, ctx.query) };
  },

  createPersonalAccessToken(ctx) {
    return { status: 201, body: createPersonalToken(ctx.db, ownerOf(ctx), ctx.body, ctx.now) };
  },

  revokePersonalAccessToken(ctx) {
    revokePersonalToken(ctx.db, ownerOf(ctx).userId, ctx.params.tokenId, ctx.now);
    return { status: 204, body: undefined };
  },
};
