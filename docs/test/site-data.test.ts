// The playground's form controls, as made from the manifest's attribute types.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeControl, playgroundTags, siteData } from '../scripts/site-data.js';
import { demos } from '../scripts/build.js';

describe('playground controls from the manifest', () => {
  it('makes a checkbox, a number field, a select or a text field from the attribute type', () => {
    const kind = (text: string) => attributeControl({ name: 'x', type: { text } });
    assert.equal(kind('boolean').kind, 'boolean');
    assert.equal(kind('number').kind, 'number');
    assert.equal(kind('number | undefined').kind, 'number');
    assert.deepEqual([kind("'compact' | 'full'").kind, kind("'compact' | 'full'").options], ['enum', ['compact', 'full']]);
    // An attribute that may be unset gets an empty first choice.
    assert.deepEqual(kind("'light' | 'dark' | 'auto' | undefined").options, ['', 'light', 'dark', 'auto']);
    assert.equal(kind('string | undefined').kind, 'text');
    // A union with a non-literal member is free text, not a select that would hide values.
    assert.equal(kind("'a' | string").kind, 'text');
  });

  it('gives the card and the feed a playground of their attributes and tokens, leaving the API origin and key alone', () => {
    const { elements } = siteData(demos, { roomId: 'room_sitedata' });
    for (const tag of playgroundTags) {
      const element = elements.find((e) => e.tagName === tag);
      assert.ok(element?.playground, tag);
      const names = element.playground.attributes.map((a) => a.name);
      assert.ok(!names.includes('base-url') && !names.includes('publishable-key'), names.join());
      assert.ok(names.includes('theme'), names.join());
      for (const p of element.cssProperties ?? [])
        assert.ok(
          element.playground.tokens.some((t) => t.property === p.name && t.group === 'component'),
          p.name,
        );
      assert.ok(element.playground.tokens.some((t) => t.property === '--menteo-color-primary' && t.group === 'system'));
    }
    assert.equal(elements.find((e) => e.tagName === 'menteo-room-widget')?.playground, undefined);
  });
});
