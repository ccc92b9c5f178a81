#!/usr/bin/env node
// Starts open-source local stand-ins for AWS services on free loopback ports, for ./parley and the tests.
//
//   node servers.js dynamodb[=DIR] [s3=DIR] [s3events=DIR]
//
// dynamodb: dynalite (in memory, or persisted under DIR); s3: s3rver storing objects under DIR.
// s3events: the local stand-in for the deployed bucket notification (template.yaml: s3:ObjectCreated:* under
// incoming/ to the ingest queue): each such event of s3rver, an S3 event notification with its key URL-encoded
// as S3 encodes it, becomes one message file in DIR (written whole: a temporary name, then a rename), which
// `parley serve` consumes as the ingest function consumes the queue.
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
    if (name !== 'dynamodb' && name !== 's3' && name !== 's3events') {
      throw new Error(`unknown server "${name}" (expected dynamodb, s3 or s3events)`);
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

const INCOMING = 'incoming/';

async function startS3(dir, eventsDir) {
  const server = new S3rver({ address: HOST, port: 0, silent: true, directory: dir, allowMismatchedSignatures: true });
  decodeAwsChunked(server);
  if (eventsDir) relayEvents(server, eventsDir);
  const address = await server.run();
  return { port: address.port, close: () => server.close() };
}

// Clients send uploads in aws-chunked framing (the AWS SDKs sign each chunk over http; newer CLIs add checksum
// trailers). S3 strips the framing; s3rver 3.7.1 would store it as the object's bytes. This middleware, first in
// s3rver's chain, hands s3rver the decoded body and the headers S3 would keep.
function decodeAwsChunked(server) {
  server.middleware.unshift(async (ctx, next) => {
    const headers = ctx.request.req.headers;
    const encodings = (headers['content-encoding'] || '').split(',').map((e) => e.trim()).filter((e) => e);
    if (encodings.includes('aws-chunked') || /^STREAMING-/.test(headers['x-amz-content-sha256'] || '')) {
      const rest = encodings.filter((e) => e !== 'aws-chunked');
      if (rest.length > 0) headers['content-encoding'] = rest.join(', ');
      else delete headers['content-encoding'];
      if (headers['x-amz-decoded-content-length']) headers['content-length'] = headers['x-amz-decoded-content-length'];
      ctx.req = ctx.req.pipe(new AwsChunkedDecoder());
    }
    await next();
  });
}

// The data of an aws-chunked body: "<hex size>[;chunk-signature=…]\r\n<data>\r\n" repeated, then a chunk of
// size 0 and the trailers, which are dropped.
class AwsChunkedDecoder extends require('stream').Transform {
  constructor() {
    super();
    this.pending = Buffer.alloc(0);
    this.remaining = 0;
    this.state = 'size';
  }

  _transform(chunk, encoding, callback) {
    this.pending = Buffer.concat([this.pending, chunk]);
    try {
      while (this.step());
      callback();
    } catch (err) {
      callback(err);
    }
  }

  step() {
    if (this.state === 'done') {
      this.pending = Buffer.alloc(0);
      return false;
    }
    if (this.state === 'data') {
      const take = Math.min(this.remaining, this.pending.length);
      if (take > 0) this.push(this.pending.subarray(0, take));
      this.pending = this.pending.subarray(take);
      this.remaining -= take;
      if (this.remaining > 0) return false;
      this.state = 'end of chunk';
      return true;
    }
    if (this.state === 'end of chunk') {
      if (this.pending.length < 2) return false;
      this.pending = this.pending.subarray(2);
      this.state = 'size';
      return true;
    }
    const eol = this.pending.indexOf('\r\n');
    if (eol < 0) return false;
    const size = parseInt(this.pending.subarray(0, eol).toString('latin1').split(';')[0], 16);
    if (Number.isNaN(size)) throw new Error('not an aws-chunked body');
    this.pending = this.pending.subarray(eol + 2);
    this.remaining = size;
    this.state = size === 0 ? 'done' : 'data';
    return true;
  }
}

// S3 event keys are URL-encoded, a space as '+'; s3rver gives the raw key.
function eventKey(key) {
  return key.split('/').map((part) => encodeURIComponent(part).replace(/%20/g, '+')).join('/');
}

function relayEvents(server, eventsDir) {
  const fs = require('fs');
  const path = require('path');
  fs.mkdirSync(eventsDir, { recursive: true });
  let sequence = 0;
  server.on('event', (event) => {
    const records = event.Records.filter((r) => r.eventName.startsWith('ObjectCreated:') && r.s3.object.key.startsWith(INCOMING));
    if (records.length === 0) return;
    records.forEach((r) => { r.s3.object.key = eventKey(r.s3.object.key); });
    const name = `${Date.now().toString().padStart(15, '0')}-${process.pid}-${String(sequence++).padStart(6, '0')}.json`;
    const temp = path.join(eventsDir, '.' + name + '.tmp');
    try {
      fs.writeFileSync(temp, JSON.stringify({ Records: records }));
      fs.renameSync(temp, path.join(eventsDir, name));
    } catch (err) {
      process.stderr.write(`parley local servers: event of ${records[0].s3.object.key} not written: ${err.message}\n`);
    }
  });
}

async function main() {
  const wanted = parseArgs(process.argv.slice(2));
  const running = {};
  if ('dynamodb' in wanted) running.dynamodb = await startDynamo(wanted.dynamodb);
  if ('s3' in wanted) {
    running.s3 = await startS3(wanted.s3 || require('os').tmpdir() + '/parley-s3-' + process.pid, wanted.s3events);
  }
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
