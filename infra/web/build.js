#!/usr/bin/env node
// Bundles the web page's graph library from the pinned npm package into the page's resources:
//   node build.js OUT_DIR
// writes OUT_DIR/cytoscape.min.js and OUT_DIR/cytoscape-LICENSE.txt (MIT). Installs its dependencies with
// `npm ci` (log in npm-ci.log) when they are missing, and does nothing when the outputs are up to date.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const here = __dirname;
const outDir = path.resolve(process.argv[2] || path.join(here, 'out'));
const library = path.join(here, 'node_modules', 'cytoscape');
const outputs = { 'cytoscape.min.js': path.join('dist', 'cytoscape.min.js'), 'cytoscape-LICENSE.txt': 'LICENSE' };

function mtime(file) {
  try { return fs.statSync(file).mtimeMs; } catch (e) { return -1; }
}

function upToDate() {
  const built = Math.min(...Object.keys(outputs).map(name => mtime(path.join(outDir, name))));
  return built > 0 && [__filename, path.join(here, 'package-lock.json')].every(f => mtime(f) <= built);
}

function installed() {
  const lock = path.join(here, 'node_modules', '.package-lock.json');
  return mtime(lock) >= mtime(path.join(here, 'package-lock.json'))
    && fs.existsSync(path.join(library, 'dist', 'cytoscape.min.js'));
}

function install() {
  const log = fs.openSync(path.join(here, 'npm-ci.log'), 'w');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: here, stdio: ['ignore', log, log] });
  } finally {
    fs.closeSync(log);
  }
}

if (!upToDate()) {
  if (!installed()) install();
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, source] of Object.entries(outputs)) {
    fs.copyFileSync(path.join(library, source), path.join(outDir, name));
  }
}
