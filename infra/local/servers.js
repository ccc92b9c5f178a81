#!/usr/bin/env node
// Starts open-source local stand-ins for AWS services on free loopback ports, for ./parley and the tests.
//
//   node servers.js dynamodb[=DIR] [s3=DIR]
//
// dynamodb: dynalite (in memory, or persisted under DIR); s3: s3rver storing objects under DIR.
// Prints one JSON line with the ports, e.g. {"dynamodb":41234,"s3":41235}, then serves until its
// standard input closes (so a parent that dies never leaves it behind) or it gets SIGTERM/SIGINT.
'use strict';

const dynalite = require('dynalite');
const S3rver = require('s3rver');

const HOST = '127.0.0.1';

function parseArgs(argv) {
  const wanted = {};
  for (const arg of argv) {
    const [name, value] = arg.split('=', 2);
    if (name !== 'dynamodb' && name !== 's3') {
      throw new Error(`unknown server "${name}" (expected dynamodb or s3)`);
    }
    wanted[name] = value || null;
  }
  return wanted;
}

function startDynamo(dir) {
  const options = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
  if (dir) options.path = dir;
  const server = dynalite(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve({ port: server.address().port, close: () => server.close() }));
  });
}

async function startS3(dir) {
  const server = new S3rver({ address: HOST, port: 0, silent: true, directory: dir, allowMismatchedSignatures: true });
  const address = await server.run();
  return { port: address.port, close: () => server.close() };
}

async function main() {
  const wanted = parseArgs(process.argv.slice(2));
  const running = {};
  if ('dynamodb' in wanted) running.dynamodb = await startDynamo(wanted.dynamodb);
  if ('s3' in wanted) running.s3 = await startS3(wanted.s3 || require('os').tmpdir() + '/parley-s3-' + process.pid);
  const ports = Object.fromEntries(Object.entries(running).map(([k, v]) => [k, v.port]));
  process.stdout.write(JSON.stringify(ports) + '\n');
  const stop = () => {
    Object.values(running).forEach((server) => server.close());
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`parley local servers: ${err.message}\n`);
  process.exit(1);
});
