// The generated room-lifecycle module, as its importers (sandbox, SDK stores, room widget)
// see it: through the package's export, saying what the contract's x-menteo-lifecycle says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  roomActionsFor,
  roomExpiry,
  roomOperations,
  roomStatuses,
  roomStatusesAllowing,
  roomTransitions,
  sessionOperations,
  sessionStatuses,
  sessionTransitions,
  type RoomRole,
} from '@menteo/api/room-lifecycle';

const schemas = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8')).components.schemas;

describe('@menteo/api/room-lifecycle', () => {
  it('holds the statuses of the contract, in its order', () => {
    assert.deepEqual(roomStatuses, schemas.RoomStatus.enum);
    assert.deepEqual(sessionStatuses, schemas.SessionStatus.enum);
  });

  it('holds every move of x-menteo-lifecycle, with the optional fields filled in', () => {
    const room = schemas.RoomStatus['x-menteo-lifecycle'];
    assert.deepEqual(Object.keys(roomTransitions), Object.keys(room.actions));
    for (const [action, move] of Object.entries(roomTransitions)) {
      const { operationId, ...rest } = room.actions[action];
      assert.deepEqual(move, { reasonRequired: false, ...rest });
      assert.equal(roomOperations[action as keyof typeof roomOperations], operationId);
    }
    const session = schemas.SessionStatus['x-menteo-lifecycle'];
    assert.deepEqual(Object.keys(sessionTransitions), Object.keys(session.actions));
    for (const [action, move] of Object.entries(sessionTransitions)) {
      const { operationId, ...rest } = session.actions[action];
      assert.deepEqual(move, { started: null, ...rest });
      assert.equal(sessionOperations[action as keyof typeof sessionOperations], operationId);
    }
    assert.deepEqual(roomExpiry, room.expiry);
    assert.deepEqual(roomStatusesAllowing, room.allows);
  });

  it('tells which actions each status offers to each side', () => {
    const offered = roomStatuses.flatMap((status) =>
      (['mentor', 'mentee'] as RoomRole[]).map((role) => `${status}/${role}: ${roomActionsFor(status, role).join(' ')}`),
    );
    assert.deepEqual(offered, [
      'requested/mentor: accept decline',
      'requested/mentee: withdraw',
      'active/mentor: pause complete close',
      'active/mentee: pause complete close',
      'paused/mentor: resume',
      'paused/mentee: resume',
      'declined/mentor: ',
      'declined/mentee: ',
      'withdrawn/mentor: ',
      'withdrawn/mentee: ',
      'expired/mentor: ',
      'expired/mentee: ',
      'completed/mentor: ',
      'completed/mentee: ',
      'closed_early/mentor: ',
      'closed_early/mentee: ',
    ]);
  });
});
