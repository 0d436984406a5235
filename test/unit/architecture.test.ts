/**
 * The layout's rules, checked on the tree: the analysis core and the language features do no I/O
 * and know no editor or transport; the client and the page scripts reach the server's code only
 * through protocol.ts; no file names an absolute path of a machine; no source file is over 500 lines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

/** Repository-relative paths (with /) of the files under `dir` whose name ends with one of `endings`. */
function filesUnder(dir: string, endings: readonly string[]): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && endings.some((e) => d.name.endsWith(e)))
    .map((d) => path.relative(ROOT, path.join(d.parentPath ?? d.path, d.name)).split(path.sep).join('/'))
    .filter((f) => !/(^|\/)(out|node_modules)\//.test(f))
    .sort();
}

/** Every module a source file imports, requires or imports dynamically (type-only imports too). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Where a relative import of `file` leads, repository-relative; undefined for a package. */
function resolved(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
}

/**
 * Packages the core may not import: file system, processes, network, and the editor or the LSP
 * transport. The LSP data types (`vscode-languageserver-types`: plain objects, no connection) are
 * what the language service returns, as vscode-markdown-languageservice does.
 */
const IO_OR_TRANSPORT = /^(node:)?(fs|fs\/promises|path|os|child_process|worker_threads|cluster|net|tls|http|https|http2|dgram|dns|readline|process)$|^vscode$|^vscode-languageserver(\/.*)?$|^vscode-languageserver-protocol(\/.*)?$|^vscode-languageclient(\/.*)?$|^vscode-jsonrpc(\/.*)?$/;

/** Layers of server/src the core may not reach (the node I/O, the LSP layer, the command line, the entry points). */
const OUTER_LAYERS = /^server\/src\/(node|lsp|cli)(\/|$)|^server\/src\/(server|cli|worker)$/;

/** An absolute path of some machine in a string or a command: a home, the work or temp folders, a drive. */
const MACHINE_PATH = /(?:^|[\s'"`(=:])((?:\/(?:work|home|Users|root|tmp|mnt)\/[\w.@-]+)|(?:[A-Za-z]:\\\\?(?:Users|work)\\))/m;

const MAX_LINES = 500;

function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

describe('architecture', () => {
  const core = [...filesUnder('server/src/analysis', ['.ts']), ...filesUnder('server/src/languageFeatures', ['.ts'])];

  it('finds the sources it checks', () => {
    assert.ok(core.length > 100, `${core.length} core files`);
    assert.ok(filesUnder('client/src', ['.ts']).length > 10);
    assert.ok(filesUnder('media/pageScripts', ['.ts']).length >= 3);
  });

  it('the checks catch what they are for', () => {
    assert.deepStrictEqual(
      importsOf("import type { X } from 'vscode';\nimport * as fs from 'node:fs';\nconst p = require('path');\nexport { y } from '../lsp/server';\nvoid import('os');").filter((m) => IO_OR_TRANSPORT.test(m)),
      ['vscode', 'node:fs', 'path', 'os'],
    );
    assert.ok(!IO_OR_TRANSPORT.test('vscode-languageserver-types') && IO_OR_TRANSPORT.test('vscode-languageserver/node'));
    assert.ok(OUTER_LAYERS.test(resolved('server/src/analysis/models.ts', '../node/modelFiles')!));
    assert.ok(MACHINE_PATH.test("const dir = '" + '/ho' + "me/me/corpus';") && !MACHINE_PATH.test("path.join(ROOT, '..', 'shared')"));
  });

  it('the analysis core and the language features import no file system, process, editor or LSP transport', () => {
    const found = core.flatMap((f) => importsOf(read(f)).filter((m) => IO_OR_TRANSPORT.test(m)).map((m) => `${f}: ${m}`));
    assert.deepStrictEqual(found, []);
  });

  it('the analysis core and the language features import nothing from the node, LSP or command-line layers', () => {
    const found = core.flatMap((f) =>
      importsOf(read(f))
        .map((m) => resolved(f, m))
        .filter((target): target is string => !!target && OUTER_LAYERS.test(target))
        .map((target) => `${f}: ${target}`),
    );
    assert.deepStrictEqual(found, []);
  });

  it('the analysis core does not import the language features or the protocol', () => {
    const found = filesUnder('server/src/analysis', ['.ts']).flatMap((f) =>
      importsOf(read(f))
        .map((m) => resolved(f, m))
        .filter((target): target is string => !!target && !target.startsWith('server/src/analysis/'))
        .map((target) => `${f}: ${target}`),
    );
    assert.deepStrictEqual(found, []);
  });

  it('the client and the page scripts reach the server only through protocol.ts', () => {
    // serverEnvironment: the variables the client starts the server process with (shared with the benchmark).
    const allowed = new Set(['server/src/protocol', 'server/src/node/serverEnvironment']);
    const found = [...filesUnder('client/src', ['.ts']), ...filesUnder('media/pageScripts', ['.ts'])].flatMap((f) =>
      importsOf(read(f))
        .map((m) => resolved(f, m))
        .filter((target): target is string => !!target && target.startsWith('server/') && !allowed.has(target))
        .map((target) => `${f}: ${target}`),
    );
    assert.deepStrictEqual(found, []);
  });

  it('no source, test, script or document names an absolute path of a machine (only ../shared beside the repository)', () => {
    const files = [
      ...['server/src', 'client/src', 'media/pageScripts', 'test', 'scripts', '.ci', 'docs'].flatMap((d) => filesUnder(d, ['.ts', '.mts', '.mjs', '.js', '.json', '.md', '.sh', '.txt', 'run'])),
      'package.json',
      'README.md',
    ];
    assert.ok(files.length > 200, `${files.length} files`);
    const found = files.flatMap((f) => {
      const m = MACHINE_PATH.exec(read(f));
      return m ? [`${f}: ${m[1]}`] : [];
    });
    assert.deepStrictEqual(found, []);
  });

  it(`no source file of the server, the client or the page scripts is longer than ${MAX_LINES} lines`, () => {
    const sources = [...filesUnder('server/src', ['.ts']), ...filesUnder('client/src', ['.ts']), ...filesUnder('media', ['.ts', '.css'])];
    const long = sources
      .map((f) => ({ f, lines: read(f).split('\n').length - (read(f).endsWith('\n') ? 1 : 0) }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.f}: ${x.lines} lines`);
    assert.deepStrictEqual(long, []);
  });
});
