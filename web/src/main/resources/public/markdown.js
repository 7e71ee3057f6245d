// Safe Markdown for answers: the text is parsed by hand and every node is built with createElement and
// textContent, so no message can inject markup or script. Links open only http(s) URLs.
'use strict';

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]{1,200}\]\(https?:\/\/[^)\s]{1,500}\))/g;

// Inline markup: **bold**, `code`, [text](http…); everything else is text.
export function inline(parent, text) {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parent.appendChild(document.createTextNode(text.slice(last, match.index)));
    const token = match[0];
    if (token.startsWith('**')) parent.appendChild(el('strong', null, token.slice(2, -2)));
    else if (token.startsWith('`')) parent.appendChild(el('code', null, token.slice(1, -1)));
    else {
      const [, label, href] = token.match(/^\[([^\]]+)\]\(([^)]+)\)$/);
      const a = el('a', null, label);
      a.href = href;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      parent.appendChild(a);
    }
    last = match.index + token.length;
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  return parent;
}

function table(lines) {
  const cells = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  const t = el('table', 'md-table');
  const head = el('tr');
  cells(lines[0]).forEach((c) => head.appendChild(inline(el('th'), c)));
  t.appendChild(el('thead')).appendChild(head);
  const body = t.appendChild(el('tbody'));
  lines.slice(2).forEach((line) => {
    const row = el('tr');
    cells(line).forEach((c) => row.appendChild(inline(el('td'), c)));
    body.appendChild(row);
  });
  return t;
}

// Block markup: headings, fenced code, tables, lists, paragraphs.
export function renderMarkdown(text) {
  const fragment = document.createDocumentFragment();
  const lines = text.split('\n');
  let paragraph = [];
  let list = null;
  const flushParagraph = () => {
    if (paragraph.length) fragment.appendChild(inline(el('p'), paragraph.join('\n')));
    paragraph = [];
  };
  const flushList = () => { if (list) fragment.appendChild(list); list = null; };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = line.match(/^\s*```(\w*)\s*$/);
    if (fence) {
      flushParagraph(); flushList();
      const code = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) code.push(lines[i]);
      const pre = el('pre');
      const c = el('code', fence[1] ? 'lang-' + fence[1] : null, code.join('\n'));
      pre.appendChild(c);
      fragment.appendChild(pre);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line) && i + 1 < lines.length && /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1])) {
      flushParagraph(); flushList();
      const rows = [];
      for (; i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i]); i++) rows.push(lines[i]);
      i--;
      fragment.appendChild(table(rows));
      continue;
    }
    const heading = line.match(/^(#{1,4})\s+(.*)$/);
    if (heading) {
      flushParagraph(); flushList();
      fragment.appendChild(inline(el('h' + Math.min(heading[1].length + 1, 4)), heading[2]));
      continue;
    }
    const item = line.match(/^\s*(?:[-*]|(\d+)\.)\s+(.*)$/);
    if (item) {
      flushParagraph();
      const ordered = item[1] !== undefined;
      if (!list || (list.tagName === 'OL') !== ordered) { flushList(); list = el(ordered ? 'ol' : 'ul'); }
      list.appendChild(inline(el('li'), item[2]));
      continue;
    }
    if (line.trim() === '') { flushParagraph(); flushList(); continue; }
    flushList();
    paragraph.push(line);
  }
  flushParagraph(); flushList();
  return fragment;
}
