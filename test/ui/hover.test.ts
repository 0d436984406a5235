import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workbench, selectors } from './workbench';

describe('UI: hover in the workbench', function () {
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open();
  });
  after(async () => {
    await wb?.close();
  });

  it('shows the counts of a word when hovering it', async () => {
    const file = 'The first step.txt';
    const word = 'Donbas';
    const count = (fs.readFileSync(path.join(wb.workspace, file), 'utf8').match(new RegExp(`\\b${word}\\b`, 'g')) ?? []).length;
    await wb.openFile(file);
    const text = await wb.hover(word, new RegExp(`\\b${count}\\b`));
    assert.ok(text.includes(word), `hover should name "${word}": ${text}`);
    assert.ok(await wb.page.locator(selectors.hover).first().isVisible());
    await wb.screenshot('hover');
  });
});
