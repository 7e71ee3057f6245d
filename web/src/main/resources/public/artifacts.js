// Artifacts under an answer: diagrams inline with zoom and PNG/PUML download, SQL files with copy and a zip of
// them, other files as downloads. Content is fetched with the token and shown as images or text only.
'use strict';

import { el } from './markdown.js';
import { getBlob, saveBlob } from './api.js';

const isSvg = (a) => a.mediaType.startsWith('image/svg');
const isImage = (a) => a.mediaType.startsWith('image/');
const isSql = (a) => a.mediaType.startsWith('application/sql') || /\.sql$/i.test(a.name);
const base = (name) => name.replace(/\.[^.]+$/, '');

function button(label, onClick, className) {
  const b = el('button', className || 'secondary small', label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

async function download(a) {
  saveBlob(await getBlob('/api/artifacts/' + a.id + '?download'), a.name);
}

async function svgToPng(img, name) {
  const canvas = document.createElement('canvas');
  const scale = 2;
  canvas.width = img.naturalWidth * scale;
  canvas.height = img.naturalHeight * scale;
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  canvas.toBlob((blob) => saveBlob(blob, base(name) + '.png'), 'image/png');
}

function diagram(a, siblings) {
  const box = el('figure', 'diagram');
  const viewport = el('div', 'viewport');
  const img = el('img');
  img.alt = a.name + ' — ' + a.summary;
  img.dataset.artifact = a.id;
  viewport.appendChild(img);
  let zoom = 1;
  const apply = () => { img.style.transform = 'scale(' + zoom + ')'; zoomLabel.textContent = Math.round(zoom * 100) + '%'; };
  const zoomLabel = el('span', 'zoom-label', '100%');
  const tools = el('div', 'diagram-tools');
  tools.append(button('−', () => { zoom = Math.max(0.25, zoom / 1.25); apply(); }),
    zoomLabel,
    button('+', () => { zoom = Math.min(8, zoom * 1.25); apply(); }),
    button('Fit', () => { zoom = 1; apply(); }),
    button('Download SVG', () => download(a)));
  if (isSvg(a)) tools.appendChild(button('Download PNG', () => svgToPng(img, a.name)));
  const puml = siblings.find((s) => s.name === base(a.name) + '.puml');
  if (puml) tools.appendChild(button('Download PUML', () => download(puml)));
  viewport.addEventListener('wheel', (event) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    zoom = Math.min(8, Math.max(0.25, zoom * (event.deltaY < 0 ? 1.1 : 1 / 1.1)));
    apply();
  }, { passive: false });
  box.append(tools, viewport, el('figcaption', null, a.name + ' · ' + a.summary));
  getBlob('/api/artifacts/' + a.id).then((blob) => { img.src = URL.createObjectURL(blob); })
    .catch((e) => box.appendChild(el('p', 'error', 'Could not load the diagram: ' + e.message)));
  return box;
}

function sqlFile(a) {
  const box = el('details', 'file sql');
  box.open = true;
  const summary = el('summary', null, a.name + ' — ' + a.summary);
  const pre = el('pre');
  const code = el('code', 'lang-sql', 'Loading…');
  pre.appendChild(code);
  const tools = el('div', 'file-tools');
  tools.append(button('Copy', async (event) => {
    await navigator.clipboard.writeText(code.textContent);
    event.target.textContent = 'Copied';
  }), button('Download', () => download(a)));
  box.append(summary, tools, pre);
  getBlob('/api/artifacts/' + a.id).then((b) => b.text()).then((t) => { code.textContent = t; })
    .catch((e) => { code.textContent = 'Could not load: ' + e.message; });
  return box;
}

function otherFile(a) {
  const row = el('div', 'file other');
  row.append(el('span', 'file-name', a.name), el('span', 'file-summary', ' ' + a.summary + ' '),
    button('Download', () => download(a)));
  return row;
}

// The artifacts of one answer.
export function renderArtifacts(artifacts) {
  const box = el('section', 'artifacts');
  if (!artifacts.length) return box;
  box.appendChild(el('h3', null, 'Artifacts'));
  artifacts.filter(isImage).filter((a) => !a.name.endsWith('.png') || !artifacts.some((s) => isSvg(s)
      && base(s.name) === base(a.name))).forEach((a) => box.appendChild(diagram(a, artifacts)));
  const sql = artifacts.filter(isSql);
  if (sql.length) {
    const zip = button('Download migration zip (' + sql.length + ' SQL file' + (sql.length > 1 ? 's' : '') + ')',
      async () => saveBlob(await getBlob('/api/artifacts.zip?folder=flyway&ids=' + sql.map((a) => a.id).join(',')),
        'flyway.zip'), 'small');
    zip.classList.add('migration-zip');
    box.appendChild(zip);
    sql.forEach((a) => box.appendChild(sqlFile(a)));
  }
  artifacts.filter((a) => !isImage(a) && !isSql(a)).forEach((a) => box.appendChild(otherFile(a)));
  return box;
}
