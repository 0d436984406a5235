/**
 * The Discourse Lens language server, bundled as `server/out/serverMain.js`, which `server.js`
 * runs through a code cache (see node/codeCache.ts). The transport comes from the command line:
 * `--stdio` for any LSP client, `--node-ipc` when VS Code starts it.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { EditsBeforeRequests } from './lsp/documentSync';
import { startServer } from './lsp/server';
import { installShippedModels } from './node/modelFiles';

// Edits are applied before each request is dispatched (documentSync.ts), so answers match the text.
const beforeRequests = new EditsBeforeRequests();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: beforeRequests });
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${(e as Error)?.stack ?? e}`));
installShippedModels();
startServer(connection, beforeRequests);
