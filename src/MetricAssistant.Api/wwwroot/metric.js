/* A metric's page: its four layers (business definition, data model, calculation, permission tags), synonyms,
   typical questions, version history and lineage. */
import { $, el, clear } from './dom.js';
import { t, loc, colon } from './i18n.js';
import { state } from './state.js';
import { loadDetail, dimensionName } from './data.js';
import { lineage } from './chart.js';
import { errorCard } from './answer.js';
import { askQuestion } from './ask.js';
import { versionsPanel, proposePanel } from './gov-metric.js';
import { g } from './gov-i18n.js';

export function renderMetric(id) {
  const page = $('metric-page');
  clear(page);
  page.appendChild(el('div', { class: 'card loading', text: t('loading') }));
  loadDetail(id).then(function (res) {
    clear(page);
    page.appendChild(el('a', { href: '#/catalog', class: 'back', text: t('back') }));
    if (!res.ok || !res.body || !res.body.summary) {
      page.appendChild(errorCard((res.body && res.body.detail) || t('notFoundMetric')));
      return;
    }
    page.appendChild(metricPage(res.body));
  }).catch(function (e) { clear(page); page.appendChild(errorCard(t('failed') + ': ' + e.message)); });
}
function section(title, body) { return el('section', { class: 'card layer' }, el('h2', { text: title }), body); }
function kv(pairs) {
  return el('dl', { class: 'meta' }, pairs.filter(function (p) { return p[1] !== null && p[1] !== undefined && p[1] !== ''; }).map(function (p) {
    return [el('dt', { text: p[0] }), el('dd', null, p[1])];
  }));
}
function metricPage(d) {
  const s = d.summary;
  const other = state.lang === 'zh' ? 'en' : 'zh';
  const wrap = el('div', { class: 'metric-detail' });
  wrap.appendChild(el('header', { class: 'metric-header' },
    el('h1', null, el('span', { text: loc(s.name) }), s.official ? el('span', { class: 'badge official', text: t('official') }) : null,
      el('span', { class: 'pill pill-s-' + s.status, text: t('s_' + s.status) })),
    el('div', { class: 'muted', text: (s.name && s.name[other] ? s.name[other] + ' · ' : '') + s.id + ' · v' + s.version + ' · ' + t('owner') + ' ' + loc(s.owner) + ' · ' + t('domain') + ' ' + s.domain }),
    s.replacedBy ? el('div', { class: 'alert alert-warn' }, t('replacedBy') + ' ', el('a', { href: '#/metric/' + encodeURIComponent(s.replacedBy), text: s.replacedBy })) : null));

  const grid = el('div', { class: 'layers' });
  grid.appendChild(section(t('layerBusiness'), [
    el('p', { class: 'def-main', text: loc(d.definition) }),
    d.definition && d.definition[other] ? el('p', { class: 'muted', text: d.definition[other] }) : null,
    kv([[t('defaultWindow'), t('w_' + d.defaultWindow).indexOf('w_') === 0 ? d.defaultWindow : t('w_' + d.defaultWindow)],
      [t('format'), t('f_' + d.format).indexOf('f_') === 0 ? d.format : t('f_' + d.format)], [t('unit'), s.unit]])]));
  grid.appendChild(section(t('layerModel'), (d.models || []).map(function (m) {
    return el('div', { class: 'model' }, el('strong', { text: m.model }), el('span', { class: 'muted', text: ' → ' + t('table_') + ' ' + m.table }),
      el('div', { class: 'tags' }, (m.columns || []).map(function (c) { return el('code', { class: 'tag', text: c }); })));
  })));
  grid.appendChild(section(t('layerCalc'), [
    kv([[t('calcType'), d.calculation && d.calculation.type]]),
    el('pre', { class: 'calc' }, el('code', { text: d.calculation ? d.calculation.text : '' })),
    d.calculation && d.calculation.inputs && d.calculation.inputs.length ? el('div', { class: 'tags' }, el('span', { class: 'muted', text: t('inputs') + colon() }),
      d.calculation.inputs.map(function (i) { return el('a', { class: 'tag', href: '#/metric/' + encodeURIComponent(i), text: i }); })) : null,
    el('div', { class: 'tags' }, el('span', { class: 'muted', text: t('dimensions') + colon() }), (d.dimensions || []).map(function (x) { return el('span', { class: 'tag', title: x, text: dimensionName(x) }); }))]));
  grid.appendChild(section(t('layerPerm'), s.tags && s.tags.length
    ? el('div', { class: 'tags' }, s.tags.map(function (x) { return el('span', { class: 'tag tag-perm', text: x }); }))
    : el('p', { class: 'muted', text: t('noTags') })));
  wrap.appendChild(grid);

  wrap.appendChild(section(t('synonyms'), el('div', { class: 'tags' }, (d.synonyms || []).map(function (x) { return el('span', { class: 'tag', text: x }); }))));
  wrap.appendChild(section(t('typicalQuestions'), el('div', { class: 'chips' }, (d.typicalQuestions || []).map(function (q) {
    return el('button', { type: 'button', class: 'chip', text: q, onclick: function () { location.hash = '#/'; askQuestion(q); } });
  }))));
  wrap.appendChild(section(t('versions'), versionList(d)));
  wrap.appendChild(section(g('versionsTitle'), versionsPanel(s.id, loc(s.name))));
  wrap.appendChild(section(t('lineage'), el('div', { class: 'lineage-wrap' }, lineageDiagram(d))));
  wrap.appendChild(section(g('proposeTitle'), proposePanel(d)));
  return wrap;
}
/** The changelog, newest first, the current version marked. */
function versionList(d) {
  const current = d.summary.version;
  const log = (d.changelog || []).slice().reverse();
  if (!log.length) return el('p', { class: 'muted', text: 'v' + current });
  return el('ol', { class: 'versions' }, log.map(function (c) {
    return el('li', { class: 'version' + (c.version === current ? ' version-current' : '') },
      el('div', { class: 'version-head' },
        el('span', { class: 'version-no', text: 'v' + c.version }),
        c.version === current ? el('span', { class: 'pill pill-s-published', text: t('currentVersion') }) : null,
        el('span', { class: 'muted', text: c.date + ' · ' + c.author })),
      el('div', { class: 'version-summary', text: loc(c.summary) }));
  }));
}
function lineageDiagram(d) {
  const s = d.summary;
  const cols = [
    { title: t('lnMetric'), nodes: [{ key: 'm:' + s.id, label: loc(s.name), sub: [s.id + ' · v' + s.version] }] },
    { title: t('lnModel'), nodes: [] }, { title: t('lnTable'), nodes: [] }, { title: t('lnJob'), nodes: [] }, { title: t('lnSource'), nodes: [] }];
  const edges = [], seen = {};
  function add(ci, key, label, sub) {
    if (seen[key]) return;
    seen[key] = true;
    cols[ci].nodes.push({ key: key, label: label, sub: sub || [] });
  }
  function edge(a, b) { if (!edges.some(function (e) { return e[0] === a && e[1] === b; })) edges.push([a, b]); }
  const models = d.models || [];
  models.forEach(function (m) {
    const mk = 'model:' + m.model, tk = 'table:' + m.table;
    add(1, mk, m.model);
    edge('m:' + s.id, mk);
    const colsText = (m.columns || []).join(', ');
    add(2, tk, m.table, colsText ? [colsText.length > 80 ? colsText.slice(0, 79) + '…' : colsText] : []);
    edge(mk, tk);
    const ln = m.lineage || d.lineage;
    if (ln) {
      const jk = 'job:' + ln.job, sk = 'src:' + ln.sourceSystem;
      if (ln.job) { add(3, jk, ln.job, ln.schedule ? [ln.schedule] : []); edge(tk, jk); }
      if (ln.sourceSystem) { add(4, sk, ln.sourceSystem, ln.upstreamTables || []); edge(ln.job ? jk : tk, sk); }
    }
  });
  if (!models.length && d.lineage) {
    const l = d.lineage;
    (l.upstreamTables || []).forEach(function (u) { add(2, 'table:' + u, u); edge('m:' + s.id, 'table:' + u); if (l.job) edge('table:' + u, 'job:' + l.job); });
    if (l.job) add(3, 'job:' + l.job, l.job);
    if (l.sourceSystem) { add(4, 'src:' + l.sourceSystem, l.sourceSystem); edge(l.job ? 'job:' + l.job : 'm:' + s.id, 'src:' + l.sourceSystem); }
  }
  const used = cols.filter(function (c) { return c.nodes.length; });
  return lineage(used, edges, t('lineage') + ' · ' + loc(s.name));
}
