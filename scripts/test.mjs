#!/usr/bin/env node
// `npm test`: installs the npm dependencies if this is a fresh checkout, then runs every
// stage (scripts/test-stages.mjs: build, typecheck, unit, protocol, host, package, vsix, ui).
import { ensureDependencies } from './deps.mjs';

ensureDependencies();
await import('./test-stages.mjs');
