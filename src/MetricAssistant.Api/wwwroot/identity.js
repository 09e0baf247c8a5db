/* Who is asking: the demo picker (the embedded default) or the caller's own sign-in (a deployment). */
import { $, el, clear } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';
import * as http from './http.js';
import { loadCatalog } from './data.js';
import { route } from './app.js';

export function signedOut() { return !!state.identity && !state.identity.me; }
export function loadIdentity() {
  const url = '/api/me' + (http.hasCredential() ? '' : '?user=' + encodeURIComponent(state.user));
  return http.getJson(url, null, { quiet: true }).then(function (res) {
    if (res.ok && res.body) { applyIdentity(res.body); return true; }
    if (res.status === 401) {
      const had = http.hasCredential();
      http.setCredential(null);
      state.identity = { demo: !!(res.body && res.body.demoIdentities), me: null };
      showSignIn(had ? t('signInExpired') : null);
      return false;
    }
    if (res.status === 400 && state.user !== 'ceo') { state.user = 'ceo'; return loadIdentity(); } // a stored demo user that no longer exists
    throw new Error('HTTP ' + res.status);
  });
}
export function applyIdentity(me) {
  const demo = !!me.demoIdentities;
  state.identity = { demo: demo, me: me };
  $('demo-user-field').hidden = !demo;
  $('now-field').hidden = !demo;
  $('demo-note').hidden = !demo;
  $('identity').hidden = demo;
  $('view-signin').hidden = true;
  if (demo) {
    const picker = $('user-picker');
    if (me.demoUsers && me.demoUsers.length) {
      clear(picker);
      me.demoUsers.forEach(function (u) { picker.appendChild(el('option', { value: u.id, text: u.id + ' · ' + u.name })); });
    }
    state.user = me.userId;
    picker.value = me.userId;
  } else {
    $('identity-name').textContent = me.displayName || me.userId;
    $('identity-name').title = me.userId;
    $('identity-roles').textContent = (me.roles || []).join(', ');
    // Only a credential this page holds can be dropped here; a gateway's cookie is signed out at the gateway.
    $('sign-out').hidden = !http.hasCredential();
  }
}
export function showSignIn(message) {
  ['view-ask', 'view-catalog', 'view-metric', 'view-governance'].forEach(function (id) { $(id).hidden = true; });
  $('identity').hidden = true;
  $('demo-user-field').hidden = true;
  $('now-field').hidden = true;
  $('demo-note').hidden = true;
  $('view-signin').hidden = false;
  signInError(message);
  $('signin-credential').focus();
}
function signInError(message) {
  $('signin-error').hidden = !message;
  $('signin-error').textContent = message || '';
}
export function onSignIn(ev) {
  ev.preventDefault();
  const text = $('signin-credential').value.trim();
  if (!text) { signInError(t('signInEmpty')); return; }
  const credential = http.classify(text);
  const button = $('signin-submit');
  button.disabled = true;
  button.textContent = t('signInChecking');
  signInError(null);
  http.getJson('/api/me', null, { credential: credential, quiet: true }).then(function (res) {
    if (res.ok && res.body) {
      http.setCredential(credential);
      $('signin-credential').value = '';
      state.catalog = null; state.details = {};
      applyIdentity(res.body);
      route();
      loadCatalog();
    } else {
      signInError(res.status === 401 ? t('signInRejected') : t('failed') + ' (HTTP ' + res.status + ')');
      $('signin-credential').select();
    }
  }).catch(function () { signInError(t('unreachable')); }).then(function () {
    button.disabled = false;
    button.textContent = t('signInButton');
  });
}
export function signOut() {
  http.setCredential(null);
  state.identity = { demo: false, me: null };
  state.catalog = null; state.details = {}; state.lastAnswer = null;
  clear($('answer'));
  showSignIn(null);
}
