import { css } from 'lit';
import { wrapRow } from '../styles/layout.js';

/**
 * The room widget's conversation (room-chat.ts): the log, the messages (own, theirs, failed),
 * the "New messages" line and the composer. After the widget's own styles, so they read its
 * private tokens (`--_own-bg`, `--_log-h`…).
 *
 * @example `static styles = [baseStyles, controlStyles, styles, chatStyles];`
 */
export const chatStyles = css`
  [part~='log'] {
    display: flex;
    flex-direction: column;
    gap: var(--_s2);
    block-size: var(--_log-h);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_s2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .earlier {
    align-self: center;
  }
  .message {
    display: grid;
    gap: 2px;
    max-inline-size: min(85%, 36rem);
    padding: var(--_s2) var(--_s3);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .message.own {
    align-self: flex-end;
    background: var(--_own-bg);
    color: var(--_on-own);
    border-end-end-radius: 4px;
  }
  .message.theirs {
    align-self: flex-start;
    background: var(--_theirs-bg);
    border-end-start-radius: 4px;
  }
  .message.failed {
    border: 1px dashed var(--_danger);
  }
  .meta {
    ${wrapRow}
    gap: var(--_s2);
    font-size: var(--_small);
  }
  .author {
    font-weight: 600;
  }
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .state {
    font-size: var(--_small);
    font-style: italic;
  }
  [part~='unread-divider'] {
    display: flex;
    align-items: center;
    gap: var(--_s2);
    color: var(--_danger);
    font-size: var(--_small);
    font-weight: 700;
  }
  [part~='unread-divider']::before,
  [part~='unread-divider']::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid currentColor;
  }
  [part~='composer'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_s1) var(--_s2);
    align-items: end;
  }
  .hint {
    grid-column: 1 / -1;
  }

  /* Narrow sidebars: the composer's button goes under the text. */
  @container (max-width: 360px) {
    [part~='composer'] {
      grid-template-columns: 1fr;
    }
    .message {
      max-inline-size: 95%;
    }
  }
  @media (forced-colors: active) {
    .message {
      border: 1px solid CanvasText;
    }
  }
`;
