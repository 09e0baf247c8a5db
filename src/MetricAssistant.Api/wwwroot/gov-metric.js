/* The governance parts of a metric's page: every version with a diff between any two, an "ask with this
   version" link, and the form to propose a change or a deprecation. */
import { el, clear } from './dom.js';
import { loc } from './i18n.js';
import { g } from './gov-i18n.js';
import * as api from './gov-api.js';
import { diffView } from './gov-diff.js';
import { askQuestion } from './ask.js';

/** Versions oldest first from the service, a from/to chooser and the diff between them. */
export function versionsPanel(metricId, metricName) {
  const box = el('div', { class: 'gov-versions', id: 'gov-versions' });
  box.appendChild(el('p', { class: 'muted', text: '…' }));
  api.versions(metricId).then(function (res) {
    clear(box);
    if (!res.ok || !Array.isArray(res.body)) { box.appendChild(el('p', { class: 'muted', text: g('loadFailed') + ': ' + api.failure(res) })); return; }
    const list = res.body;
    const current = list.length ? list[list.length - 1].version : null;
    box.appendChild(el('ol', { class: 'gov-version-list' }, list.slice().reverse().map(function (v) {
      return el('li', { class: 'gov-version', 'data-version': v.version },
        el('div', { class: 'version-head' },
          el('span', { class: 'version-no', text: 'v' + v.version }),
          el('span', { class: 'pill pill-s-' + (v.status || 'published'), text: v.version === current ? g('current') : (v.status || '') }),
          el('span', { class: 'muted', text: (v.publishedAt || '').slice(0, 10) + (v.publishedBy ? ' · ' + v.publishedBy : '') }),
          v.version !== current ? el('button', { type: 'button', class: 'link-button pin-ask', text: g('pinAsk'), onclick: function () {
            location.hash = '#/';
            askQuestion('按v' + v.version + '口径的' + metricName);
          } }) : null),
        el('div', { class: 'version-summary', text: loc(v.summary) }));
    })));
    if (list.length < 2) return;
    const options = function (selected) {
      return list.map(function (v) { return el('option', { value: v.version, selected: v.version === selected ? 'selected' : null, text: 'v' + v.version }); });
    };
    const from = el('select', { id: 'diff-from' }, options(list[list.length - 2].version));
    const to = el('select', { id: 'diff-to' }, options(current));
    const out = el('div', { id: 'diff-out' });
    const run = function () {
      clear(out);
      api.diff(metricId, from.value, to.value).then(function (d) {
        clear(out);
        out.appendChild(d.ok ? diffView(d.body) : el('p', { class: 'alert alert-error', text: api.failure(d) }));
      });
    };
    box.appendChild(el('div', { class: 'filters' }, el('span', { text: g('from') }), from, el('span', { text: g('to') }), to,
      el('button', { type: 'button', id: 'diff-run', text: g('compare'), onclick: run })));
    box.appendChild(out);
  });
  return box;
}

function lines(text, separator) {
  return String(text || '').split(separator).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
}

/** The propose form: synonyms and typical questions to add, other fields as JSON, or a deprecation; with a reason. */
export function proposePanel(detail) {
  const s = detail.summary;
  const synonyms = el('input', { id: 'prop-synonyms', type: 'text' });
  const questions = el('textarea', { id: 'prop-questions', rows: 2 });
  const fields = el('textarea', { id: 'prop-fields', rows: 3, spellcheck: 'false' });
  const reason = el('input', { id: 'prop-reason', type: 'text' });
  const replacedBy = el('input', { id: 'prop-replaced-by', type: 'text' });
  const sunset = el('input', { id: 'prop-sunset', type: 'date' });
  const result = el('div', { id: 'prop-result', 'aria-live': 'polite' });
  const done = function (res) {
    clear(result);
    if (res.ok && res.body) {
      result.appendChild(el('p', { class: 'alert alert-info' }, g('proposalSent'),
        el('a', { href: '#/governance/proposal/' + encodeURIComponent(res.body.id), text: res.body.id }),
        ' · ' + g('st_' + res.body.status) + (res.body.bumpsVersion ? ' · ' + g('bumps') : ' · ' + g('noBump'))));
    } else result.appendChild(el('p', { class: 'alert alert-error', text: api.failure(res) }));
  };
  const submit = function (e) {
    e.preventDefault();
    let definition = {};
    if (fields.value.trim()) {
      try { definition = JSON.parse(fields.value); } catch (err) { clear(result); result.appendChild(el('p', { class: 'alert alert-error', text: 'JSON: ' + err.message })); return; }
    }
    const addSyn = lines(synonyms.value, /[,，]/), addQ = lines(questions.value, /\n/);
    if (addSyn.length) definition.synonyms = (detail.synonyms || []).concat(addSyn.filter(function (x) { return (detail.synonyms || []).indexOf(x) < 0; }));
    if (addQ.length) definition.typical_questions = (detail.typicalQuestions || []).concat(addQ);
    api.propose({ kind: 'change', metricId: s.id, baseVersion: s.version, definition: definition, reason: reason.value }).then(done);
  };
  const deprecate = function () {
    api.propose({ kind: 'deprecate', metricId: s.id, baseVersion: s.version, definition: { replacedBy: replacedBy.value.trim(), sunset: sunset.value }, reason: reason.value }).then(done);
  };
  return el('form', { class: 'gov-propose', id: 'propose-form', onsubmit: submit },
    el('label', { class: 'signin-field' }, el('span', { text: g('proposeSynonyms') }), synonyms),
    el('label', { class: 'signin-field' }, el('span', { text: g('proposeQuestions') }), questions),
    el('label', { class: 'signin-field' }, el('span', { text: g('proposeFields') }), fields),
    el('label', { class: 'signin-field' }, el('span', { text: g('proposeReason') }), reason),
    el('div', { class: 'filters' }, el('button', { type: 'submit', class: 'primary', id: 'prop-send', text: g('proposeSend') })),
    el('details', null, el('summary', { text: g('proposeDeprecate') }),
      el('label', { class: 'signin-field' }, el('span', { text: g('replacedByField') }), replacedBy),
      el('label', { class: 'signin-field' }, el('span', { text: g('sunsetField') }), sunset),
      el('button', { type: 'button', id: 'prop-deprecate', text: g('proposeDeprecate'), onclick: deprecate })),
    result);
}
