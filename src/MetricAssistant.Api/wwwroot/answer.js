/* The answer card: status, the number, the message, the chart and table the server formatted (display facts),
   the definition, the scope note, alternatives, SQL and feedback. Nothing here formats a number or reads a
   column's name: columns are found by their role, cells and chart come as text from the server. */
import { el } from './dom.js';
import { t, colon } from './i18n.js';
import { state } from './state.js';
import { valueName, dimensionName, metricSummary } from './data.js';
import { draw } from './chart.js';
import { feedbackBox } from './feedback.js';
import { askQuestion } from './ask.js';
import { requestBox } from './request.js';

/** The server may say which earlier question this one follows (a string, or an object naming it); shown only if present. */
function followUpText(f) {
  if (!f) return '';
  if (typeof f === 'string') return f;
  if (typeof f === 'object') return String(f.question || f.text || f.message || '');
  return '';
}

export function errorCard(message) {
  return el('div', { class: 'card answer status-invalid' }, el('div', { class: 'alert alert-error', text: message }));
}

/** Buttons that ask again; with `clarified` (the question a clarification was about) a click also tells the server which metric was chosen. */
export function chips(label, alternatives, questionFor, clarified) {
  return el('div', { class: 'chips' }, el('span', { class: 'muted', text: label }),
    alternatives.map(function (alt) {
      return el('button', { type: 'button', class: 'chip', title: alt.id, text: alt.name || alt.id, onclick: function () {
        askQuestion(questionFor ? questionFor(alt) : (alt.name || alt.id), clarified ? { question: clarified, metricId: alt.id } : null);
      } });
    }));
}

/** The index of the column with this role (and metric), or -1. */
function roleIndex(a, role, metric) {
  return (a.columns || []).findIndex(function (c) { return c.role === role && (!metric || c.metric === metric); });
}

function table(a, display) {
  const numeric = display.columns.map(function (c) { return !!c.format; });
  const rows = a.rows.slice(0, 500);
  return el('details', { class: 'rows', open: a.rows.length <= 20 ? 'open' : null },
    el('summary', { text: t('table') + ' (' + a.rows.length + ')' }),
    el('div', { class: 'table-wrap' }, el('table', { class: 'data' },
      el('thead', null, el('tr', null, display.columns.map(function (c, i) { return el('th', { class: numeric[i] ? 'num' : null, title: c.name, text: c.label }); }))),
      el('tbody', null, rows.map(function (r, ri) {
        // The raw value stays with its cell: the full number in the title, the code in data-value.
        return el('tr', null, r.map(function (v, i) {
          const text = display.cells[ri][i];
          if (numeric[i]) return el('td', { class: 'num', title: typeof v === 'number' ? String(v) : null, text: text });
          return el('td', { 'data-value': v === null ? null : String(v), text: text });
        }));
      })))));
}

// The version computed, and the current one beside it when an earlier definition was pinned ("v2 (当前版本 v3)").
function versionUsed(metric) {
  const used = 'v' + (metric.version || '');
  return metric.currentVersion && metric.currentVersion !== metric.version
    ? used + ' (' + t('currentVersion') + ' v' + metric.currentVersion + ')'
    : used;
}

function definition(a, metric, display) {
  const summary = metricSummary(metric.id);
  const meta = el('dl', { class: 'meta' },
    el('dt', { text: t('lnMetric') }), el('dd', { text: (metric.name || '') + ' (' + (metric.id || '') + ')' }),
    el('dt', { text: t('version') }), el('dd', { text: versionUsed(metric) }),
    el('dt', { text: t('owner') }), el('dd', { text: metric.owner || '' }),
    el('dt', { text: t('status') }), el('dd', { text: t('s_' + (metric.status || (summary && summary.status) || 'published')) }));
  if (a.query && a.query.timeRange && display && display.period) {
    meta.appendChild(el('dt', { text: t('timeRange') }));
    meta.appendChild(el('dd', { title: '[' + a.query.timeRange.start + ', ' + a.query.timeRange.end + ')',
      text: display.period + (a.query.grain ? ' · ' + t('g_' + a.query.grain) : '') }));
  }
  return el('section', { class: 'definition' }, el('h3', { text: t('definition') }), el('p', { text: a.definition || '' }), meta);
}

function scopeNote(a) {
  return el('div', { class: 'alert alert-scope' },
    el('strong', { text: t('scope') + colon() }), t('scopeNote') + ' ',
    a.scope.map(function (s, i) {
      const values = (s.values || []).map(function (v) { return valueName(s.dimension, v); }).join(state.lang === 'zh' ? '、' : ', ');
      return el('span', { class: 'scope-item', title: s.dimension + ' ' + (s.op || 'in') + ' ' + (s.values || []).join(','),
        text: (i ? '; ' : '') + dimensionName(s.dimension) + (s.op === 'not_in' ? (state.lang === 'zh' ? ' 不含 ' : ' not ') : (state.lang === 'zh' ? '：' : ': ')) + values + (s.reason ? ' — ' + s.reason : '') });
    }));
}

/** A question that was not answered: the message, the choices (a clarification keeps the rest of the question). */
function unanswered(card, a) {
  const cls = a.status === 'clarification_needed' ? 'alert-info' : 'alert-error';
  card.appendChild(el('div', { class: 'alert ' + cls, text: a.message || (a.error && a.error.message) || '' }));
  if (a.alternatives && a.alternatives.length) {
    // A clarification choice names the metric by id: asking its bare name again would be just as ambiguous.
    card.appendChild(chips(a.status === 'clarification_needed' ? t('choose') : t('nearest'), a.alternatives,
      a.status === 'clarification_needed' && a.question ? function (alt) { return a.question + ' ' + alt.id; } : null,
      a.status === 'clarification_needed' ? a.question : null));
  }
  if (a.error && a.error.suggestions && a.error.suggestions.length) {
    card.appendChild(el('div', { class: 'chips' }, a.error.suggestions.map(function (s) { return el('span', { class: 'chip static', text: s }); })));
  }
  // Nothing in the catalog fits: the question can go to the metric owners as a request (提报).
  if (a.status === 'not_found') card.appendChild(requestBox(a));
  return card;
}

/** The answer card; display: the answer's display facts in the page's language (see data.js displayFor). */
export function renderAnswer(a, display) {
  const card = el('article', { class: 'card answer status-' + a.status });
  card.appendChild(el('div', { class: 'answer-head' },
    el('div', { class: 'answer-question', text: a.question || '' }),
    el('span', { class: 'pill pill-' + a.status, text: t('st_' + a.status) })));
  const follow = followUpText(a.followUpOf);
  if (follow) card.appendChild(el('div', { class: 'follow-up muted' }, el('span', { text: t('followUpOf') }), el('q', { text: follow })));
  if (a.warnings && a.warnings.length) {
    card.appendChild(el('div', { class: 'alert alert-warn' }, el('strong', { text: t('warnings') + colon() }), a.warnings.join(' ')));
  }
  if (a.status !== 'answered') return unanswered(card, a);

  const metric = a.metric || {};
  display = display || a.display;
  card.appendChild(el('div', { class: 'answer-metric' },
    el('span', { class: 'metric-name', text: metric.name || '' }),
    metric.official ? el('span', { class: 'badge official', text: t('official') }) : null,
    el('span', { class: 'muted', text: versionUsed(metric) }),
    // The message says how far the data goes; a stale answer is also flagged where the eye lands first.
    a.freshness && a.freshness.stale ? el('span', { class: 'badge stale', title: a.freshness.dataUntil, text: t('stale') }) : null));

  const q = a.query || {};
  const single = a.rows && a.rows.length === 1 && !q.grain && !(q.groupBy && q.groupBy.length);
  const valueCol = roleIndex(a, 'value', metric.id);
  if (single && valueCol >= 0 && display) {
    const row = a.rows[0];
    card.appendChild(el('div', { class: 'big-number', title: String(row[valueCol]), text: display.cells[0][valueCol] }));
    const pctCol = roleIndex(a, 'change_pct', metric.id);
    if (pctCol >= 0 && typeof row[pctCol] === 'number') {
      card.appendChild(el('div', { class: 'delta ' + (row[pctCol] >= 0 ? 'up' : 'down'), text: t(q.compare === 'yoy' ? 'yoy' : 'pop') + ' ' + display.cells[0][pctCol] }));
    }
  }
  if (a.message) card.appendChild(el('p', { class: 'answer-message', text: a.message }));

  const chart = display && draw(display.chart);
  if (chart) card.appendChild(el('div', { class: 'chart-wrap' }, chart, display.chart.note ? el('p', { class: 'chart-note muted', text: display.chart.note }) : null));
  if (display && a.columns && a.columns.length && a.rows && a.rows.length) card.appendChild(table(a, display));

  card.appendChild(definition(a, metric, display));
  if (a.scope && a.scope.length) card.appendChild(scopeNote(a));
  if (a.alternatives && a.alternatives.length) card.appendChild(chips(t('alternatives'), a.alternatives));
  if (a.sql) card.appendChild(el('details', { class: 'sql' }, el('summary', { text: t('sql') }), el('pre', null, el('code', { text: a.sql }))));
  const foot = el('div', { class: 'answer-foot' });
  if (metric.id) foot.appendChild(el('a', { href: '#/metric/' + encodeURIComponent(metric.id), text: t('metricPage') }));
  if (a.timings) foot.appendChild(el('span', { class: 'muted', text: t('timings') + ' ' + Math.round(a.timings.totalMs) + ' ms' }));
  card.appendChild(foot);
  card.appendChild(feedbackBox(a, metric.id));
  return card;
}
