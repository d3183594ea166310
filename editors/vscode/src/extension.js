// The language client: starts `trustc lsp` (the executable is configurable)
// for trustc manifests and restarts it when the settings change.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** The command line of the server, from the `trustc.*` settings. */
function serverCommand(config) {
  const command = (config.get('path') || 'trustc').trim() || 'trustc';
  const args = ['lsp'];
  const asOf = (config.get('asOf') || '').trim();
  if (asOf) args.push(`--as-of=${asOf}`);
  const stdlib = (config.get('stdlib') || '').trim();
  if (stdlib) args.push(`--stdlib=${stdlib}`);
  return { command, args };
}

function createClient() {
  const { command, args } = serverCommand(vscode.workspace.getConfiguration('trustc'));
  const run = { command, args };
  return new LanguageClient(
    'trustc',
    'trustc',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'trust' },
        { scheme: 'untitled', language: 'trust' },
      ],
      // Manifests changed outside the editor are analysed again.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.trust,trustc.json}') },
    },
  );
}

let client;

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const { command } = serverCommand(vscode.workspace.getConfiguration('trustc'));
    vscode.window.showErrorMessage(
      `trustc: cannot start the language server \`${command} lsp\` (${error.message || error}). ` +
        'Install trustc or set `trustc.path`.',
    );
  }
}

async function restart() {
  if (client) {
    const old = client;
    client = undefined;
    await old.stop().catch(() => {});
  }
  await start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('trustc.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (['trustc.path', 'trustc.asOf', 'trustc.stdlib'].some((s) => event.affectsConfiguration(s))) restart();
    }),
  );
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverCommand };
