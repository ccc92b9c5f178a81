'use strict';
/**
 * Loads the CloudFormation resource database shipped in @aws-cdk/aws-service-spec
 * and turns it into the small lookup structure the validator needs:
 *
 *   { resources: { 'AWS::X::Y': { properties, attributes } },
 *     typeDefs:  { '<$id>': { name, properties } } }
 *
 * The full database (resources, regions, metrics, ...) takes 1-3 s to load
 * through the package's loadAwsServiceSpecSync(), which is too slow for a
 * check that runs on every build. So the first run extracts the part we use
 * into a cache file under node_modules/.cache (git-ignored, and wiped together
 * with node_modules by `npm ci`), keyed by the package version. Later runs read
 * only that slim file.
 */
const fs = require('node:fs');
const path = require('node:path');

const SPEC_PKG = '@aws-cdk/aws-service-spec';

function specVersion() {
  return require(`${SPEC_PKG}/package.json`).version;
}

function cacheFile() {
  const pkgDir = path.dirname(require.resolve(`${SPEC_PKG}/package.json`));
  // pkgDir is .../node_modules/@aws-cdk/aws-service-spec
  const nodeModules = path.resolve(pkgDir, '..', '..');
  return path.join(nodeModules, '.cache', 'parley-template-validator', `spec-${specVersion()}.json`);
}

/** Drop documentation and other fields the validator never reads. */
function slimProperties(props) {
  const out = {};
  for (const [name, p] of Object.entries(props || {})) {
    out[name] = p.required ? { type: p.type, required: true } : { type: p.type };
  }
  return out;
}

/** Build the slim structure from the official loader. */
function extractFromDatabase() {
  const { loadAwsServiceSpecSync } = require(SPEC_PKG);
  const db = loadAwsServiceSpecSync();
  const resources = {};
  for (const r of db.all('resource')) {
    resources[r.cloudFormationType] = {
      properties: slimProperties(r.properties),
      attributes: Object.keys(r.attributes || {}),
    };
  }
  const typeDefs = {};
  for (const t of db.all('typeDefinition')) {
    typeDefs[t.$id] = { name: t.name, properties: slimProperties(t.properties) };
  }
  return { version: specVersion(), resources, typeDefs };
}

function writeCache(file, spec) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write to a temp file then rename, so a concurrent run never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(spec));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only node_modules only costs speed, never correctness.
  }
}

function loadSpec() {
  const file = cacheFile();
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf-8'));
    if (cached.version === specVersion()) return cached;
  } catch {
    // missing or corrupt cache: rebuild below
  }
  const spec = extractFromDatabase();
  writeCache(file, spec);
  return spec;
}

module.exports = { loadSpec };
