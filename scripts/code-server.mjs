// Shared helper: install code-server (real VS Code for the web) into a cache
// folder inside the repo, start it on loopback with nothing written to $HOME,
// and stop it (with its whole process group) again.
// See docs: ../shared/docs/testing-in-real-vscode.md (beside the repository) (install traps).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = path.join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALLED_MARKER = path.join(CACHE_DIR, '.installed');
// What @vscode/ripgrep (1.15.11, inside code-server 4.100.3) would download.
const RG_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RG_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const log = (...a) => console.log('[code-server]', ...a);

export class MissingSystemPackages extends Error {}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Fail fast, with the exact apt-get line, when a system package is missing. */
export function checkSystemPackages({ chromium = false, install = false } = {}) {
  const missing = [];
  if (chromium && !fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (install) {
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
    if (!which('rg')) missing.push('ripgrep');
    if (!which('make') || !which('g++')) missing.push('build-essential');
    if (!which('python3')) missing.push('python3');
  }
  if (missing.length) {
    throw new MissingSystemPackages(
      `Missing system packages: ${missing.join(', ')}. Install them with:\n\n` +
        `    apt-get update && apt-get install -y ${missing.join(' ')}\n`,
    );
  }
}

export function isCodeServerInstalled() {
  return fs.existsSync(INSTALLED_MARKER) && fs.existsSync(CODE_SERVER_BIN);
}

/** Install code-server into .vscode-test/code-server-VERSION (once). Returns the entry script. */
export function ensureCodeServer() {
  if (isCodeServerInstalled()) return CODE_SERVER_BIN;
  checkSystemPackages({ install: true });
  // One installer at a time (parallel `npm test` runs in one checkout): a lock folder.
  const lock = `${CACHE_DIR}.lock`;
  fs.mkdirSync(path.dirname(CACHE_DIR), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - fs.statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > 10 * 60_000) {
        fs.rmSync(lock, { recursive: true, force: true }); // stale
        continue;
      }
      log('another process is installing code-server; waiting...');
      spawnSync('sleep', ['2']);
      if (isCodeServerInstalled()) return CODE_SERVER_BIN;
    }
  }
  try {
    if (isCodeServerInstalled()) return CODE_SERVER_BIN;
    return installCodeServer();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function installCodeServer() {
  const t0 = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CACHE_DIR)} (once; ~1 min)...`);
  const staging = `${CACHE_DIR}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(
    path.join(staging, 'package.json'),
    JSON.stringify({ name: 'code-server-cache', private: true, description: 'test cache, not part of the extension' }, null, 2),
  );
  // Trap 3: @vscode/ripgrep downloads ripgrep from GitHub. Seed its cache with Debian's rg 13.0.0.
  const tmp = path.join(staging, '.tmp');
  const rgCache = path.join(tmp, RG_CACHE);
  const rgStage = path.join(tmp, 'rg-stage');
  fs.mkdirSync(rgCache, { recursive: true });
  fs.mkdirSync(rgStage, { recursive: true });
  fs.copyFileSync(which('rg'), path.join(rgStage, 'rg'));
  fs.chmodSync(path.join(rgStage, 'rg'), 0o755);
  execFileSync('tar', ['-czf', path.join(rgCache, RG_TARBALL), '-C', rgStage, 'rg']);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    // postinstall scripts (node-gyp, ...) write nothing to $HOME
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_STATE_HOME: path.join(tmp, 'xdg-state'),
    npm_config_yes: 'true', // trap 4: node-pty runs `npx node-gyp`
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    // node-gyp: use the local Node headers (no download) when they exist.
    ...(fs.existsSync(path.join(path.dirname(path.dirname(process.execPath)), 'include', 'node', 'node.h'))
      ? { npm_config_nodedir: path.dirname(path.dirname(process.execPath)) }
      : {}),
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(
    npm,
    ['install', `code-server@${CODE_SERVER_VERSION}`, '--unsafe-perm', '--foreground-scripts', '--no-fund', '--no-audit', '--loglevel=error'],
    { cwd: staging, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
    fs.writeFileSync(path.join(ROOT, '.vscode-test', 'code-server-install.log'), out);
    let hint = '';
    if (/gssapi/.test(out)) hint = '\nHint: apt-get install -y libkrb5-dev';
    else if (/ripgrep/i.test(out)) hint = '\nHint: apt-get install -y ripgrep';
    throw new Error(
      `code-server install failed (exit ${r.status}); full log in .vscode-test/code-server-install.log\n` +
        out.split('\n').slice(-40).join('\n') + hint,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  fs.renameSync(staging, CACHE_DIR);
  fs.writeFileSync(INSTALLED_MARKER, new Date().toISOString() + '\n');
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return CODE_SERVER_BIN;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'editor.hover.delay': 150,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

// --- process bookkeeping: never leave a server running -------------------
const live = new Set();
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const s of live) {
      killGroup(s.child, 'SIGKILL');
      if (!s.keepTemp) removeTemp(s.tmp);
    }
  });
  // A signal would end the process without 'exit' handlers: stop the servers, then exit.
  // A second signal exits at once (the 'exit' handler still kills the servers and removes temp folders).
  let signalled = false;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, async () => {
      const code = sig === 'SIGINT' ? 130 : 143;
      if (signalled) process.exit(code);
      signalled = true;
      await Promise.allSettled([...live].map((s) => s.stop()));
      process.exit(code);
    });
  }
}

/**
 * Start code-server on 127.0.0.1:<free port>.
 * @param {object} o
 * @param {string[]} [o.installExtensions] .vsix files to install before starting
 * @param {object} [o.settings] extra user settings
 * @param {object} [o.env] extra environment for the server (and so for the extension host)
 * @param {boolean} [o.quiet] do not echo the server's output (it is kept in o.tmp/code-server.log)
 * @param {boolean} [o.keepTemp] keep the temp folder (settings, logs) after stop()
 * @param {number} [o.port] port to listen on (default: a free one)
 * @returns {Promise<{port:number,url:string,tmp:string,workspaceRoot:string,child:any,stop:()=>Promise<void>,devPayloadUrl:Function,folderUrl:Function}>}
 */
export async function startCodeServer({ installExtensions = [], settings = {}, env: extraEnv = {}, quiet = true, keepTemp = false, port: wantedPort } = {}) {
  const entry = ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-cs-'));
  const dirs = {
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    xdgConfig: path.join(tmp, 'xdg', 'config'),
    xdgData: path.join(tmp, 'xdg', 'data'),
    xdgCache: path.join(tmp, 'xdg', 'cache'),
    xdgState: path.join(tmp, 'xdg', 'state'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    TMPDIR: tmp,
    ...extraEnv,
  };
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI', 'PASSWORD', 'HASHED_PASSWORD']) delete env[k];
  const common = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData];
  for (const vsix of installExtensions) {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [entry, ...common, '--install-extension', path.resolve(vsix), '--force'], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0 || /fail|error/i.test(r.stderr ?? '')) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    log(`installed ${path.basename(vsix)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const port = wantedPort ? Number(wantedPort) : await freePort();
  const logFile = path.join(tmp, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...common,
    ],
    { env, detached: true /* setsid: own process group */, stdio: ['ignore', quiet ? logFd : 'inherit', quiet ? logFd : 'inherit'] },
  );
  fs.closeSync(logFd);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, sig) => resolve((exited = { code, sig }))));
  const url = `http://127.0.0.1:${port}`;
  const server = {
    port,
    url,
    tmp,
    child,
    dirs,
    logFile,
    keepTemp,
    /** URL opening `folder` in the workbench, optionally with an extension dev folder and a tests module. */
    folderUrl(folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      let u = `${url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
      if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    stopping: false,
    async stop() {
      server.stopping = true;
      if (!live.has(server)) return;
      live.delete(server);
      if (!exited) {
        killGroup(child, 'SIGTERM');
        const t = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
        await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 6000))]);
        clearTimeout(t);
      }
      killGroup(child, 'SIGKILL'); // stragglers (file watchers, extension host)
      if (!keepTemp) removeTemp(tmp);
    },
  };
  live.add(server);
  // Wait for /healthz.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      const out = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
      await server.stop();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${out}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

hookExit();

// Temp folders removed at exit at the latest (also on Ctrl-C and on failures).
const tempDirs = new Set();
export function removeTemp(dir) {
  tempDirs.delete(dir);
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    /* best effort */
  }
}
process.on('exit', () => {
  for (const d of [...tempDirs]) removeTemp(d);
});

/** Copy a folder (e.g. samples/) into a fresh temp folder; returns the copy's path (removed at exit). */
export function tempCopy(src, prefix = 'discourse-lens-ws-') {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(parent);
  const dst = path.join(parent, path.basename(src));
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}

// CLI: `node scripts/code-server.mjs install` pre-installs the cache.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cmd = process.argv[2] ?? 'install';
  try {
    if (cmd === 'install') {
      ensureCodeServer();
      log('ready:', path.relative(ROOT, CODE_SERVER_BIN));
    } else {
      console.error('usage: node scripts/code-server.mjs install');
      process.exit(2);
    }
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
