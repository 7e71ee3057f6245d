// dbarch chat page. Model output is rendered as text only: DOM nodes built with textContent, never parsed as HTML.
'use strict';

(function () {
  const conversation = document.getElementById('conversation');
  const form = document.getElementById('composer');
  const input = document.getElementById('message');
  const send = document.getElementById('send');
  const status = document.getElementById('status');
  let conversationId = sessionStorage.getItem('dbarch.conversationId');

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Minimal Markdown-like rendering: headings (#..####), fenced code blocks, '-'/'*' and '1.' lists, paragraphs.
  function renderAnswer(text) {
    const fragment = document.createDocumentFragment();
    const lines = text.split('\n');
    let paragraph = [];
    let list = null;
    const flushParagraph = () => {
      if (paragraph.length) fragment.appendChild(el('p', null, paragraph.join('\n')));
      paragraph = [];
    };
    const flushList = () => { if (list) fragment.appendChild(list); list = null; };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const fence = line.match(/^\s*```(.*)$/);
      if (fence) {
        flushParagraph(); flushList();
        const code = [];
        for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) code.push(lines[i]);
        const pre = el('pre');
        pre.appendChild(el('code', null, code.join('\n')));
        fragment.appendChild(pre);
        continue;
      }
      const heading = line.match(/^(#{1,4})\s+(.*)$/);
      if (heading) {
        flushParagraph(); flushList();
        fragment.appendChild(el('h' + Math.min(heading[1].length + 1, 4), null, heading[2]));
        continue;
      }
      const item = line.match(/^\s*(?:[-*]|(\d+)\.)\s+(.*)$/);
      if (item) {
        flushParagraph();
        const ordered = item[1] !== undefined;
        if (!list || (list.tagName === 'OL') !== ordered) { flushList(); list = el(ordered ? 'ol' : 'ul'); }
        list.appendChild(el('li', null, item[2]));
        continue;
      }
      if (line.trim() === '') { flushParagraph(); flushList(); continue; }
      flushList();
      paragraph.push(line);
    }
    flushParagraph(); flushList();
    return fragment;
  }

  function addMessage(kind, who, content) {
    const box = el('article', 'message ' + kind);
    box.appendChild(el('div', 'who', who));
    if (typeof content === 'string') box.appendChild(document.createTextNode(content));
    else box.appendChild(content);
    conversation.appendChild(box);
    box.scrollIntoView({ block: 'end' });
  }

  async function ask(message) {
    const body = { message };
    if (conversationId) body.conversationId = conversationId;
    const response = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body),
    });
    const payload = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = payload && payload.detail ? payload.detail : 'HTTP ' + response.status;
      throw new Error(detail);
    }
    return payload;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = input.value;
    if (!message.trim()) return;
    addMessage('user', 'You', message);
    input.value = '';
    send.disabled = true;
    status.textContent = 'Thinking…';
    try {
      const reply = await ask(message);
      conversationId = reply.conversationId;
      sessionStorage.setItem('dbarch.conversationId', conversationId);
      addMessage('assistant', 'dbarch', renderAnswer(reply.answer));
      status.textContent = '';
    } catch (error) {
      addMessage('error', 'Error', error.message);
      status.textContent = '';
    } finally {
      send.disabled = false;
      input.focus();
    }
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });

  document.getElementById('new-conversation').addEventListener('click', () => {
    conversationId = null;
    sessionStorage.removeItem('dbarch.conversationId');
    conversation.replaceChildren();
    input.focus();
  });
})();
