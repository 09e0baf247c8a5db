/* MetricAssistant portal, the entry module: the page's language, routing between the ask, catalog and metric
   views, and wiring. Plain ES modules, relative URLs only, and data enters the DOM only through textContent. */
import { $, el, clear, append } from './dom.js';
import { t, EXAMPLES } from './i18n.js';
import { state, isDemo } from './state.js';
import * as http from './http.js';
import { loadCatalog, resetCatalog } from './data.js';
import { askQuestion, initSearch, showLastAnswer } from './ask.js';
import { errorCard } from './answer.js';
import { renderCatalog, filterCatalog } from './catalog.js';
import { renderMetric } from './metric.js';
import { renderGovernance } from './governance.js';
import { g } from './gov-i18n.js';
import { signedOut, loadIdentity, showSignIn, onSignIn, signOut } from './identity.js';

function applyLanguage() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
  document.querySelectorAll('[data-gov]').forEach(function (n) { n.textContent = g(n.getAttribute('data-gov')); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.setAttribute('placeholder', t(n.getAttribute('data-i18n-placeholder'))); });
  $('lang-toggle').textContent = state.lang === 'zh' ? 'EN' : '中文';
  $('lang-toggle').setAttribute('title', state.lang === 'zh' ? 'Switch to English' : '切换到中文');
  renderExamples();
}
function renderExamples() {
  const box = $('examples');
  clear(box);
  append(box, el('span', { class: 'muted', text: t('tryThese') }));
  EXAMPLES[state.lang].forEach(function (q) {
    append(box, el('button', { type: 'button', class: 'chip', text: q, onclick: function () { askQuestion(q); } }));
  });
}

export function route() {
  if (signedOut()) { showSignIn($('signin-error').textContent || null); return; }
  const h = location.hash || '#/';
  const m = /^#\/metric\/(.+)$/.exec(h);
  const gov = /^#\/governance(?:\/(.*))?$/.exec(h);
  $('view-ask').hidden = !(h === '#/' || h === '#' || h === '');
  $('view-catalog').hidden = h !== '#/catalog';
  $('view-metric').hidden = !m;
  $('view-governance').hidden = !gov;
  $('nav-ask').classList.toggle('active', !$('view-ask').hidden);
  $('nav-catalog').classList.toggle('active', !$('view-catalog').hidden || !!m);
  $('nav-governance').classList.toggle('active', !!gov);
  if (h === '#/catalog') renderCatalog();
  else if (m) renderMetric(decodeURIComponent(m[1]));
  else if (gov) renderGovernance(gov[1] || '');
  else if ($('view-ask').hidden) { $('view-ask').hidden = false; }
}

function init() {
  const picker = $('user-picker');
  picker.value = state.user;
  picker.addEventListener('change', function () {
    state.user = picker.value;
    localStorage.setItem('ma.user', state.user);
    // The catalog and metric pages show what this user may read: read them again.
    resetCatalog();
    if ($('view-ask').hidden) route();
    if (state.lastAnswer && state.lastAnswer.question && !$('view-ask').hidden) askQuestion(state.lastAnswer.question);
  });
  $('lang-toggle').addEventListener('click', function () {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('ma.lang', state.lang);
    applyLanguage();
    route();
    if (state.lastAnswer && !$('view-ask').hidden) showLastAnswer();
  });
  initSearch();
  $('signin-form').addEventListener('submit', onSignIn);
  $('sign-out').addEventListener('click', signOut);
  ['cat-search', 'cat-domain', 'cat-owner', 'cat-status', 'cat-tag'].forEach(function (id) {
    $(id).addEventListener(id === 'cat-search' ? 'input' : 'change', filterCatalog);
  });
  // Any later 401 (an expired token, a revoked key) asks for the sign-in again.
  http.setUnauthorizedHandler(function () {
    http.setCredential(null);
    state.identity = { demo: isDemo(), me: null };
    showSignIn(t('signInExpired'));
  });
  window.addEventListener('hashchange', route);
  applyLanguage();
  loadIdentity().then(function (ok) {
    if (!ok) return;
    route();
    loadCatalog();
  }).catch(function (e) {
    route();
    $('answer').appendChild(errorCard(t('unreachable') + ': ' + e.message));
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
