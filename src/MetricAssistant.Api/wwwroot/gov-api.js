/* The governance calls (the REST shape of the governance contract). The demo user travels as `user` (query or
   body); a deployment's caller is known from the credentials http.js adds, and no user is sent. */
import { getJson, postJson } from './http.js';
import { demoUser } from './state.js';

function withUser(url) {
  const u = demoUser();
  return u ? url + (url.indexOf('?') >= 0 ? '&' : '?') + 'user=' + encodeURIComponent(u) : url;
}
function body(payload) { const u = demoUser(); return u ? Object.assign({ user: u }, payload) : payload; }
function q(params) {
  const parts = Object.keys(params).filter(function (k) { return params[k] !== null && params[k] !== undefined && params[k] !== ''; })
    .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); });
  return parts.length ? '?' + parts.join('&') : '';
}

export function versions(id) { return getJson(withUser('/api/metrics/' + encodeURIComponent(id) + '/versions')); }
export function diff(id, from, to) { return getJson(withUser('/api/metrics/' + encodeURIComponent(id) + '/diff' + q({ from: from, to: to }))); }
export function proposals(params) { return getJson(withUser('/api/proposals' + q(params || {}))); }
export function proposal(id) { return getJson(withUser('/api/proposals/' + encodeURIComponent(id))); }
export function propose(payload) { return postJson('/api/proposals', body(payload)); }
export function review(id, decision, comment) { return postJson('/api/proposals/' + encodeURIComponent(id) + '/reviews', body({ decision: decision, comment: comment })); }
export function comment(id, text) { return postJson('/api/proposals/' + encodeURIComponent(id) + '/comments', body({ comment: text, text: text })); }
export function publish(id) { return postJson('/api/proposals/' + encodeURIComponent(id) + '/publish', body({})); }
export function requests(params) { return getJson(withUser('/api/requests' + q(params || {}))); }
export function request(payload) { return postJson('/api/requests', body(payload)); }
export function requestStatus(id, status, metricId) { return postJson('/api/requests/' + encodeURIComponent(id) + '/status', body({ status: status, metricId: metricId || null })); }
export function inbox() { return getJson(withUser('/api/inbox')); }
export function impact(table, column) { return getJson(withUser('/api/lineage/impact' + q({ table: table, column: column }))); }

/** The reason the service gave for a refusal (403 reason, 400 error message, 409 detail), else the HTTP status. */
export function failure(res) {
  const b = res && res.body;
  if (b && b.error && b.error.message) return b.error.message;
  if (b && (b.reason || b.detail || b.title)) return b.reason || b.detail || b.title;
  return 'HTTP ' + (res ? res.status : '?');
}
