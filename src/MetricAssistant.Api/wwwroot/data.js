/* What the portal loads from the service: the catalog, metric details (names of dimensions and their codes),
   and an answer's display facts in the page's language. Relative URLs only; http.js adds the credentials. */
import { getJson, postJson } from './http.js';
import { state, demoUser } from './state.js';
import { loc } from './i18n.js';

/* The catalog is what the caller may read (the service filters it), so the demo user goes with the request. */
function asCaller(url) {
  const u = demoUser();
  return u ? url + (url.indexOf('?') >= 0 ? '&' : '?') + 'user=' + encodeURIComponent(u) : url;
}

/** Forget the catalog and details read for the previous user (the demo picker changed). */
export function resetCatalog() {
  state.catalog = null;
  state.details = {};
}

export function loadCatalog() {
  if (state.catalog) return Promise.resolve(state.catalog);
  return getJson(asCaller('/api/metrics')).then(function (res) {
    // A failure (e.g. not signed in yet) is not cached: the next view tries again.
    if (!res.ok || !Array.isArray(res.body)) return [];
    state.catalog = res.body;
    return state.catalog;
  }).catch(function () { return []; });
}

/** A metric's detail, once per page; it also brings the names of the dimensions and their codes. */
export function loadDetail(id) {
  if (!state.details[id]) {
    state.details[id] = getJson(asCaller('/api/metrics/' + encodeURIComponent(id))).then(function (res) {
      if (!res.ok || !res.body || !res.body.summary) { delete state.details[id]; return res; }
      (res.body.dimensionDetails || []).forEach(function (d) {
        const values = {};
        (d.values || []).forEach(function (v) { values[String(v.code)] = v.name; });
        state.dimensions[d.id] = { name: d.name, values: values };
      });
      return res;
    }, function (e) { delete state.details[id]; throw e; });
  }
  return state.details[id];
}

export function dimensionName(id) { const d = state.dimensions[id]; return (d && loc(d.name)) || id; }

/** A code's name as the catalog gives it (for the scope note and the metric page; answer tables come named). */
export function valueName(dimension, code) {
  const d = state.dimensions[dimension];
  const n = d && code !== null && code !== undefined ? d.values[String(code)] : null;
  return n ? loc(n) : (code === null || code === undefined ? '—' : String(code));
}

export function metricSummary(id) {
  return (state.catalog || []).filter(function (m) { return m.id === id; })[0] || null;
}

/**
 * The answer's display facts in the page's language: its own when the question was asked in that language,
 * else the server describes it again (cached on the answer). Never formatted here.
 */
export function displayFor(answer, lang) {
  if (!answer || answer.status !== 'answered' || !answer.display) return Promise.resolve(null);
  answer.displays = answer.displays || {};
  answer.displays[answer.display.language] = answer.display;
  if (answer.displays[lang]) return Promise.resolve(answer.displays[lang]);
  const payload = { answer: Object.assign({}, answer, { displays: undefined }), language: lang };
  return postJson('/api/answers/display', payload).then(function (res) {
    if (!res.ok || !res.body || !Array.isArray(res.body.cells)) return answer.display;
    answer.displays[lang] = res.body;
    return res.body;
  }).catch(function () { return answer.display; });
}
