/** protocol.ts against the manifest: the client's commands are contributed, method names are unique. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as protocol from '../../server/src/protocol';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));

describe('protocol', () => {
  it('every command the VS Code client registers for the server or itself is contributed in package.json', () => {
    for (const id of [...Object.values(protocol.ClientCommand), ...Object.values(protocol.EditorCommand)]) assert.ok(contributed.has(id), id);
  });

  it('every contributed command is one protocol.ts names (client, editor or server command)', () => {
    const known = new Set<string>([...Object.values(protocol.ClientCommand), ...Object.values(protocol.EditorCommand), ...Object.values(protocol.ServerCommand)]);
    for (const id of contributed) assert.ok(known.has(id), id);
  });

  it('each custom request and notification has its own method name under discourseLens/', () => {
    const methods = Object.values(protocol).flatMap((v) => (v && typeof v === 'object' && 'method' in v ? [(v as { method: string }).method] : []));
    assert.ok(methods.length >= 18, `${methods.length} message types`);
    assert.strictEqual(new Set(methods).size, methods.length);
    for (const m of methods) assert.match(m, /^discourseLens\/[a-zA-Z]+$/);
  });
});
