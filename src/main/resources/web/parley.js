// Parley's web page: plain JavaScript over the HTTP API of the same origin, or of window.PARLEY_API (set in
// web/config.js) when the page is hosted apart from the API; a JWT kept in this tab's sessionStorage under
// `parley-token` is sent as a bearer token. Views: ask, who met whom, events (a meeting once, with its sources), an
// actor's timeline, an article with its facts.
'use strict';

const API = (window.PARLEY_API || '').replace(/\/$/, '');
const articles = new Map();
let graph = null;

// ---- helpers -------------------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, v); });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

async function api(path, options) {
  const token = sessionStorage.getItem('parley-token');
  const request = Object.assign({}, options);
  if (token) request.headers = Object.assign({ authorization: 'Bearer ' + token }, request.headers);
  const response = await fetch(API + path, request);
  if (response.status === 401) {
    document.getElementById('token-form').hidden = false;
    throw new Error(token ? 'the API refused this token: paste another one above' : 'this API needs a token: paste one above');
  }
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function article(id) {
  if (!articles.has(id)) articles.set(id, api('/articles/' + encodeURIComponent(id)));
  return articles.get(id);
}

function names(actors) {
  return (actors || []).map(a => a.name).join(', ');
}

function kindText(kind) {
  return (kind || '').toLowerCase().replace('_', ' ');
}

// The meeting as a noun: "phone call", "in person meeting", "meeting" (for UNSPECIFIED).
function meetingText(kind) {
  const text = kindText(kind);
  if (text.endsWith('call')) return text;
  return text && text !== 'unspecified' ? text + ' meeting' : 'meeting';
}

function reportedBy(count) {
  return 'reported by ' + count + (count === 1 ? ' source' : ' sources');
}

function describe(fact) {
  if (fact.type === 'meeting') {
    const place = fact.location ? ' in ' + fact.location : '';
    return names(fact.participants) + ' — ' + kindText(fact.kind) + (fact.status === 'PLANNED' ? ' (planned)' : '') + place +
      (fact.sourceCount > 1 ? ' · ' + reportedBy(fact.sourceCount) : '');
  }
  return (fact.speaker ? fact.speaker.name : '?') + saidAt(fact) + ': ' + (fact.quote ? '“' + fact.quote + '”' : fact.content);
}

// " (at the in person meeting with X)" for a statement its article places at a meeting.
function saidAt(fact) {
  const at = fact.atMeeting;
  if (!at) return '';
  const others = at.meeting.participants.filter((p, i) => at.participantIds[i] !== fact.speakerId).map(p => p.name);
  return ' (at the ' + meetingText(at.meeting.kind) + ' with ' + (others.join(', ') || '?') + ')';
}

// A sentence shown as a quotation, cut at `room` characters; one that opens with its own quotation mark keeps it
// rather than getting a second one.
function quotation(text, room) {
  const cut = text.length > room ? text.slice(0, room) + '…' : text;
  return /^[“"‘'«„]/.test(cut) ? cut : '“' + cut + '”';
}

function articleLink(articleId, span, label) {
  return el('a', { href: '#article/' + articleId + (span ? '/' + span.start + '-' + span.end : '') }, label);
}

// The evidence inside its article: the text around the span, with the span marked.
function inContext(text, span, room) {
  const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1, span.start - room);
  let to = text.indexOf('\n', span.end);
  to = Math.min(to < 0 ? text.length : to, span.end + room);
  return el('p', { class: 'context' }, from > 0 ? '… ' : '', text.slice(from, span.start),
    el('mark', { class: 'evidence' }, text.slice(span.start, span.end)), text.slice(span.end, to), to < text.length ? ' …' : '');
}

// ---- ask -----------------------------------------------------------------------------------------------------

async function ask(question) {
  const answer = document.getElementById('ask-answer');
  const list = document.getElementById('ask-results');
  answer.textContent = 'Asking…';
  list.replaceChildren();
  try {
    const reply = await api('/ask', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }) });
    answer.textContent = reply.answer;
    for (const result of reply.results) list.append(await citation(result));
  } catch (e) {
    answer.textContent = e.message;
  }
}

async function citation(result) {
  const item = el('li', { class: 'citation' }, el('div', {}, describe(result)));
  try {
    const stored = await article(result.articleId);
    item.append(inContext(stored.text || result.evidence.text, stored.text ? result.evidence : { start: 0, end: result.evidence.text.length }, 240));
  } catch (e) {
    item.append(el('p', { class: 'context' }, el('mark', { class: 'evidence' }, result.evidence.text)));
  }
  item.append(el('div', { class: 'source' }, articleLink(result.articleId, result.evidence, result.articleTitle || result.articleId),
    result.published ? ' · ' + result.published : '', result.rule ? ' · rule ' + result.rule : ''));
  return item;
}

// ---- who met whom --------------------------------------------------------------------------------------------

const EDGE_COLOURS = { IN_PERSON: '#2458a6', PHONE_CALL: '#2f8f5b', VIDEO_CALL: '#7a4fb5', MULTILATERAL: '#b5365b', UNSPECIFIED: '#6b7280' };

async function showGraph() {
  const form = document.getElementById('graph-filters');
  const status = document.getElementById('graph-status');
  const query = new URLSearchParams();
  ['from', 'to', 'country'].forEach(name => { if (form.elements[name].value) query.set(name, form.elements[name].value); });
  try {
    const data = await api('/graph' + (query.toString() ? '?' + query : ''));
    const kind = form.elements.kind.value;
    const edges = data.edges.filter(e => (!kind || e.kind === kind) && (form.elements.planned.checked || e.status !== 'PLANNED'));
    const used = new Set(edges.flatMap(e => [e.source, e.target]));
    const nodes = data.nodes.filter(n => used.has(n.id));
    draw(nodes, edges);
    status.textContent = nodes.length + ' people, ' + edges.length + ' meetings';
  } catch (e) {
    status.textContent = e.message;
  }
}

function draw(nodes, edges) {
  if (typeof cytoscape !== 'function') {
    document.getElementById('graph-status').textContent = 'The graph library is missing (built with -Dexec.skip?).';
    return;
  }
  const elements = nodes.map(n => ({ data: { id: n.id, label: n.name, title: n.title, country: n.country } }))
    .concat(edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, edge: e,
      colour: EDGE_COLOURS[e.kind] || '#6b7280' }, classes: e.status === 'PLANNED' ? 'planned' : 'held' })));
  if (graph) graph.destroy();
  graph = cytoscape({
    container: document.getElementById('graph'),
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 13, 'background-color': '#8fb3e8',
        'border-width': 1, 'border-color': '#2458a6', 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 } },
      { selector: 'edge', style: { width: 2, 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.8 } },
      { selector: 'edge.planned', style: { 'line-style': 'dashed', 'line-color': '#c0672b' } },
      { selector: ':selected', style: { 'border-width': 3, 'line-color': '#111', width: 4 } },
    ],
    layout: { name: 'cose', animate: false, randomize: true, nodeRepulsion: 60000, idealEdgeLength: 70, nodeOverlap: 40,
      componentSpacing: 90, padding: 40 },
  });
  graph.on('tap', 'node', evt => { location.hash = '#timeline/' + evt.target.id(); });
  graph.on('tap', 'edge', evt => showEdge(evt.target.data('edge')));
  window.parleyGraph = graph;
}

async function showEdge(edge) {
  const box = document.getElementById('graph-edge');
  box.hidden = false;
  box.replaceChildren(el('div', {}, kindText(edge.kind) + (edge.status === 'PLANNED' ? ' (planned)' : '') +
    (edge.date ? ' · ' + edge.date : '') + (edge.location ? ' · ' + edge.location : '') + ' · ' + reportedBy(edge.sourceCount || 1)));
  const stored = await article(edge.articleId).catch(() => null);
  box.append(stored && stored.text ? inContext(stored.text, edge.evidence, 240) : el('p', {}, edge.evidence.text),
    el('div', { class: 'source' }, articleLink(edge.articleId, edge.evidence, stored ? stored.article.title : edge.articleId)));
}

// ---- events --------------------------------------------------------------------------------------------------

let eventsNext = null;

async function showEvents(more) {
  const form = document.getElementById('events-filters');
  const list = document.getElementById('events-list');
  const status = document.getElementById('events-status');
  const query = new URLSearchParams({ limit: '20' });
  ['actor', 'country', 'from', 'to', 'kind'].forEach(name => { if (form.elements[name].value) query.set(name, form.elements[name].value); });
  if (more && eventsNext) query.set('next', eventsNext); else list.replaceChildren();
  try {
    const page = await api('/events?' + query);
    page.items.forEach(event => list.append(eventItem(event)));
    eventsNext = page.next || null;
    document.getElementById('events-more').hidden = !eventsNext;
    status.textContent = list.children.length ? '' : 'No events match.';
  } catch (e) {
    status.textContent = e.message;
  }
}

function planText(plan) {
  if (!plan) return '';
  return { HELD: ' (planned, held)', OVERDUE: ' (planned, overdue)', PENDING: ' (planned)' }[plan.state] || '';
}

function eventItem(event) {
  const dates = event.date ? event.date + (event.lastDate && event.lastDate !== event.date ? ' – ' + event.lastDate : '') : 'undated';
  const sources = el('ul', { class: 'sources' }, event.sources.map(s => el('li', { class: 'source' },
    articleLink(s.articleId, s.evidence, s.articleTitle || s.articleId), s.published ? ' · ' + s.published : '')));
  return el('li', { class: 'event', 'data-event': event.id },
    el('span', { class: 'when' }, dates), names(event.participants), event.location ? ' · ' + event.location : '',
    el('span', { class: 'kind' }, kindText(event.kind) + (event.plan ? planText(event.plan) : event.status === 'PLANNED' ? ' (planned)' : '')),
    el('div', { class: 'count' }, reportedBy(event.sourceCount)), sources);
}

// ---- timeline ------------------------------------------------------------------------------------------------

async function showTimeline(actorId) {
  const title = document.getElementById('timeline-title');
  const who = document.getElementById('timeline-actor');
  const list = document.getElementById('timeline-events');
  list.replaceChildren();
  if (!actorId) return;
  try {
    const timeline = await api('/actors/' + encodeURIComponent(actorId) + '/timeline');
    const actor = timeline.actor;
    title.textContent = 'Timeline: ' + actor.name;
    who.textContent = [actor.title, actor.country].filter(Boolean).join(', ') +
      (actor.aliases && actor.aliases.length ? ' · also ' + actor.aliases.join(', ') : '');
    timeline.events.forEach(event => list.append(el('li', { class: 'event' },
      el('span', { class: 'when' }, event.when || 'undated'), describe(event),
      el('span', { class: 'kind' }, event.type), el('div', { class: 'source' },
        articleLink(event.articleId, event.evidence, quotation(event.evidence.text, 140))))));
  } catch (e) {
    title.textContent = 'Timeline';
    who.textContent = e.message;
  }
}

// ---- article -------------------------------------------------------------------------------------------------

// Every fact's span, split into segments so that overlapping facts share a mark that names them all.
function segments(text, facts) {
  const cuts = new Set([0, text.length]);
  facts.forEach(f => { cuts.add(f.evidence.start); cuts.add(f.evidence.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    parts.push({ start, end, facts: facts.filter(f => f.evidence.start <= start && f.evidence.end >= end) });
  }
  return parts;
}

async function showArticle(id, focus) {
  const title = document.getElementById('article-title');
  const meta = document.getElementById('article-meta');
  const box = document.getElementById('article-text');
  box.replaceChildren();
  if (!id) return;
  try {
    const stored = await article(id);
    const extraction = stored.extraction || { meetings: [], statements: [] };
    const facts = extraction.meetings.map(m => Object.assign({ type: 'meeting' }, m))
      .concat(extraction.statements.map(s => Object.assign({ type: 'statement' }, s)));
    title.textContent = stored.article.title || id;
    meta.textContent = [stored.article.outlet, stored.article.published, stored.status,
      extraction.meetings.length + ' meetings', extraction.statements.length + ' statements'].filter(Boolean).join(' · ');
    for (const part of segments(stored.text || '', facts)) {
      const piece = stored.text.slice(part.start, part.end);
      if (!part.facts.length) { box.append(piece); continue; }
      const kinds = [...new Set(part.facts.map(f => f.type))].join(' ');
      const hover = part.facts.map(f => 'rule ' + f.rule + ' — ' + describe(f)).join('\n');
      const focused = focus && part.start >= focus[0] && part.end <= focus[1] ? ' focus' : '';
      box.append(el('mark', { class: kinds + focused, title: hover, 'data-rules': part.facts.map(f => f.rule).join(' ') }, piece));
    }
    const first = box.querySelector('mark.focus');
    if (first) first.scrollIntoView({ block: 'center' });
  } catch (e) {
    title.textContent = 'Article';
    meta.textContent = e.message;
  }
}

// ---- views ---------------------------------------------------------------------------------------------------

function route() {
  const [view, id, span] = (location.hash.slice(1) || 'ask').split('/').map(decodeURIComponent);
  document.querySelectorAll('.view').forEach(v => { v.hidden = v.id !== 'view-' + view; });
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === view));
  if (view === 'graph') { if (graph) graph.resize(); else showGraph(); }
  if (view === 'events') showEvents(false);
  if (view === 'timeline') showTimeline(id);
  if (view === 'article') showArticle(id, span ? span.split('-').map(Number) : null);
}

document.getElementById('ask-form').addEventListener('submit', e => {
  e.preventDefault();
  const question = document.getElementById('ask-input').value.trim();
  if (question) ask(question);
});
document.getElementById('graph-filters').addEventListener('submit', e => { e.preventDefault(); showGraph(); });
document.getElementById('events-filters').addEventListener('submit', e => { e.preventDefault(); showEvents(false); });
document.getElementById('events-more').addEventListener('click', () => showEvents(true));
// The token is kept for this tab only (sessionStorage), never in the page or the address.
document.getElementById('token-form').addEventListener('submit', e => {
  e.preventDefault();
  const token = document.getElementById('token-input').value.trim();
  if (token) sessionStorage.setItem('parley-token', token); else sessionStorage.removeItem('parley-token');
  document.getElementById('token-input').value = '';
  document.getElementById('token-form').hidden = true;
  articles.clear();
  if (graph) { graph.destroy(); graph = null; }
  route();
});
window.addEventListener('hashchange', route);
route();
