// HTTP calls of the chat page: bearer token from sessionStorage, problem details as errors, SSE over fetch.
'use strict';

const TOKEN_KEY = 'dbarch.token';

export function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }
export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value.trim()); else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

function headers(extra) {
  const h = Object.assign({}, extra);
  if (token()) h['Authorization'] = 'Bearer ' + token();
  return h;
}

async function fail(response) {
  let detail = 'HTTP ' + response.status;
  try {
    const body = await response.json();
    if (body && body.detail) detail = body.detail;
  } catch (ignored) { /* not JSON */ }
  throw new ApiError(response.status, detail);
}

export async function getJson(path) {
  const response = await fetch(path, { headers: headers({ 'Accept': 'application/json' }) });
  if (!response.ok) await fail(response);
  return response.json();
}

export async function postJson(path, body, accept) {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', 'Accept': accept || 'application/json' }),
    body: JSON.stringify(body),
  });
  if (!response.ok) await fail(response);
  return response;
}

export async function postText(path, contentType, text, accept) {
  const response = await fetch(path, {
    method: 'POST', headers: headers({ 'Content-Type': contentType, 'Accept': accept }), body: text,
  });
  if (!response.ok) await fail(response);
  return response;
}

export async function getBlob(path) {
  const response = await fetch(path, { headers: headers({}) });
  if (!response.ok) await fail(response);
  return response.blob();
}

// POST /api/chat as a stream; calls onEvent(name, data) for each server-sent event.
export async function streamChat(body, onEvent) {
  const response = await postJson('/api/chat', body, 'text/event-stream');
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = 'message';
      const data = [];
      frame.split('\n').forEach((line) => {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      });
      if (data.length) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}

// Saves a blob as a file through a temporary link.
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
