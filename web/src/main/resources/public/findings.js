// The lint findings of a schema as a table that sorts by any column (click a header).
'use strict';

import { el } from './markdown.js';

const ORDER = { error: 0, warning: 1, info: 2, hint: 3 };
const COLUMNS = [
  ['severity', 'Severity', (f) => ORDER[f.severity] ?? 9],
  ['rule', 'Rule', (f) => f.ruleId],
  ['where', 'Where', (f) => f.location.file + ':' + String(f.location.line).padStart(6, '0')],
  ['object', 'Object', (f) => f.location.object],
  ['message', 'Finding', (f) => f.message],
  ['help', 'Fix', (f) => f.help],
];

export function renderFindings(report) {
  const box = el('section', 'findings');
  const s = report.summary || {};
  box.appendChild(el('h3', null, 'Lint findings (' + report.findings.length + ')'));
  box.appendChild(el('p', 'muted', Object.keys(ORDER).filter((k) => s[k]).map((k) => s[k] + ' ' + k)
    .join(', ') || 'No findings.'));
  if (!report.findings.length) return box;
  const table = el('table', 'findings-table');
  const head = el('tr');
  const body = el('tbody');
  let sortBy = 0;
  let ascending = true;
  const draw = () => {
    const key = COLUMNS[sortBy][2];
    const rows = report.findings.slice().sort((a, b) => {
      const x = key(a); const y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    body.replaceChildren(...rows.map((f) => {
      const tr = el('tr', 'sev-' + f.severity);
      [f.severity, f.ruleId, f.location.file + ':' + f.location.line + ':' + f.location.column,
        f.location.object, f.message, f.help].forEach((v) => tr.appendChild(el('td', null, String(v))));
      return tr;
    }));
    head.querySelectorAll('th').forEach((th, i) => {
      th.setAttribute('aria-sort', i === sortBy ? (ascending ? 'ascending' : 'descending') : 'none');
    });
  };
  COLUMNS.forEach(([, label], i) => {
    const th = el('th', null, label);
    th.tabIndex = 0;
    const sort = () => { ascending = sortBy === i ? !ascending : true; sortBy = i; draw(); };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter') sort(); });
    head.appendChild(th);
  });
  table.append(el('thead'), body);
  table.firstChild.appendChild(head);
  draw();
  const scroller = el('div', 'table-scroll');
  scroller.appendChild(table);
  box.appendChild(scroller);
  return box;
}
