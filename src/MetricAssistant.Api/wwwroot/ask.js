/* The search box (suggestions as the user types, keyboard choice) and asking: the question goes to /api/ask,
   the answer is shown with its display facts in the page's language. */
import { $, el, clear } from './dom.js';
import { t } from './i18n.js';
import { state, isDemo, demoUser } from './state.js';
import { getJson, postJson } from './http.js';
import { loadCatalog, loadDetail, displayFor } from './data.js';
import { renderAnswer, errorCard } from './answer.js';

const suggest = { items: [], active: -1, timer: 0, controller: null };
function setExpanded(open) {
  $('suggestions').hidden = !open;
  $('search-box').setAttribute('aria-expanded', open ? 'true' : 'false');
}
function closeSuggestions() { suggest.items = []; suggest.active = -1; setExpanded(false); $('search-box').removeAttribute('aria-activedescendant'); }
function fetchSuggestions(q) {
  if (suggest.controller) suggest.controller.abort();
  if (!q.trim()) { closeSuggestions(); return; }
  suggest.controller = new AbortController();
  const url = '/api/search?q=' + encodeURIComponent(q) + (demoUser() ? '&user=' + encodeURIComponent(demoUser()) : '');
  getJson(url, suggest.controller.signal).then(function (res) {
    if ($('search-box').value !== q) return;
    const list = res.ok && res.body && Array.isArray(res.body.suggestions) ? res.body.suggestions : [];
    renderSuggestions(list);
  }).catch(function () { /* aborted or offline: keep the box quiet */ });
}
function renderSuggestions(list) {
  const ul = $('suggestions');
  clear(ul);
  suggest.items = list;
  suggest.active = -1;
  if (!list.length) { setExpanded(false); return; }
  list.forEach(function (s, i) {
    const li = el('li', { id: 'sug-' + i, role: 'option', 'aria-selected': 'false', class: 'suggestion kind-' + s.kind },
      el('span', { class: 'sug-kind', text: s.kind === 'metric' ? t('kindMetric') : s.kind === 'recent' ? t('kindRecent') : t('kindQuestion') }),
      el('span', { class: 'sug-text', text: s.text }),
      s.official ? el('span', { class: 'badge official', text: t('official') }) : null,
      s.metricId ? el('span', { class: 'sug-id', text: s.metricId }) : null);
    li.addEventListener('mousedown', function (ev) { ev.preventDefault(); pickSuggestion(i); });
    ul.appendChild(li);
  });
  setExpanded(true);
}
function highlight(i) {
  const n = suggest.items.length;
  if (!n) return;
  suggest.active = (i + n) % n;
  Array.prototype.forEach.call($('suggestions').children, function (li, k) {
    li.setAttribute('aria-selected', k === suggest.active ? 'true' : 'false');
    li.classList.toggle('active', k === suggest.active);
  });
  $('search-box').setAttribute('aria-activedescendant', 'sug-' + suggest.active);
  $('suggestions').children[suggest.active].scrollIntoView({ block: 'nearest' });
}
function pickSuggestion(i) {
  const s = suggest.items[i];
  if (!s) return;
  $('search-box').value = s.text;
  closeSuggestions();
  askQuestion(s.text);
}
function onSearchKey(ev) {
  const open = !$('suggestions').hidden && suggest.items.length > 0;
  if (ev.key === 'ArrowDown') { ev.preventDefault(); if (open) highlight(suggest.active + 1); else fetchSuggestions($('search-box').value); }
  else if (ev.key === 'ArrowUp') { if (open) { ev.preventDefault(); highlight(suggest.active - 1); } }
  else if (ev.key === 'Escape') { if (open) { ev.preventDefault(); closeSuggestions(); } }
  else if (ev.key === 'Enter') {
    ev.preventDefault();
    if (open && suggest.active >= 0) pickSuggestion(suggest.active);
    else { closeSuggestions(); askQuestion($('search-box').value); }
  }
}

let askSeq = 0;
/** Asks a question; `choice` ({ question, metricId }) marks it as the answer to a clarification, which the server learns from. */
export function askQuestion(question, choice) {
  question = (question || '').trim();
  if (!question) { $('search-box').focus(); return; }
  if (location.hash && location.hash !== '#/' && location.hash !== '#') location.hash = '#/';
  $('search-box').value = question;
  clearTimeout(suggest.timer);
  if (suggest.controller) suggest.controller.abort();
  closeSuggestions();
  const payload = { question: question, conversationId: state.conversationId };
  if (choice && choice.question && choice.metricId) payload.choice = { question: choice.question, metricId: choice.metricId };
  if (demoUser()) payload.user = demoUser();
  // The reference time is a demo aid (the demo data ends in 2025); a deployment asks about "now".
  const now = isDemo() ? $('now-input').value.trim() : '';
  if (now) payload.now = now;
  const seq = ++askSeq;
  const box = $('answer');
  clear(box);
  box.appendChild(el('div', { class: 'card loading', text: t('loading') }));
  Promise.all([loadCatalog(), postJson('/api/ask', payload)]).then(function (r) {
    const res = r[1];
    const a = res.body && typeof res.body.status === 'string' ? res.body : null;
    // The scope note names codes from the metric's detail (cached); the answer's display facts come in the page's language.
    const names = a && a.status === 'answered' && a.metric && a.metric.id
      ? loadDetail(a.metric.id).catch(function () { return null; }) : Promise.resolve(null);
    return Promise.all([names, displayFor(a, state.lang)]).then(function (x) { return { res: res, display: x[1] }; });
  }).then(function (r) {
    if (seq !== askSeq) return;
    clear(box);
    const res = r.res;
    if (res.body && typeof res.body.status === 'string') { state.lastAnswer = res.body; box.appendChild(renderAnswer(res.body, r.display)); }
    else box.appendChild(errorCard(res.status === 401 ? t('signInExpired') : res.body && (res.body.detail || res.body.title) || (t('failed') + ' (HTTP ' + res.status + ')')));
  }).catch(function (e) {
    if (seq !== askSeq) return;
    clear(box);
    box.appendChild(errorCard(t('failed') + ': ' + e.message));
  });
}

/** The last answer again, in the page's current language (after the language switch). */
export function showLastAnswer() {
  const a = state.lastAnswer;
  if (!a) return;
  const seq = ++askSeq;
  displayFor(a, state.lang).then(function (display) {
    if (seq !== askSeq) return;
    clear($('answer'));
    $('answer').appendChild(renderAnswer(a, display));
  });
}

/** Wires the search box: suggestions as the user types, arrows and Enter, the form's submit. */
export function initSearch() {
  const box = $('search-box');
  box.addEventListener('input', function () {
    clearTimeout(suggest.timer);
    const q = box.value;
    suggest.timer = setTimeout(function () { fetchSuggestions(q); }, 200);
  });
  box.addEventListener('keydown', onSearchKey);
  box.addEventListener('blur', function () { setTimeout(closeSuggestions, 120); });
  $('ask-form').addEventListener('submit', function (ev) { ev.preventDefault(); askQuestion(box.value); });
}
