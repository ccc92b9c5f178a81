#!/usr/bin/env node
'use strict';
/**
 * Offline validator for Parley's SAM template.
 *
 *   node infra/validate/validate-template.js [template.yaml]
 *
 * The SAM CLI (and cfn-lint) cannot be installed on the build machines, so this
 * checks the template against the CloudFormation resource database shipped in
 * the npm package @aws-cdk/aws-service-spec, plus a hand-written supplement for
 * the SAM resources (see sam-schema.js). Problems are printed one per line as
 * `<file>: <path>: <message>`; the exit code is 1 if there is any.
 */
const fs = require('node:fs');
const YAML = require('yaml');
const { loadSpec } = require('./spec');
const SAM = require('./sam-schema');

// ---------------------------------------------------------------------------
// YAML parsing with CloudFormation short-form tags
// ---------------------------------------------------------------------------

/** Short-form tag -> long-form key. `!GetAtt` and `!Condition` need extra care. */
const SHORT_FORMS = {
  '!Ref': 'Ref',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!GetAZs': 'Fn::GetAZs',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Condition': 'Condition',
};

/** `!GetAtt Res.Attr.Sub` means ["Res", "Attr.Sub"]: only the first dot splits. */
function getAttFromString(s) {
  const dot = s.indexOf('.');
  return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}

/**
 * One tag definition per tag and node kind (scalar, sequence, mapping), so that
 * e.g. both `!Sub "x"` and `!Sub ["x", {..}]` parse. Collections are converted
 * with toJSON(), which also converts tags nested inside them.
 */
function cloudFormationTags() {
  const tags = [];
  for (const [tag, key] of Object.entries(SHORT_FORMS)) {
    const wrap = (value) =>
      key === 'Fn::GetAtt' && typeof value === 'string' ? { [key]: getAttFromString(value) } : { [key]: value };
    tags.push({ tag, resolve: (str) => wrap(str) });
    tags.push({ tag, collection: 'seq', resolve: (seq) => wrap(seq.toJSON()) });
    tags.push({ tag, collection: 'map', resolve: (map) => wrap(map.toJSON()) });
  }
  return tags;
}

/** Parse the template; YAML errors (bad syntax, duplicate keys, unknown tags) become problems. */
function parseTemplate(text, problems) {
  const doc = YAML.parseDocument(text, { customTags: cloudFormationTags(), uniqueKeys: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    problems.add(`(yaml line ${e.linePos ? e.linePos[0].line : '?'})`, message);
  }
  return doc.errors.length ? null : doc.toJS({ maxAliasCount: 1000 });
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

class Problems {
  constructor() { this.list = []; }
  add(path, message) { this.list.push({ path, message }); }
  get count() { return this.list.length; }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A one-key object like {Ref: x} or {"Fn::Join": [...]} can stand for any value. */
function intrinsicName(v) {
  if (!isObject(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  return keys[0] === 'Ref' || keys[0].startsWith('Fn::') ? keys[0] : null;
}

const NO_VALUE = (v) => isObject(v) && v.Ref === 'AWS::NoValue';

/** Levenshtein distance, for "did you mean" hints on misspelled names. */
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
    }
  }
  return d[a.length][b.length];
}

function suggestion(name, candidates) {
  let best = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const dist = distance(name, c);
    if (dist < bestDist) { best = c; bestDist = dist; }
  }
  return best !== null && bestDist <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean '${best}'?)` : '';
}

const child = (path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`);

// ---------------------------------------------------------------------------
// Schema: the spec database plus the SAM supplement
// ---------------------------------------------------------------------------

/** Find a type definition used by a resource's property, by walking one $ref. */
function refIdOf(type) {
  if (!type) return null;
  if (type.type === 'ref') return type.reference.$ref;
  if (type.type === 'array' || type.type === 'map') return refIdOf(type.element);
  return null;
}

/** Names -> $ids of the event shapes in the spec's (untagged) Events union. */
function eventTypeDefIds(spec, functionProps) {
  const eventSourceId = refIdOf(functionProps.Events && functionProps.Events.type);
  const eventSource = eventSourceId && spec.typeDefs[eventSourceId];
  const union = eventSource ? eventSource.properties.Properties.type : { types: [] };
  const byName = {};
  for (const t of union.types || []) byName[spec.typeDefs[t.reference.$ref].name] = t.reference.$ref;
  return byName;
}

function buildSchema(spec) {
  const resources = { ...spec.resources };
  const typeDefs = { ...spec.typeDefs };

  for (const [type, extras] of Object.entries(SAM.RESOURCE_EXTRAS)) {
    const properties = { ...resources[type].properties, ...extras };
    for (const removed of SAM.RESOURCE_REMOVALS[type] || []) delete properties[removed];
    resources[type] = { ...resources[type], properties };
  }

  // Type definitions used by SAM resources that gained members since the snapshot.
  for (const [id, def] of Object.entries(typeDefs)) {
    const extras = SAM.TYPEDEF_EXTRAS[def.name];
    if (extras) typeDefs[id] = { ...def, properties: { ...def.properties, ...extras } };
  }

  // Event `Type` -> schema of its `Properties`, with the supplement merged in.
  const fnProps = resources['AWS::Serverless::Function'].properties;
  const idsByName = eventTypeDefIds(spec, fnProps);
  const events = {};
  for (const [eventType, defName] of Object.entries(SAM.EVENT_TYPE_DEFS)) {
    const id = idsByName[defName];
    const base = id ? typeDefs[id].properties : {};
    events[eventType] = { type: 'inline', name: defName, properties: { ...base, ...(SAM.EVENT_EXTRAS[defName] || {}) } };
  }
  Object.assign(events, SAM.HAND_WRITTEN_EVENTS);
  for (const t of SAM.UNCHECKED_EVENTS) events[t] = { type: 'json' };

  return { resources, typeDefs, events };
}

// ---------------------------------------------------------------------------
// Value checking against a property type
// ---------------------------------------------------------------------------

function describe(type, schema) {
  switch (type.type) {
    case 'ref': return schema.typeDefs[type.reference.$ref].name;
    case 'inline': return type.name;
    case 'array': return `list of ${describe(type.element, schema)}`;
    case 'map': return `map of ${describe(type.element, schema)}`;
    case 'union': return type.types.map((t) => describe(t, schema)).join(' | ');
    default: return type.type;
  }
}

/** Which JSON kinds a type can accept; used to pick union members. */
function kindsOf(type) {
  switch (type.type) {
    case 'array': return ['array'];
    case 'map': case 'ref': case 'inline': case 'tag': return ['object'];
    case 'json': return ['array', 'object', 'scalar'];
    default: return ['scalar'];
  }
}

function kindOfValue(v) {
  if (Array.isArray(v)) return 'array';
  if (isObject(v)) return 'object';
  return 'scalar';
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** CloudFormation converts scalars leniently (e.g. "30" for a number), so do we. */
function primitiveFits(value, type) {
  switch (type) {
    case 'string': case 'date-time': return ['string', 'number', 'boolean'].includes(typeof value);
    case 'number': return typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value));
    case 'integer': return Number.isInteger(typeof value === 'string' && NUMERIC.test(value) ? Number(value) : value);
    case 'boolean': return typeof value === 'boolean' || value === 'true' || value === 'false';
    default: return true; // json, null
  }
}

function propertiesOf(type, schema) {
  return type.type === 'inline' ? type.properties : schema.typeDefs[type.reference.$ref].properties;
}

/**
 * Check a value against a spec type; reports to `problems`. Intrinsic functions
 * fit any type (their result is only known at deploy time), but both branches
 * of an Fn::If are still checked.
 */
function checkValue(value, type, path, schema, problems) {
  const fn = intrinsicName(value);
  if (fn) {
    const args = value[fn];
    if (fn === 'Fn::If' && Array.isArray(args) && args.length === 3) {
      for (const i of [1, 2]) if (!NO_VALUE(args[i])) checkValue(args[i], type, path, schema, problems);
    }
    return;
  }
  if (value === null || value === undefined) {
    problems.add(path, `value is empty; expected ${describe(type, schema)}`);
    return;
  }
  switch (type.type) {
    case 'union': return checkUnion(value, type, path, schema, problems);
    case 'array': return checkList(value, type, path, schema, problems);
    case 'map': return checkMap(value, type, path, schema, problems);
    case 'ref': case 'inline': return checkObject(value, propertiesOf(type, schema), describe(type, schema), path, schema, problems);
    case 'tag': return checkObject(value, { Key: { type: { type: 'string' }, required: true }, Value: { type: { type: 'string' }, required: true } }, 'Tag', path, schema, problems);
    case 'json': return;
    default:
      if (kindOfValue(value) !== 'scalar' || !primitiveFits(value, type.type)) {
        problems.add(path, `expected ${type.type}, got ${JSON.stringify(value).slice(0, 60)}`);
      }
  }
}

function checkList(value, type, path, schema, problems) {
  if (!Array.isArray(value)) {
    problems.add(path, `expected ${describe(type, schema)}, got ${kindOfValue(value)}`);
    return;
  }
  value.forEach((item, i) => checkValue(item, type.element, child(path, i), schema, problems));
}

function checkMap(value, type, path, schema, problems) {
  if (!isObject(value)) {
    problems.add(path, `expected ${describe(type, schema)}, got ${kindOfValue(value)}`);
    return;
  }
  for (const [k, v] of Object.entries(value)) checkValue(v, type.element, child(path, k), schema, problems);
}

/** Check property names (unknown / missing required) and recurse into each value. */
function checkObject(value, properties, typeName, path, schema, problems, presentElsewhere = []) {
  if (!isObject(value)) {
    problems.add(path, `expected ${typeName} (an object), got ${kindOfValue(value)}`);
    return;
  }
  const known = Object.keys(properties);
  for (const [name, v] of Object.entries(value)) {
    const prop = properties[name];
    if (!prop) {
      problems.add(child(path, name), `unknown property '${name}' for ${typeName}${suggestion(name, known)}`);
    } else if (!NO_VALUE(v)) {
      checkValue(v, prop.type, child(path, name), schema, problems);
    }
  }
  for (const [name, prop] of Object.entries(properties)) {
    if (prop.required && !(name in value) && !presentElsewhere.includes(name)) {
      problems.add(path, `missing required property '${name}' for ${typeName}`);
    }
  }
}

/**
 * A union fits if any member fits. Members are tried only if they accept the
 * value's kind; a `json` member is a last resort, because the spec often pairs
 * a precise list type with `json` and we want the precise check to win.
 */
function checkUnion(value, type, path, schema, problems) {
  const kind = kindOfValue(value);
  const members = type.types.filter((t) => kindsOf(t).includes(kind));
  const precise = members.filter((t) => t.type !== 'json');
  if (precise.length === 0) {
    if (members.length === 0) problems.add(path, `expected ${describe(type, schema)}, got ${kind}`);
    return;
  }
  let best = null;
  for (const member of precise) {
    const trial = new Problems();
    checkValue(value, member, path, schema, trial);
    if (trial.count === 0) return;
    if (!best || trial.count < best.count) best = trial;
  }
  for (const p of best.list) problems.add(p.path, p.message);
}

// ---------------------------------------------------------------------------
// Template sections
// ---------------------------------------------------------------------------

const TOP_LEVEL_KEYS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings',
  'Conditions', 'Transform', 'Resources', 'Outputs', 'Globals', 'Rules'];
const RESOURCE_KEYS = ['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy',
  'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'Connectors', 'IgnoreGlobals'];
const OUTPUT_KEYS = ['Description', 'Value', 'Export', 'Condition'];
const PSEUDO_PARAMETERS = ['AWS::Region', 'AWS::AccountId', 'AWS::StackName', 'AWS::Partition',
  'AWS::URLSuffix', 'AWS::NoValue', 'AWS::StackId', 'AWS::NotificationARNs'];

/** CloudFormation type whose attributes a SAM resource exposes through Fn::GetAtt. */
const SAM_GETATT_TYPES = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::LayerVersion': 'AWS::Lambda::LayerVersion',
};

function checkTopLevel(t, problems) {
  for (const key of Object.keys(t)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.add(key, `unknown top-level section${suggestion(key, TOP_LEVEL_KEYS)}`);
  }
  if (!isObject(t.Resources) || Object.keys(t.Resources).length === 0) {
    problems.add('Resources', 'template needs at least one resource');
  }
  const usesSam = Object.values(t.Resources || {}).some((r) => isObject(r) && String(r.Type).startsWith('AWS::Serverless::'));
  const transforms = [].concat(t.Transform || []);
  if ((usesSam || t.Globals) && !transforms.includes('AWS::Serverless-2016-10-31')) {
    problems.add('Transform', "SAM resources/Globals need 'Transform: AWS::Serverless-2016-10-31'");
  }
}

/**
 * Everything a Ref / GetAtt / ${} can name. SAM generates resources whose
 * logical ids are derived from the function and event names; the common ones
 * are listed so that templates may reference them.
 */
function collectNames(t) {
  const resources = isObject(t.Resources) ? t.Resources : {};
  const refNames = new Map(); // name -> CloudFormation type (or null for parameters)
  for (const p of Object.keys(t.Parameters || {})) refNames.set(p, null);
  for (const p of PSEUDO_PARAMETERS) refNames.set(p, null);
  for (const [id, r] of Object.entries(resources)) refNames.set(id, isObject(r) ? r.Type : null);

  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r)) continue;
    const props = isObject(r.Properties) ? r.Properties : {};
    if (r.Type === 'AWS::Serverless::Function') addSamFunctionNames(id, props, refNames);
    if (r.Type === 'AWS::Serverless::Api' || r.Type === 'AWS::Serverless::HttpApi') {
      refNames.set(`${id}.Stage`, null);
      refNames.set(`${id}.Deployment`, null);
      refNames.set(`${id}.DomainName`, null);
    }
  }
  return refNames;
}

function addSamFunctionNames(id, props, refNames) {
  refNames.set(`${id}.Alias`, 'AWS::Lambda::Alias');
  refNames.set(`${id}.Version`, 'AWS::Lambda::Version');
  if (!props.Role) refNames.set(`${id}Role`, 'AWS::IAM::Role');
  if (props.FunctionUrlConfig) refNames.set(`${id}Url`, 'AWS::Lambda::Url');
  for (const [eventName, e] of Object.entries(isObject(props.Events) ? props.Events : {})) {
    const type = isObject(e) ? e.Type : null;
    refNames.set(`${id}${eventName}`, GENERATED_EVENT_RESOURCE[type] || '(generated)');
    refNames.set(`${id}${eventName}Permission`, 'AWS::Lambda::Permission');
    if (type === 'HttpApi' && !(isObject(e.Properties) && e.Properties.ApiId)) {
      refNames.set('ServerlessHttpApi', 'AWS::Serverless::HttpApi');
      refNames.set('ServerlessHttpApiApiGatewayDefaultStage', 'AWS::ApiGatewayV2::Stage');
    }
    if (type === 'Api' && !(isObject(e.Properties) && e.Properties.RestApiId)) {
      refNames.set('ServerlessRestApi', 'AWS::Serverless::Api');
      refNames.set('ServerlessRestApiProdStage', 'AWS::ApiGateway::Stage');
      refNames.set('ServerlessRestApi.Stage', null);
    }
  }
}

/** Resource SAM generates for an event named E of function F, as logical id FE. */
const GENERATED_EVENT_RESOURCE = {
  Schedule: 'AWS::Events::Rule',
  EventBridgeRule: 'AWS::Events::Rule',
  CloudWatchEvent: 'AWS::Events::Rule',
  ScheduleV2: 'AWS::Scheduler::Schedule',
  SQS: 'AWS::Lambda::EventSourceMapping',
  Kinesis: 'AWS::Lambda::EventSourceMapping',
  DynamoDB: 'AWS::Lambda::EventSourceMapping',
};

/** Merge Globals.<Section> under a resource's own properties (resource wins, maps merge). */
function withGlobals(props, globals) {
  const merged = { ...(globals || {}) };
  for (const [k, v] of Object.entries(props)) {
    merged[k] = isObject(v) && isObject(merged[k]) && !intrinsicName(v) ? withGlobals(v, merged[k]) : v;
  }
  return merged;
}

function globalsSectionFor(type) {
  return Object.keys(SAM.GLOBALS_RESOURCE_TYPE).find((s) => SAM.GLOBALS_RESOURCE_TYPE[s] === type);
}

function checkGlobals(t, schema, problems) {
  if (t.Globals === undefined) return;
  if (!isObject(t.Globals)) { problems.add('Globals', 'expected a mapping'); return; }
  for (const [section, body] of Object.entries(t.Globals)) {
    const path = `Globals.${section}`;
    const allowed = SAM.GLOBALS[section];
    if (!allowed) {
      problems.add(path, `unknown Globals section${suggestion(section, Object.keys(SAM.GLOBALS))}`);
      continue;
    }
    if (!isObject(body)) { problems.add(path, 'expected a mapping'); continue; }
    const properties = schema.resources[SAM.GLOBALS_RESOURCE_TYPE[section]].properties;
    for (const [name, value] of Object.entries(body)) {
      if (!allowed.includes(name)) {
        problems.add(child(path, name), `'${name}' is not supported in Globals.${section}${suggestion(name, allowed)}`);
      } else if (properties[name]) {
        checkValue(value, properties[name].type, child(path, name), schema, problems);
      }
    }
  }
}

function checkResources(t, schema, problems) {
  const conditions = Object.keys(t.Conditions || {});
  for (const [id, r] of Object.entries(isObject(t.Resources) ? t.Resources : {})) {
    const path = `Resources.${id}`;
    if (!/^[A-Za-z0-9]+$/.test(id)) problems.add(path, 'logical id must be alphanumeric');
    if (!isObject(r)) { problems.add(path, 'expected a mapping'); continue; }
    for (const key of Object.keys(r)) {
      if (!RESOURCE_KEYS.includes(key)) problems.add(child(path, key), `unknown resource attribute${suggestion(key, RESOURCE_KEYS)}`);
    }
    if (r.Condition !== undefined && !conditions.includes(r.Condition)) {
      problems.add(`${path}.Condition`, `condition '${r.Condition}' is not defined in Conditions`);
    }
    for (const dep of [].concat(r.DependsOn || [])) {
      if (!(t.Resources[dep])) problems.add(`${path}.DependsOn`, `'${dep}' is not a resource in this template`);
    }
    checkResourceProperties(id, r, t, schema, problems);
  }
}

function checkResourceProperties(id, r, t, schema, problems) {
  const path = `Resources.${id}`;
  if (typeof r.Type !== 'string') { problems.add(`${path}.Type`, 'missing resource Type'); return; }
  if (r.Type.startsWith('Custom::') || r.Type === 'AWS::CloudFormation::CustomResource') return;
  const resource = schema.resources[r.Type];
  if (!resource) {
    problems.add(`${path}.Type`, `unknown resource type '${r.Type}'${suggestion(r.Type, Object.keys(schema.resources))}`);
    return;
  }
  const props = r.Properties === undefined ? {} : r.Properties;
  if (!isObject(props)) { problems.add(`${path}.Properties`, 'expected a mapping'); return; }

  // Properties set in Globals count as present for the "required" check.
  const section = globalsSectionFor(r.Type);
  const fromGlobals = section && isObject(t.Globals) && isObject(t.Globals[section]) ? Object.keys(t.Globals[section]) : [];

  const { Events, ...rest } = props;
  const properties = r.Type === 'AWS::Serverless::Function'
    ? Object.fromEntries(Object.entries(resource.properties).filter(([k]) => k !== 'Events'))
    : resource.properties;
  const checked = r.Type === 'AWS::Serverless::Function' ? rest : props;
  checkObject(checked, properties, r.Type, `${path}.Properties`, schema, problems, fromGlobals);

  if (r.Type === 'AWS::Serverless::Function') {
    checkFunctionBasics(withGlobals(props, fromGlobals.length ? t.Globals[section] : {}), `${path}.Properties`, problems);
    if (Events !== undefined) checkEvents(Events, `${path}.Properties.Events`, t, schema, problems);
  }
}

/** A zip function needs code, a handler and a runtime, from itself or Globals. */
function checkFunctionBasics(merged, path, problems) {
  if (merged.PackageType === 'Image' || merged.ImageUri) return;
  if (!merged.CodeUri && !merged.InlineCode) problems.add(path, "missing 'CodeUri' or 'InlineCode' (here or in Globals.Function)");
  for (const name of ['Handler', 'Runtime']) {
    if (!merged[name]) problems.add(path, `missing '${name}' (here or in Globals.Function)`);
  }
}

function checkEvents(events, path, t, schema, problems) {
  if (!isObject(events)) { problems.add(path, 'expected a mapping of event name to event'); return; }
  for (const [name, e] of Object.entries(events)) {
    const ePath = child(path, name);
    if (!/^[A-Za-z0-9]+$/.test(name)) problems.add(ePath, 'event name must be alphanumeric (it becomes part of a logical id)');
    if (!isObject(e)) { problems.add(ePath, 'expected a mapping with Type and Properties'); continue; }
    for (const key of Object.keys(e)) {
      if (!['Type', 'Properties'].includes(key)) problems.add(child(ePath, key), `unknown event key${suggestion(key, ['Type', 'Properties'])}`);
    }
    const type = schema.events[e.Type];
    if (!type) {
      problems.add(`${ePath}.Type`, `unknown event type '${e.Type}'${suggestion(String(e.Type), Object.keys(schema.events))}`);
      continue;
    }
    if (e.Properties === undefined) {
      if (!SAM.EVENTS_WITHOUT_PROPERTIES.includes(e.Type)) problems.add(ePath, `missing 'Properties' for ${e.Type} event`);
      continue;
    }
    checkValue(e.Properties, type, `${ePath}.Properties`, schema, problems);
    checkEventSources(e.Type, e.Properties, `${ePath}.Properties`, t, problems);
  }
}

/**
 * Mistakes the shape check cannot see: SAM requires an S3 event's Bucket to be
 * a bucket in this template, and an SQS event's Queue to be an ARN (a !Ref of
 * a queue is its URL, which fails at deploy time).
 */
function checkEventSources(type, props, path, t, problems) {
  if (!isObject(props)) return;
  const typeOfRef = (v) => (isObject(v) && typeof v.Ref === 'string' && isObject(t.Resources[v.Ref]) ? t.Resources[v.Ref].Type : null);
  if (type === 'S3' && props.Bucket !== undefined && typeOfRef(props.Bucket) !== 'AWS::S3::Bucket') {
    problems.add(`${path}.Bucket`, 'S3 event Bucket must be a !Ref to an AWS::S3::Bucket declared in this template');
  }
  if (type === 'SQS' && typeOfRef(props.Queue) === 'AWS::SQS::Queue') {
    problems.add(`${path}.Queue`, `SQS event Queue must be the queue ARN (!GetAtt ${props.Queue.Ref}.Arn); !Ref gives its URL`);
  }
}

function checkOutputs(t, problems) {
  const conditions = Object.keys(t.Conditions || {});
  for (const [id, o] of Object.entries(t.Outputs || {})) {
    const path = `Outputs.${id}`;
    if (!isObject(o)) { problems.add(path, 'expected a mapping'); continue; }
    for (const key of Object.keys(o)) {
      if (!OUTPUT_KEYS.includes(key)) problems.add(child(path, key), `unknown output key${suggestion(key, OUTPUT_KEYS)}`);
    }
    if (o.Value === undefined || o.Value === null) problems.add(path, "missing 'Value'");
    if (o.Condition !== undefined && !conditions.includes(o.Condition)) {
      problems.add(`${path}.Condition`, `condition '${o.Condition}' is not defined in Conditions`);
    }
  }
}

// ---------------------------------------------------------------------------
// References: Ref, Fn::GetAtt, Fn::Sub, Fn::If, Condition, Fn::FindInMap
// ---------------------------------------------------------------------------

function checkRefName(name, path, ctx) {
  if (typeof name !== 'string') return; // computed at deploy time
  if (!ctx.names.has(name)) {
    ctx.problems.add(path, `Ref to unknown '${name}' (not a parameter, resource or pseudo parameter)${suggestion(name, [...ctx.names.keys()])}`);
  }
}

function checkGetAtt(resource, attribute, path, ctx) {
  if (typeof resource !== 'string') return;
  // Parameters and pseudo parameters have no attributes; SAM-generated resources do.
  const isResource = ctx.template.Resources[resource] !== undefined || Boolean(ctx.names.get(resource));
  if (!ctx.names.has(resource) || !isResource) {
    ctx.problems.add(path, `Fn::GetAtt of unknown resource '${resource}'${suggestion(resource, Object.keys(ctx.template.Resources || {}))}`);
    return;
  }
  if (typeof attribute !== 'string') return;
  const type = ctx.names.get(resource);
  const cfnType = SAM_GETATT_TYPES[type] || type;
  const spec = ctx.schema.resources[cfnType];
  if (spec && spec.attributes.length && !spec.attributes.includes(attribute)) {
    ctx.problems.add(path, `${type} '${resource}' has no attribute '${attribute}'${suggestion(attribute, spec.attributes)}`);
  }
}

/** `${Name}` is a Ref, `${Name.Attr}` a GetAtt (unless Name.Attr is a SAM Ref like Fn.Alias). */
function checkSubString(str, vars, path, ctx) {
  if (typeof str !== 'string') return;
  for (const m of str.matchAll(/\$\{([^}]*)\}/g)) {
    const expr = m[1].trim();
    if (expr.startsWith('!') || vars.includes(expr)) continue;
    if (expr.includes('.') && !ctx.names.has(expr)) {
      const [res, attr] = getAttFromString(expr);
      if (!vars.includes(res)) checkGetAtt(res, attr, path, ctx);
    } else {
      checkRefName(expr, path, ctx);
    }
  }
}

function checkConditionName(name, path, ctx) {
  if (typeof name === 'string' && !(name in (ctx.template.Conditions || {}))) {
    ctx.problems.add(path, `condition '${name}' is not defined in Conditions${suggestion(name, Object.keys(ctx.template.Conditions || {}))}`);
  }
}

/** Walk any part of the template and check the names its intrinsics use. */
function walkReferences(node, path, ctx, inCondition = false) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkReferences(item, child(path, i), ctx, inCondition));
    return;
  }
  if (!isObject(node)) return;
  const fn = Object.keys(node).length === 1 ? Object.keys(node)[0] : null;
  const args = fn ? node[fn] : undefined;
  if (fn === 'Ref') checkRefName(args, path, ctx);
  if (fn === 'Fn::GetAtt') {
    const [res, attr] = typeof args === 'string' ? getAttFromString(args) : Array.isArray(args) ? args : [];
    checkGetAtt(res, attr, path, ctx);
  }
  if (fn === 'Fn::Sub') {
    const [str, vars] = Array.isArray(args) ? args : [args, {}];
    checkSubString(str, Object.keys(isObject(vars) ? vars : {}), path, ctx);
  }
  if (fn === 'Fn::If' && Array.isArray(args)) checkConditionName(args[0], path, ctx);
  if (fn === 'Condition' && inCondition) checkConditionName(args, path, ctx);
  if (fn === 'Fn::FindInMap' && Array.isArray(args) && typeof args[0] === 'string' && !(args[0] in (ctx.template.Mappings || {}))) {
    ctx.problems.add(path, `Fn::FindInMap of unknown mapping '${args[0]}'`);
  }
  const nestedInCondition = inCondition || ['Fn::And', 'Fn::Or', 'Fn::Not'].includes(fn);
  for (const [k, v] of Object.entries(node)) walkReferences(v, child(path, k), ctx, nestedInCondition);
}

function checkReferences(t, schema, names, problems) {
  const ctx = { template: { ...t, Resources: isObject(t.Resources) ? t.Resources : {} }, schema, names, problems };
  for (const section of ['Globals', 'Resources', 'Outputs']) {
    if (t[section] !== undefined) walkReferences(t[section], section, ctx);
  }
  for (const [name, body] of Object.entries(t.Conditions || {})) {
    walkReferences(body, `Conditions.${name}`, ctx, true);
  }
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

function validate(text) {
  const problems = new Problems();
  const t = parseTemplate(text, problems);
  if (!t) return { problems, resources: 0 };
  if (!isObject(t)) {
    problems.add('(root)', 'template must be a mapping');
    return { problems, resources: 0 };
  }
  const schema = buildSchema(loadSpec());
  const names = collectNames(t);
  checkTopLevel(t, problems);
  checkGlobals(t, schema, problems);
  checkResources(t, schema, problems);
  checkOutputs(t, problems);
  checkReferences(t, schema, names, problems);
  return { problems, resources: Object.keys(isObject(t.Resources) ? t.Resources : {}).length };
}

function main() {
  const file = process.argv[2] || 'template.yaml';
  let text;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  const { problems, resources } = validate(text);
  for (const p of problems.list) console.log(`${file}: ${p.path}: ${p.message}`);
  if (problems.count > 0) {
    console.log(`${file}: ${problems.count} problem(s)`);
    process.exit(1);
  }
  console.log(`${file}: ${resources} resources valid`);
}

if (require.main === module) main();

module.exports = { validate };
