/** Escaping for the webview pages (client/src/panels/escape.ts): article text never gets out as markup. */
import * as assert from 'assert';
import { escapeHtml, jsonInScript } from '../../client/src/panels/escape';

describe('webview page escaping', () => {
  it('escapes markup, quotes and backticks in HTML', () => {
    assert.strictEqual(escapeHtml(`<img src=x onerror="alert('1')">&\``), '&#60;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&#62;&#38;&#96;');
    assert.strictEqual(escapeHtml('Lavrov and Kerry'), 'Lavrov and Kerry');
  });

  it('embeds state as JSON that no text can end early, and that parses back to the same value', () => {
    const state = { label: '</script><script>alert(1)</script>', note: '<!-- x', sep: 'a\u2028b\u2029c' };
    const json = jsonInScript(state);
    assert.ok(!json.includes('<') && !json.includes('\u2028') && !json.includes('\u2029'), json);
    assert.deepStrictEqual(JSON.parse(json), state);
    assert.strictEqual(jsonInScript(undefined), 'null');
  });
});
