// The client's settings become the server's command line, and the
// extension starts `trustc lsp` through vscode-languageclient. `vscode`
// exists only inside the editor, so a stand-in records what is asked of it.
'use strict';

const assert = require('node:assert');
const Module = require('node:module');
const path = require('node:path');
const test = require('node:test');

const settings = new Map();
const started = [];
const vscode = {
  workspace: {
    getConfiguration: () => ({ get: (key) => settings.get(key) }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
    createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
  },
  window: { showErrorMessage: (message) => started.push({ error: message }) },
  commands: { registerCommand: () => ({ dispose() {} }) },
};
const languageClient = {
  LanguageClient: class {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, serverOptions, clientOptions });
    }
    async start() {
      if (this.serverOptions.run.command === 'missing-trustc') throw new Error('spawn missing-trustc ENOENT');
      started.push(this);
    }
    async stop() {}
  },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return languageClient;
  return load.call(this, request, ...rest);
};
const extension = require(path.join(__dirname, '..', 'src', 'extension.js'));

test('the default server is `trustc lsp` from PATH', () => {
  settings.clear();
  assert.deepStrictEqual(extension.serverCommand(vscode.workspace.getConfiguration()), {
    command: 'trustc',
    args: ['lsp'],
  });
});

test('the path, the date and the standard library are configurable', () => {
  settings.clear();
  settings.set('path', ' /opt/trustc/bin/trustc ');
  settings.set('asOf', '2026-11-22');
  settings.set('stdlib', '/opt/stdlib');
  assert.deepStrictEqual(extension.serverCommand(vscode.workspace.getConfiguration()), {
    command: '/opt/trustc/bin/trustc',
    args: ['lsp', '--as-of=2026-11-22', '--stdlib=/opt/stdlib'],
  });
});

test('activation starts the client for trust documents, on disk and untitled', async () => {
  settings.clear();
  started.length = 0;
  await extension.activate({ subscriptions: [] });
  assert.strictEqual(started.length, 1);
  assert.deepStrictEqual(started[0].serverOptions.run, { command: 'trustc', args: ['lsp'] });
  assert.deepStrictEqual(started[0].clientOptions.documentSelector.map((s) => s.scheme), ['file', 'untitled']);
  assert.ok(started[0].clientOptions.documentSelector.every((s) => s.language === 'trust'));
  assert.strictEqual(started[0].clientOptions.synchronize.fileEvents.glob, '**/{*.trust,trustc.json}');
  await extension.deactivate();
});

test('a server that cannot start is reported, naming the setting', async () => {
  settings.clear();
  settings.set('path', 'missing-trustc');
  started.length = 0;
  await extension.activate({ subscriptions: [] });
  assert.match(started[0].error, /cannot start the language server `missing-trustc lsp`.*trustc\.path/);
});
