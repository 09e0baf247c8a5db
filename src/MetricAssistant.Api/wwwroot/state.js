/* The page's state: its language, the demo user, what it has loaded, the last answer. */

function newId() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not (a deployment on plain http).
  const b = new Uint8Array(16);
  window.crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

export const state = {
  lang: localStorage.getItem('ma.lang') || ((navigator.language || 'zh').toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en'),
  user: localStorage.getItem('ma.user') || 'ceo',
  catalog: null,
  lastAnswer: null,
  // null until /api/me answers; then { demo: bool, me: MeResponse|null }.
  identity: null,
  details: {},
  dimensions: {},
  // One conversation per page session, so the service can read a follow-up ("那上个月呢") against the last question.
  conversationId: newId()
};

export function isDemo() { return !!(state.identity && state.identity.demo); }
/** The demo user to send as `user`; a deployment never sends one (the API takes the caller from the credentials). */
export function demoUser() { return isDemo() ? state.user : null; }
