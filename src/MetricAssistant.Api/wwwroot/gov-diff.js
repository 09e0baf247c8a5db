/* A diff between two versions of a definition: the fields side by side and the SQL of a reference query before
   and after, so a reviewer sees what the numbers will do. */
import { el } from './dom.js';
import { g } from './gov-i18n.js';

function show(v) {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Renders { fields: [{ path, from, to }], sql: { from, to }, reference? }. */
export function diffView(d) {
  const fields = (d && d.fields) || [];
  const wrap = el('div', { class: 'gov-diff' });
  wrap.appendChild(fields.length
    ? el('table', { class: 'data diff-fields' },
      el('thead', null, el('tr', null, el('th', { text: g('field') }), el('th', { text: g('before') }), el('th', { text: g('after') }))),
      el('tbody', null, fields.map(function (f) {
        return el('tr', { 'data-path': f.path }, el('td', null, el('code', { text: f.path })),
          el('td', { class: 'diff-from', text: show(f.from) }), el('td', { class: 'diff-to', text: show(f.to) }));
      })))
    : el('p', { class: 'muted', text: g('none') }));
  const sql = d && d.sql;
  if (sql && (sql.from || sql.to)) {
    if (d.reference) wrap.appendChild(el('p', { class: 'muted', text: g('reference') + ': ' + show(d.reference.description || d.reference) }));
    wrap.appendChild(el('div', { class: 'diff-sql' },
      el('div', null, el('h4', { text: g('sqlBefore') }), el('pre', { class: 'calc' }, el('code', { text: sql.from || '—' }))),
      el('div', null, el('h4', { text: g('sqlAfter') }), el('pre', { class: 'calc' }, el('code', { text: sql.to || '—' })))));
  }
  return wrap;
}
