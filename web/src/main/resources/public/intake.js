// The requirements intake form: domain model, workloads, SLAs and compliance as a requirements.yaml that
// is sent to the agent, or to POST /api/design for the design package.
'use strict';

const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const num = (form, name) => {
  const v = form.elements[name].value.trim();
  return v === '' ? null : Number(v);
};
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

// "order: total:money, placed_at:timestamp" lines → entities; "order -> customer" lines → relationships.
function domain(text) {
  const entities = [];
  const relationships = [];
  text.split('\n').map((l) => l.trim()).filter(Boolean).forEach((line) => {
    const rel = line.match(/^([a-z][a-z0-9_]*)\s*->\s*([a-z][a-z0-9_]*)$/);
    if (rel) { relationships.push({ from: rel[1], to: rel[2] }); return; }
    const [name, attrs] = line.split(':', 1).concat(line.slice(line.indexOf(':') + 1));
    const attributes = (line.includes(':') ? attrs : '').split(',').map((a) => a.trim()).filter(Boolean)
      .map((a) => { const [n, t] = a.split(':').map((s) => s.trim()); return { name: n, type: t || 'string' }; });
    entities.push({ name: name.trim(), attributes });
  });
  return { entities, relationships };
}

export function requirementsYaml(form) {
  const y = ['name: ' + q(form.elements.name.value.trim() || 'My system')];
  const summary = form.elements.summary.value.trim();
  if (summary) y.push('summary: ' + q(summary));
  const d = domain(form.elements.domain.value);
  if (d.entities.length) {
    y.push('domain:', '  entities:');
    d.entities.forEach((e) => {
      y.push('    - name: ' + q(e.name));
      if (e.attributes.length) {
        y.push('      attributes:');
        e.attributes.forEach((a) => y.push('        - {name: ' + q(a.name) + ', type: ' + q(a.type) + '}'));
      }
    });
    if (d.relationships.length) {
      y.push('  relationships:');
      d.relationships.forEach((r) => y.push('    - {from: ' + q(r.from) + ', to: ' + q(r.to)
        + ', kind: many-to-one}'));
    }
  }
  const work = [['peakReadsPerSecond', 'reads'], ['peakWritesPerSecond', 'writes'], ['dataSizeGb', 'sizeGb']]
    .filter(([, f]) => num(form, f) !== null);
  if (work.length) { y.push('workload:'); work.forEach(([k, f]) => y.push('  ' + k + ': ' + num(form, f))); }
  const slas = [['availabilityPercent', 'availability'], ['p99LatencyMs', 'p99'], ['rpoSeconds', 'rpo'],
    ['rtoMinutes', 'rto']].filter(([, f]) => num(form, f) !== null);
  const regions = list(form.elements.regions.value);
  const consistency = form.elements.consistency.value;
  if (slas.length || regions.length || consistency) {
    y.push('slas:');
    slas.forEach(([k, f]) => y.push('  ' + k + ': ' + num(form, f)));
    if (regions.length) y.push('  regions: [' + regions.map(q).join(', ') + ']');
    if (consistency) y.push('  consistency: ' + consistency);
  }
  const regimes = Array.from(form.querySelectorAll('input[name=regime]:checked')).map((c) => c.value);
  const residency = list(form.elements.residency.value.toUpperCase());
  const erasure = form.elements.erasure.checked;
  if (regimes.length || residency.length || erasure) {
    y.push('compliance:');
    if (regimes.length) y.push('  regimes: [' + regimes.map(q).join(', ') + ']');
    if (residency.length) y.push('  dataResidency: [' + residency.map(q).join(', ') + ']');
    if (erasure) y.push('  rightToErasure: true');
  }
  y.push('platform:', '  engine: ' + form.elements.engine.value);
  if (form.elements.replication.value) y.push('  replication: ' + form.elements.replication.value);
  return y.join('\n') + '\n';
}
