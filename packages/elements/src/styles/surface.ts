// An element's surface, drawn from its tokens: in a module of its own, apart from tokens.ts,
// because rollup places code by module and every element imports tokens.ts; the mentor card,
// which draws no surface, would otherwise load these in the CDN build's shared chunk.
import { unsafeCSS, type CSSResult } from 'lit';
import { token, type TokenName } from './tokens.js';

/**
 * The private tokens of an element's surface, each over its public component token
 * (`--menteo-<name>-background`, `-color`, `-muted-color`, `-border-color`, `-radius`,
 * `-padding`) over the system token: `--_bg`, `--_fg`, `--_muted`, `--_border`, `--_radius`,
 * `--_pad` — and the host's layout: a block, and a size container for its own `@container`
 * rules. Declarations, to put in a `:host` rule.
 *
 * @example css`:host { ${surfaceTokens('card')} --_gap: ${token('space-3')}; }`
 */
export const surfaceTokens = (name: string, padding: TokenName = 'space-4'): CSSResult =>
  unsafeCSS(
    `${(
      [
        ['bg', 'background', 'color-surface'],
        ['fg', 'color', 'color-on-surface'],
        ['muted', 'muted-color', 'color-on-surface-muted'],
        ['border', 'border-color', 'color-outline'],
        ['radius', 'radius', 'radius'],
        ['pad', 'padding', padding],
      ] as const
    )
      .map(([own, component, system]) => `--_${own}:var(--menteo-${name}-${component}, ${token(system)});`)
      .join('')}display:block;container-type:inline-size;`,
  );

/**
 * A surface drawn from its tokens (see `surfaceTokens`): padding, background, text color, border
 * and radius, without a display, so that a `<dialog>` keeps hiding while it is closed.
 * Declarations, for an element's box (`surfaceBox`) and for its dialogs.
 *
 * @example css`dialog { ${surfacePaint} max-inline-size: 28rem; }`
 */
export const surfacePaint = /* @__PURE__ */ unsafeCSS(
  'padding:var(--_pad);background:var(--_bg);color:var(--_fg);border:1px solid var(--_border);border-radius:var(--_radius);',
);

/**
 * An element's box, drawn from its surface tokens (see `surfaceTokens`): a grid of its sections
 * (the element sets the gap), padding, background, text color, border and radius.
 * Declarations, to put in its `base` part's rule.
 *
 * @example css`[part~='base'] { ${surfaceBox} gap: ${token('space-4')}; box-shadow: ${token('shadow')}; }`
 */
// surfacePaint's declarations written out again: a fragment built from another is a call a
// bundler must keep, and the mentor card, which uses neither, would carry both.
export const surfaceBox = /* @__PURE__ */ unsafeCSS(
  'display:grid;padding:var(--_pad);background:var(--_bg);color:var(--_fg);border:1px solid var(--_border);border-radius:var(--_radius);',
);
