/* Answer feedback: 👍 / 👎 with an optional comment, sent as the current demo user. */
import { $, el, clear } from './dom.js';
import { t } from './i18n.js';
import { demoUser } from './state.js';
import { postJson } from './http.js';

export function feedbackBox(a, metricId) {
  const box = el('div', { class: 'feedback' });
  let chosen = null;
  const comment = el('textarea', { class: 'feedback-comment', maxlength: '1000', rows: '2', placeholder: t('fbComment'), 'aria-label': t('fbComment') });
  const status = el('span', { class: 'feedback-status muted', role: 'status' });
  const send = el('button', { type: 'button', class: 'feedback-send', disabled: 'disabled', text: t('fbSend') });
  function vote(helpful) {
    return el('button', { type: 'button', class: 'feedback-vote', 'aria-pressed': 'false', title: helpful ? t('fbUp') : t('fbDown'), 'aria-label': helpful ? t('fbUp') : t('fbDown'),
      onclick: function () {
        chosen = helpful;
        up.setAttribute('aria-pressed', String(helpful)); down.setAttribute('aria-pressed', String(!helpful));
        up.classList.toggle('chosen', helpful); down.classList.toggle('chosen', !helpful);
        send.disabled = false;
      } });
  }
  const up = vote(true), down = vote(false);
  up.appendChild(thumb(true)); down.appendChild(thumb(false));
  up.appendChild(el('span', { class: 'feedback-label', text: t('fbUp') }));
  down.appendChild(el('span', { class: 'feedback-label', text: t('fbDown') }));
  send.addEventListener('click', function () {
    if (chosen === null) return;
    send.disabled = true;
    const payload = { question: (a.question || $('search-box').value || '').trim().slice(0, 500) || null, metricId: metricId || null, helpful: chosen,
      comment: comment.value.trim().slice(0, 1000) || null, user: demoUser() };
    // A 👍 brings back the query that answered, so the question can be learned as an example of it (not a
    // follow-up: "那华南呢" means its metric only after the question before it).
    if (chosen && a.query && a.question && !a.followUpOf) payload.query = a.query;
    postJson('/api/feedback', payload).then(function (res) {
      if (!res.ok) throw new Error(String(res.status));
      clear(box);
      box.appendChild(el('span', { class: 'feedback-thanks', text: t('fbThanks') }));
    }).catch(function () {
      send.disabled = false;
      status.textContent = t('fbError');
    });
  });
  box.appendChild(el('div', { class: 'feedback-row' }, el('span', { class: 'muted', text: t('fbPrompt') }), up, down));
  box.appendChild(comment);
  box.appendChild(el('div', { class: 'feedback-row' }, send, status));
  return box;
}
/** A thumb drawn in SVG (👍 / 👎 need an emoji font the machine may not have). */
function thumb(up) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('width', '16'); svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('class', 'thumb' + (up ? '' : ' thumb-down'));
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.72v-2z');
  svg.appendChild(path);
  return svg;
}
