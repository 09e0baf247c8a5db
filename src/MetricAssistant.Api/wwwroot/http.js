/* MetricAssistant portal: calls to the service's API by relative URL, carrying the caller's credentials.
   A deployment identifies callers the way the API does (a bearer token or an X-Api-Key); the credential the
   user pastes is kept in sessionStorage (this tab only, gone when it closes) and sent on every call.
   Same-origin calls also carry whatever cookie a fronting gateway set (fetch's default 'same-origin'). */
var KEY = 'ma.credential';
// A JSON Web Token is three base64url parts: "eyJhbGciOi….eyJzdWIiOi….c2lnbmF0dXJl".
var JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
var onUnauthorized = null;

/** "Bearer eyJ…" or a bare JWT is a bearer token; anything else is an API key. */
function classify(text) {
  var value = String(text || '').trim();
  var m = /^bearer\s+(.+)$/i.exec(value);
  if (m) return { kind: 'bearer', value: m[1].trim() };
  return { kind: JWT.test(value) ? 'bearer' : 'apiKey', value: value };
}
function read() {
  try {
    var c = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return c && (c.kind === 'bearer' || c.kind === 'apiKey') && typeof c.value === 'string' && c.value ? c : null;
  } catch (e) { return null; }
}
function save(credential) {
  try { if (credential) sessionStorage.setItem(KEY, JSON.stringify(credential)); else sessionStorage.removeItem(KEY); } catch (e) { /* storage off: this page only */ }
}
function headers(extra, credential) {
  var h = { Accept: 'application/json' };
  Object.keys(extra || {}).forEach(function (k) { h[k] = extra[k]; });
  var c = credential === undefined ? read() : credential;
  if (c && c.kind === 'bearer') h.Authorization = 'Bearer ' + c.value;
  else if (c && c.kind === 'apiKey') h['X-Api-Key'] = c.value;
  return h;
}
function settle(r, quiet) {
  return r.json().catch(function () { return null; }).then(function (body) {
    if (r.status === 401 && !quiet && onUnauthorized) onUnauthorized(body);
    return { ok: r.ok, status: r.status, body: body };
  });
}

export { classify, read as credential, save as setCredential };
export function hasCredential() { return read() !== null; }
export function setUnauthorizedHandler(handler) { onUnauthorized = handler; }
/** options.credential: try this credential instead of the stored one; options.quiet: no 401 callback. */
export function getJson(url, signal, options) {
  options = options || {};
  return fetch(url, { headers: headers(null, options.credential), signal: signal, credentials: 'same-origin' })
    .then(function (r) { return settle(r, options.quiet); });
}
export function postJson(url, payload) {
  return fetch(url, { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(payload), credentials: 'same-origin' })
    .then(function (r) { return settle(r, false); });
}
