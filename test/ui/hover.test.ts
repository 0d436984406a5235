import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { selectors, useWorkbench } from './workbench';

describe('UI: hover in the workbench', () => {
  const wb = useWorkbench();

  it('shows the counts of a word when hovering it', async () => {
    const file = 'The first step.txt';
    const word = 'Donbas';
    const count = (fs.readFileSync(path.join(wb().workspace, file), 'utf8').match(new RegExp(`\\b${word}\\b`, 'g')) ?? []).length;
    await wb().openFile(file);
    const text = await wb().hover(word, new RegExp(`\\b${count}\\b`));
    assert.ok(text.includes(word), `hover should name "${word}": ${text}`);
    assert.ok(await wb().page.locator(selectors.hover).first().isVisible(), 'hover is not visible');
    await wb().screenshot('hover', undefined, { docs: 'screenshot-hover.png' });
  });
});
