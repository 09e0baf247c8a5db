/* "Request this metric" (提报) on an answer that found nothing: posts the question that led there to /api/requests
   and shows the request's id, status and the department it went to. Its own words, so i18n.js stays as it is. */
import { el, clear } from './dom.js';
import { state, demoUser } from './state.js';
import { postJson } from './http.js';

const WORDS = {
  zh: { button: '📝 提报这个指标', hint: '找不到你要的指标？提报给指标负责人。', sent: '已提报：编号 ', status: ' · 状态 ', domain: ' · 已转给 ', failed: '提报失败：', open: '待处理' },
  en: { button: '📝 Request this metric', hint: 'Not in the catalog? Request it from the metric owners.', sent: 'Request sent: #', status: ' · status ', domain: ' · sent to ', failed: 'Request not sent: ', open: 'open' }
};
function w(key) { return (WORDS[state.lang] || WORDS.en)[key]; }

/** A box with the request button for the answer's question; after a click it shows the request or why it was refused. */
export function requestBox(a) {
  const question = String(a.question || '').trim().slice(0, 500);
  const box = el('div', { class: 'request-box' });
  if (!question) return box;
  const result = el('span', { class: 'request-result', role: 'status' });
  const button = el('button', { type: 'button', class: 'chip request-button', id: 'request-metric', text: w('button'), onclick: function () {
    button.disabled = true;
    const payload = { title: question.slice(0, 200), question: question };
    if (demoUser()) payload.user = demoUser();
    postJson('/api/requests', payload).then(function (res) {
      clear(result);
      if (res.ok && res.body) {
        const r = res.body;
        result.appendChild(el('span', { class: 'alert alert-info', 'data-request-id': r.id,
          text: w('sent') + r.id + w('status') + (r.status === 'open' ? w('open') : r.status) + w('domain') + (state.lang === 'zh' ? (r.domainZh || r.domain) : r.domain) }));
      } else {
        button.disabled = false;
        const b = res.body || {};
        result.appendChild(el('span', { class: 'alert alert-error', text: w('failed') + ((b.error && b.error.message) || b.reason || b.detail || ('HTTP ' + res.status)) }));
      }
    }).catch(function () { button.disabled = false; result.textContent = w('failed'); });
  } });
  box.appendChild(el('span', { class: 'muted', text: w('hint') + ' ' }));
  box.appendChild(button);
  box.appendChild(result);
  return box;
}
