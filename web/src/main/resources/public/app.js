// dbarch chat page. Everything from the server is shown as text or images: nodes are built with textContent,
// never parsed as HTML, and the page's CSP allows no inline script.
'use strict';

import { el, renderMarkdown } from './markdown.js';
import { ApiError, getJson, postJson, postText, saveBlob, setToken, streamChat, token } from './api.js';
import { renderArtifacts } from './artifacts.js';
import { renderFindings } from './findings.js';
import { requirementsYaml } from './intake.js';

const $ = (id) => document.getElementById(id);
const conversation = $('conversation');
const input = $('message');
const status = $('status');
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const DDL = /\b(create|alter)\s+(table|index|unique\s+index|type|view|sequence)\b/i;
let conversationId = sessionStorage.getItem('dbarch.conversationId');
let attachments = [];
let escalations = new Map();

function setConversation(id) {
  conversationId = id;
  if (id) sessionStorage.setItem('dbarch.conversationId', id); else sessionStorage.removeItem('dbarch.conversationId');
}

function addMessage(kind, who) {
  const box = el('article', 'message ' + kind);
  box.appendChild(el('div', 'who', who));
  const body = box.appendChild(el('div', 'body'));
  conversation.appendChild(box);
  box.scrollIntoView({ block: 'end' });
  return body;
}

function userMessage(text, files) {
  const body = addMessage('user', 'You');
  const lines = text.split('\n');
  if (lines.length > 16) {
    const more = el('details', 'long');
    more.append(el('summary', null, lines.length + ' lines — show all'), el('div', 'text', text));
    body.append(el('div', 'text', lines.slice(0, 8).join('\n') + '\n…'), more);
  } else if (text) body.appendChild(el('div', 'text', text));
  files.forEach((f) => body.appendChild(el('span', 'chip', 'file: ' + f.name)));
}

function showError(error) {
  if (error instanceof ApiError && error.status === 401) $('auth').hidden = false;
  addMessage('error', 'Error').appendChild(el('p', null, error.message));
}

function banners() {
  const box = $('banners');
  box.replaceChildren(...Array.from(escalations.values()).map((e) => {
    const b = el('div', 'banner ' + e.severity);
    b.setAttribute('role', 'alert');
    b.append(el('strong', null, 'Escalation (' + e.severity + '): '), el('span', null, e.title),
      el('span', 'muted', ' — decides: ' + e.decider + ' · '),
      el('span', 'deliveries', (e.deliveries || []).map((d) => d.channel + ' ' + d.status).join(', ')
        || 'shown here (no channel configured)'));
    return b;
  }));
}

function lintInput(text, files) {
  const sql = files.filter((f) => /\.sql$/i.test(f.name)).map((f) => f.content);
  if (DDL.test(text)) sql.unshift(text.replace(/```\w*/g, ''));
  return sql.join('\n;\n');
}

async function showFindings(target, ddl) {
  try {
    const report = await (await postJson('/api/lint', { ddl, name: 'schema.sql' })).json();
    target.appendChild(renderFindings(report));
  } catch (e) {
    target.appendChild(el('p', 'muted', 'Lint findings unavailable: ' + e.message));
  }
}

function finishAnswer(body, reply) {
  body.replaceChildren(renderMarkdown(reply.answer));
  body.dataset.done = 'true';
  body.appendChild(renderArtifacts(reply.artifacts || []));
  (reply.escalations || []).forEach((e) => escalations.set(e.id, e));
  banners();
}

async function send(text, files) {
  userMessage(text, files);
  const body = addMessage('assistant', 'dbarch');
  const request = { message: text, attachments: files.map((f) => ({ name: f.name, content: f.content })) };
  if (conversationId) request.conversationId = conversationId;
  let streamed = '';
  status.textContent = 'Thinking…';
  await streamChat(request, (event, data) => {
    if (event === 'meta') setConversation(data.conversationId);
    else if (event === 'delta') {
      streamed += data.text;
      body.dataset.deltas = String(Number(body.dataset.deltas || 0) + 1);
      body.replaceChildren(renderMarkdown(streamed));
      status.textContent = 'Answering…';
    } else if (event === 'done') finishAnswer(body, data);
    else if (event === 'error') throw new ApiError(data.status, data.detail);
  });
  const ddl = lintInput(text, files);
  if (ddl.trim()) await showFindings(body, ddl);
  status.textContent = '';
  loadConversations();
}

async function openConversation(id) {
  const detail = await getJson('/api/conversations/' + encodeURIComponent(id));
  setConversation(id);
  conversation.replaceChildren();
  escalations = new Map(detail.escalations.map((e) => [e.id, e]));
  const byId = new Map(detail.artifacts.map((a) => [a.id, a]));
  detail.messages.forEach((m) => {
    if (m.role === 'user') { userMessage(m.content, []); return; }
    const body = addMessage('assistant', 'dbarch');
    finishAnswer(body, { answer: m.content, artifacts: m.artifacts.map((a) => byId.get(a)).filter(Boolean),
      escalations: [] });
  });
  banners();
}

async function loadConversations() {
  try {
    const { conversations } = await getJson('/api/conversations?limit=50');
    $('conversations').replaceChildren(...conversations.map((c) => {
      const li = el('li', c.id === conversationId ? 'current' : null);
      const b = el('button', 'link', c.title);
      b.type = 'button';
      b.title = new Date(c.updatedAt).toLocaleString();
      b.addEventListener('click', () => openConversation(c.id).catch(showError));
      li.appendChild(b);
      return li;
    }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) $('auth').hidden = false;
  }
}

function renderAttachments() {
  $('attachments').replaceChildren(...attachments.map((f, i) => {
    const li = el('li', 'chip', f.name + ' (' + Math.ceil(f.content.length / 1024) + ' KB) ');
    const x = el('button', 'link', '×');
    x.type = 'button';
    x.setAttribute('aria-label', 'Remove ' + f.name);
    x.addEventListener('click', () => { attachments.splice(i, 1); renderAttachments(); });
    li.appendChild(x);
    return li;
  }));
}

async function addFiles(fileList) {
  for (const file of Array.from(fileList)) {
    if (file.size > MAX_FILE_BYTES) { showError(new Error(file.name + ' is larger than 5 MB.')); continue; }
    attachments.push({ name: file.name, content: await file.text() });
  }
  renderAttachments();
}

$('composer').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text && !attachments.length) return;
  const files = attachments;
  input.value = '';
  attachments = [];
  renderAttachments();
  $('send').disabled = true;
  try { await send(text, files); } catch (e) { showError(e); status.textContent = ''; }
  finally { $('send').disabled = false; input.focus(); }
});
input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('composer').requestSubmit(); });
input.addEventListener('paste', (e) => {
  if (e.clipboardData && e.clipboardData.files.length) { e.preventDefault(); addFiles(e.clipboardData.files); }
});
const zone = $('dropzone');
['dragenter', 'dragover'].forEach((t) => zone.addEventListener(t, (e) => { e.preventDefault(); zone.classList.add('over'); }));
['dragleave', 'drop'].forEach((t) => zone.addEventListener(t, () => zone.classList.remove('over')));
zone.addEventListener('drop', (e) => { e.preventDefault(); addFiles(e.dataTransfer.files); });
$('file').addEventListener('change', (e) => { addFiles(e.target.files); e.target.value = ''; });
$('new-conversation').addEventListener('click', () => {
  setConversation(null);
  escalations = new Map();
  banners();
  conversation.replaceChildren();
  input.focus();
});
$('save-token').addEventListener('click', () => {
  setToken($('token').value);
  $('token').value = '';
  $('auth').hidden = true;
  loadConversations();
});
$('intake-ask').addEventListener('click', () => {
  attachments.push({ name: 'requirements.yaml', content: requirementsYaml($('intake-form')) });
  input.value = input.value || 'Design the database for these requirements.';
  $('intake').open = false;
  $('composer').requestSubmit();
});
$('intake-package').addEventListener('click', async () => {
  try {
    const response = await postText('/api/design', 'application/yaml', requirementsYaml($('intake-form')),
      'application/zip');
    saveBlob(await response.blob(), 'design-package.zip');
  } catch (e) { showError(e); }
});
if (!token()) $('auth').hidden = true;
loadConversations().then(() => { if (conversationId) openConversation(conversationId).catch(() => setConversation(null)); });
