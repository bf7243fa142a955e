// Generated from src/room-widget/room-widget.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-room-widget>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/room-widget'`).
 *
 * @example `import { MenteoRoomWidget } from '@menteo/elements/room-widget';`
 */
import { MenteoRoomWidget } from './room-widget.js';

MenteoRoomWidget.define('menteo-room-widget');

export { MenteoRoomWidget };
