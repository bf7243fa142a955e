// Generated from src/room-list/room-list.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-room-list>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/room-list'`).
 *
 * @example `import { MenteoRoomList } from '@menteo/elements/room-list';`
 */
import { MenteoRoomList } from './room-list.js';

MenteoRoomList.define('menteo-room-list');

export { MenteoRoomList };
