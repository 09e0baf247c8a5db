/* The metric catalog: every metric the caller may see, filtered by text, domain, owner, status and tag. */
import { $, el, clear } from './dom.js';
import { t, loc } from './i18n.js';
import { state } from './state.js';
import { loadCatalog } from './data.js';

function fillSelect(select, values, allKey, labeller) {
  const current = select.value;
  clear(select);
  select.appendChild(el('option', { value: '', text: t(allKey) }));
  values.forEach(function (v) { select.appendChild(el('option', { value: v, text: labeller ? labeller(v) : v })); });
  select.value = values.indexOf(current) >= 0 ? current : '';
}
function uniq(list) { return list.filter(function (v, i) { return v && list.indexOf(v) === i; }).sort(); }
export function renderCatalog() {
  loadCatalog().then(function (list) {
    fillSelect($('cat-domain'), uniq(list.map(function (m) { return m.domain; })), 'allDomains');
    fillSelect($('cat-owner'), uniq(list.map(function (m) { return loc(m.owner); })), 'allOwners');
    fillSelect($('cat-status'), uniq(list.map(function (m) { return m.status; })), 'allStatuses', function (s) { return t('s_' + s); });
    fillSelect($('cat-tag'), uniq([].concat.apply([], list.map(function (m) { return m.tags || []; }))), 'allTags');
    filterCatalog();
  });
}
export function filterCatalog() {
  const list = state.catalog || [];
  const q = $('cat-search').value.trim().toLowerCase();
  const domain = $('cat-domain').value, owner = $('cat-owner').value, status = $('cat-status').value, tag = $('cat-tag').value;
  const shown = list.filter(function (m) {
    if (domain && m.domain !== domain) return false;
    if (owner && loc(m.owner) !== owner) return false;
    if (status && m.status !== status) return false;
    if (tag && (m.tags || []).indexOf(tag) < 0) return false;
    if (q) {
      const hay = [m.id, m.name && m.name.zh, m.name && m.name.en, m.domain, m.owner && m.owner.zh, m.owner && m.owner.en].concat(m.tags || []).join(' ').toLowerCase();
      if (hay.indexOf(q) < 0) return false;
    }
    return true;
  });
  shown.sort(function (x, y) { return (x.domain + x.id).localeCompare(y.domain + y.id); });
  $('cat-count').textContent = t('metricsCount').replace('{n}', String(shown.length));
  const grid = $('cat-list');
  clear(grid);
  shown.forEach(function (m) {
    grid.appendChild(el('a', { class: 'card metric-card', href: '#/metric/' + encodeURIComponent(m.id) },
      el('div', { class: 'mc-head' },
        el('span', { class: 'metric-name', text: loc(m.name) }),
        m.official ? el('span', { class: 'badge official', text: t('official') }) : null,
        el('span', { class: 'pill pill-s-' + m.status, text: t('s_' + m.status) })),
      el('div', { class: 'mc-id', text: m.id + ' · v' + m.version }),
      el('div', { class: 'mc-meta muted', text: m.domain + ' · ' + loc(m.owner) + (m.unit ? ' · ' + m.unit : '') }),
      m.replacedBy ? el('div', { class: 'mc-meta warn-text', text: t('replacedBy') + ' ' + m.replacedBy }) : null,
      (m.tags && m.tags.length) ? el('div', { class: 'tags' }, m.tags.map(function (x) { return el('span', { class: 'tag', text: x }); })) : null));
  });
}
