/* MetricAssistant portal: search box with suggestions, answer card, catalog and metric pages.
   Plain JS, relative URLs only, and data enters the DOM only through textContent. */
(function () {
  'use strict';

  var STRINGS = {
    zh: {
      brand: '指标助手', navAsk: '问数', navCatalog: '指标目录', user: '用户', demo: '演示 demo', now: '参考时间 now',
      demoNote: '演示身份：所选用户作为 user 发送。演示数据覆盖 2024–2025 年，因此“参考时间”预填为 2025-07-15T10:00:00（留空则使用当前时间）。',
      askTitle: '用一句话问指标', askSub: '中文或英文皆可，答案只按公司统一口径计算。',
      searchPlaceholder: '例如：上个月华东区各渠道的GMV', askButton: '提问', tryThese: '试试：',
      catalogTitle: '指标目录', catalogSearch: '搜索名称、ID、同义词', allDomains: '全部主题域', allOwners: '全部负责人',
      allStatuses: '全部状态', allTags: '全部标签', metricsCount: '共 {n} 个指标',
      official: '官方', kindMetric: '指标', kindQuestion: '典型问题', kindRecent: '最近问过', noSuggestions: '没有匹配的建议',
      loading: '正在计算…', failed: '请求失败', definition: '口径', version: '版本', owner: '负责人', status: '状态',
      scope: '数据范围', scopeNote: '因您的身份自动应用的行级规则：', alternatives: '其他口径 / 备选', choose: '请选择：',
      nearest: '相近的指标：', warnings: '提示', sql: '查看 SQL', table: '明细', metricPage: '指标详情 →',
      timings: '耗时', period: '时间', current: '本期', previous: '上期', timeRange: '时间范围', grain: '粒度',
      st_answered: '已回答', st_clarification_needed: '需要澄清', st_denied: '无权限', st_not_found: '未找到', st_invalid: '请求无效',
      s_published: '已发布', s_deprecated: '已弃用', s_draft: '草稿', s_in_review: '评审中',
      layerBusiness: '① 业务口径', layerModel: '② 数据模型', layerCalc: '③ 计算逻辑', layerPerm: '④ 权限标签',
      synonyms: '同义词', typicalQuestions: '典型问题（点击提问）', lineage: '血缘', dimensions: '可用维度',
      defaultWindow: '默认时间窗口', format: '格式', unit: '单位', domain: '主题域', calcType: '类型', inputs: '依赖指标',
      table_: '表', columns: '字段', job: '加工任务', schedule: '调度', noTags: '无标签（所有有权查看该主题的人可见）',
      replacedBy: '已被替代为', back: '← 返回目录', notFoundMetric: '找不到该指标',
      lnMetric: '指标', lnModel: '语义模型', lnTable: '数仓表 / 字段', lnJob: '加工任务', lnSource: '源系统',
      ask: '提问',
      fbPrompt: '这个回答有帮助吗？', fbUp: '有帮助', fbDown: '没帮助', fbComment: '补充说明（可选）', fbSend: '提交反馈',
      fbThanks: '谢谢你的反馈！', fbError: '反馈未能提交',
      signedInAs: '已登录', signOut: '退出', signInTitle: '登录', signInButton: '登录', signInLabel: 'API 密钥或访问令牌',
      signInText: '本服务与 API 使用同一套身份认证。请粘贴您的 API 密钥或访问令牌（Bearer token），它只保存在本浏览器标签页中，关闭即清除。',
      signInChecking: '正在验证…', signInRejected: '密钥或令牌无效，未能登录。请检查后重试。', signInExpired: '登录已失效，请重新登录。',
      signInEmpty: '请先粘贴 API 密钥或访问令牌。', unreachable: '无法连接服务',
      followUpOf: '接着上一问：', change: '变化', changePct: '变化率', versions: '版本历史', currentVersion: '当前版本',
      pubOn: '日期', author: '修改人',
      w_last_month: '上个月', w_last_30_days: '近30天', w_last_7_days: '近7天', w_year_to_date: '今年以来', w_last_quarter: '上季度', w_last_year: '去年',
      f_currency: '金额', f_integer: '整数', f_percent: '百分比', f_decimal: '小数',
      g_day: '按日', g_week: '按周', g_month: '按月', g_quarter: '按季度', g_year: '按年'
    },
    en: {
      brand: 'Metric Assistant', navAsk: 'Ask', navCatalog: 'Catalog', user: 'User', demo: 'demo', now: 'Reference time (now)',
      demoNote: 'Demo identities: the chosen user is sent as user. The demo data covers 2024–2025, so the reference time is pre-filled with 2025-07-15T10:00:00 (empty means the current time).',
      askTitle: 'Ask about a metric', askSub: 'In English or Chinese — answers use only the governed, company-standard definitions.',
      searchPlaceholder: 'e.g. AOV by channel last quarter', askButton: 'Ask', tryThese: 'Try:',
      catalogTitle: 'Metric catalog', catalogSearch: 'Search name, id, synonym', allDomains: 'All domains', allOwners: 'All owners',
      allStatuses: 'All statuses', allTags: 'All tags', metricsCount: '{n} metrics',
      official: 'official', kindMetric: 'metric', kindQuestion: 'question', kindRecent: 'recent', noSuggestions: 'No suggestions',
      loading: 'Computing…', failed: 'Request failed', definition: 'Definition', version: 'Version', owner: 'Owner', status: 'Status',
      scope: 'Scope', scopeNote: 'Row rules applied because of who asked:', alternatives: 'Other definitions / alternatives', choose: 'Did you mean:',
      nearest: 'Nearest metrics:', warnings: 'Note', sql: 'Show SQL', table: 'Rows', metricPage: 'Metric page →',
      timings: 'Time', period: 'Period', current: 'Current', previous: 'Previous', timeRange: 'Time range', grain: 'Grain',
      st_answered: 'Answered', st_clarification_needed: 'Needs clarification', st_denied: 'Denied', st_not_found: 'Not found', st_invalid: 'Invalid',
      s_published: 'published', s_deprecated: 'deprecated', s_draft: 'draft', s_in_review: 'in review',
      layerBusiness: '① Business definition', layerModel: '② Data model', layerCalc: '③ Calculation', layerPerm: '④ Permission tags',
      synonyms: 'Synonyms', typicalQuestions: 'Typical questions (click to ask)', lineage: 'Lineage', dimensions: 'Dimensions',
      defaultWindow: 'Default window', format: 'Format', unit: 'Unit', domain: 'Domain', calcType: 'Type', inputs: 'Inputs',
      table_: 'Table', columns: 'Columns', job: 'Job', schedule: 'Schedule', noTags: 'No tags (visible to everyone who may see its domain)',
      replacedBy: 'Replaced by', back: '← Back to the catalog', notFoundMetric: 'No such metric',
      lnMetric: 'Metric', lnModel: 'Semantic models', lnTable: 'Tables / columns', lnJob: 'Loading jobs', lnSource: 'Source systems',
      ask: 'Ask',
      fbPrompt: 'Was this answer helpful?', fbUp: 'Helpful', fbDown: 'Not helpful', fbComment: 'Comment (optional)', fbSend: 'Send feedback',
      fbThanks: 'Thanks for your feedback!', fbError: 'Feedback could not be sent',
      signedInAs: 'Signed in as', signOut: 'Sign out', signInTitle: 'Sign in', signInButton: 'Sign in', signInLabel: 'API key or access token',
      signInText: 'This service uses the same sign-in as its API. Paste your API key or access token (bearer token); it is kept only in this browser tab and cleared when you close it.',
      signInChecking: 'Checking…', signInRejected: 'That key or token was not accepted. Check it and try again.', signInExpired: 'Your sign-in is no longer valid; please sign in again.',
      signInEmpty: 'Paste an API key or access token first.', unreachable: 'Could not reach the service',
      followUpOf: 'Following on from: ', change: 'Change', changePct: 'Change %', versions: 'Version history', currentVersion: 'current',
      pubOn: 'Date', author: 'Author',
      w_last_month: 'last month', w_last_30_days: 'last 30 days', w_last_7_days: 'last 7 days', w_year_to_date: 'year to date', w_last_quarter: 'last quarter', w_last_year: 'last year',
      f_currency: 'currency', f_integer: 'whole number', f_percent: 'percentage', f_decimal: 'decimal',
      g_day: 'by day', g_week: 'by week', g_month: 'by month', g_quarter: 'by quarter', g_year: 'by year'
    }
  };
  var EXAMPLES = {
    zh: ['上个月华东区各渠道的GMV', '2025年每月GMV趋势', '上个月GMV环比', '上季度门店GMV前5', '转化率'],
    en: ['AOV by channel last quarter', 'monthly GMV trend in 2025', 'GMV last month vs previous month', 'top 5 stores by GMV last quarter', 'gross margin last month']
  };

  var state = {
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
  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    // randomUUID needs a secure context; getRandomValues does not (a deployment on plain http).
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function isDemo() { return !!(state.identity && state.identity.demo); }
  /** The demo user to send as `user`; a deployment never sends one (the API takes the caller from the credentials). */
  function demoUser() { return isDemo() ? state.user : null; }

  function t(key) { return (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.en[key] || key; }
  function $(id) { return document.getElementById(id); }
  function colon() { return state.lang === 'zh' ? '：' : ': '; }

  /** Creates an element; children are nodes or strings (strings become text nodes, never HTML). */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k.indexOf('on') === 0) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    });
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }
  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function loc(text) { return text && typeof text === 'object' ? (text[state.lang] || text.zh || text.en || '') : (text || ''); }

  // ---- HTTP (relative URLs only; http.js adds the caller's credentials) ----
  var getJson = window.MAHttp.getJson, postJson = window.MAHttp.postJson;
  function loadCatalog() {
    if (state.catalog) return Promise.resolve(state.catalog);
    return getJson('/api/metrics').then(function (res) {
      // A failure (e.g. not signed in yet) is not cached: the next view tries again.
      if (!res.ok || !Array.isArray(res.body)) return [];
      state.catalog = res.body;
      return state.catalog;
    }).catch(function () { return []; });
  }
  /** A metric's detail, once per page; it also brings the names of the dimensions and their codes. */
  function loadDetail(id) {
    if (!state.details[id]) {
      state.details[id] = getJson('/api/metrics/' + encodeURIComponent(id)).then(function (res) {
        if (!res.ok || !res.body || !res.body.summary) { delete state.details[id]; return res; }
        (res.body.dimensionDetails || []).forEach(function (d) {
          var values = {};
          (d.values || []).forEach(function (v) { values[String(v.code)] = v.name; });
          state.dimensions[d.id] = { name: d.name, values: values };
        });
        return res;
      }, function (e) { delete state.details[id]; throw e; });
    }
    return state.details[id];
  }
  function dimensionName(id) { var d = state.dimensions[id]; return (d && loc(d.name)) || id; }
  function valueName(dimension, code) {
    var d = state.dimensions[dimension];
    var n = d && code !== null && code !== undefined ? d.values[String(code)] : null;
    return n ? loc(n) : (code === null || code === undefined ? '—' : String(code));
  }
  /** The contract's half-open range as people read it: [2025-04-01, 2025-07-01) is 2025-04-01 – 2025-06-30. */
  function rangeText(r) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(r.end || ''));
    if (!m) return r.start + ' – ' + r.end;
    var last = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]) - 86400000).toISOString().slice(0, 10);
    return last === r.start ? r.start : r.start + ' – ' + last;
  }
  /** "2025-04-01" as the period it starts: 2025-04 (month), 2025 Q2 (quarter), 2025 (year); days and weeks stay dates. */
  function periodLabel(value, grain) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
    if (!m) return value === null || value === undefined ? '—' : String(value);
    if (grain === 'month') return m[1] + '-' + m[2];
    if (grain === 'quarter') return m[1] + ' Q' + (Math.floor((+m[2] - 1) / 3) + 1);
    if (grain === 'year') return m[1];
    return m[1] + '-' + m[2] + '-' + m[3];
  }
  function metricSummary(id) {
    return (state.catalog || []).filter(function (m) { return m.id === id; })[0] || null;
  }

  // ---- number formatting ----
  function unitOf(column) {
    if (/_change_pct$/.test(column)) return 'pct';
    var base = column.replace(/_(previous|change)$/, '');
    var m = metricSummary(base);
    return m ? m.unit : null;
  }
  function formatNumber(v, unit, compact) {
    if (typeof v !== 'number' || !isFinite(v)) return v === null || v === undefined ? '—' : String(v);
    var localeTag = state.lang === 'zh' ? 'zh-CN' : 'en-US';
    if (unit === 'ratio' || unit === 'pct') {
      return (unit === 'pct' && v > 0 ? '+' : '') + new Intl.NumberFormat(localeTag, { style: 'percent', maximumFractionDigits: 2 }).format(v);
    }
    var abs = Math.abs(v);
    var opts = compact && abs >= 10000 ? { notation: 'compact', maximumFractionDigits: 2 } : { maximumFractionDigits: abs >= 100 ? 2 : 4 };
    var s = new Intl.NumberFormat(localeTag, opts).format(v);
    if (unit === 'CNY') return state.lang === 'zh' ? s + '元' : '¥' + s;
    return s;
  }

  // ---- language and identity ----
  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.setAttribute('placeholder', t(n.getAttribute('data-i18n-placeholder'))); });
    $('lang-toggle').textContent = state.lang === 'zh' ? 'EN' : '中文';
    $('lang-toggle').setAttribute('title', state.lang === 'zh' ? 'Switch to English' : '切换到中文');
    renderExamples();
  }
  function renderExamples() {
    var box = $('examples');
    clear(box);
    append(box, el('span', { class: 'muted', text: t('tryThese') }));
    EXAMPLES[state.lang].forEach(function (q) {
      append(box, el('button', { type: 'button', class: 'chip', text: q, onclick: function () { askQuestion(q); } }));
    });
  }

  // ---- search box with suggestions ----
  var suggest = { items: [], active: -1, timer: 0, controller: null };
  function setExpanded(open) {
    $('suggestions').hidden = !open;
    $('search-box').setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  function closeSuggestions() { suggest.items = []; suggest.active = -1; setExpanded(false); $('search-box').removeAttribute('aria-activedescendant'); }
  function fetchSuggestions(q) {
    if (suggest.controller) suggest.controller.abort();
    if (!q.trim()) { closeSuggestions(); return; }
    suggest.controller = new AbortController();
    var url = '/api/search?q=' + encodeURIComponent(q) + (demoUser() ? '&user=' + encodeURIComponent(demoUser()) : '');
    getJson(url, suggest.controller.signal).then(function (res) {
      if ($('search-box').value !== q) return;
      var list = res.ok && res.body && Array.isArray(res.body.suggestions) ? res.body.suggestions : [];
      renderSuggestions(list);
    }).catch(function () { /* aborted or offline: keep the box quiet */ });
  }
  function renderSuggestions(list) {
    var ul = $('suggestions');
    clear(ul);
    suggest.items = list;
    suggest.active = -1;
    if (!list.length) { setExpanded(false); return; }
    list.forEach(function (s, i) {
      var li = el('li', { id: 'sug-' + i, role: 'option', 'aria-selected': 'false', class: 'suggestion kind-' + s.kind },
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
    var n = suggest.items.length;
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
    var s = suggest.items[i];
    if (!s) return;
    $('search-box').value = s.text;
    closeSuggestions();
    askQuestion(s.text);
  }
  function onSearchKey(ev) {
    var open = !$('suggestions').hidden && suggest.items.length > 0;
    if (ev.key === 'ArrowDown') { ev.preventDefault(); if (open) highlight(suggest.active + 1); else fetchSuggestions($('search-box').value); }
    else if (ev.key === 'ArrowUp') { if (open) { ev.preventDefault(); highlight(suggest.active - 1); } }
    else if (ev.key === 'Escape') { if (open) { ev.preventDefault(); closeSuggestions(); } }
    else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (open && suggest.active >= 0) pickSuggestion(suggest.active);
      else { closeSuggestions(); askQuestion($('search-box').value); }
    }
  }

  // ---- asking ----
  var askSeq = 0;
  function askQuestion(question) {
    question = (question || '').trim();
    if (!question) { $('search-box').focus(); return; }
    if (location.hash && location.hash !== '#/' && location.hash !== '#') location.hash = '#/';
    $('search-box').value = question;
    clearTimeout(suggest.timer);
    if (suggest.controller) suggest.controller.abort();
    closeSuggestions();
    var payload = { question: question, conversationId: state.conversationId };
    if (demoUser()) payload.user = demoUser();
    // The reference time is a demo aid (the demo data ends in 2025); a deployment asks about "now".
    var now = isDemo() ? $('now-input').value.trim() : '';
    if (now) payload.now = now;
    var seq = ++askSeq;
    var box = $('answer');
    clear(box);
    box.appendChild(el('div', { class: 'card loading', text: t('loading') }));
    Promise.all([loadCatalog(), postJson('/api/ask', payload)]).then(function (r) {
      var res = r[1];
      var a = res.body && typeof res.body.status === 'string' ? res.body : null;
      // Names of the answer's dimensions and codes come with its metric's detail (cached); without them codes show.
      var names = a && a.status === 'answered' && a.metric && a.metric.id
        ? loadDetail(a.metric.id).catch(function () { return null; }) : Promise.resolve(null);
      return names.then(function () { return res; });
    }).then(function (res) {
      if (seq !== askSeq) return;
      clear(box);
      if (res.body && typeof res.body.status === 'string') { state.lastAnswer = res.body; box.appendChild(renderAnswer(res.body)); }
      else box.appendChild(errorCard(res.status === 401 ? t('signInExpired') : res.body && (res.body.detail || res.body.title) || (t('failed') + ' (HTTP ' + res.status + ')')));
    }).catch(function (e) {
      if (seq !== askSeq) return;
      clear(box);
      box.appendChild(errorCard(t('failed') + ': ' + e.message));
    });
  }
  /** The server may say which earlier question this one follows (a string, or an object naming it); shown only if present. */
  function followUpText(f) {
    if (!f) return '';
    if (typeof f === 'string') return f;
    if (typeof f === 'object') return String(f.question || f.text || f.message || '');
    return '';
  }
  function errorCard(message) {
    return el('div', { class: 'card answer status-invalid' }, el('div', { class: 'alert alert-error', text: message }));
  }

  // ---- the answer card ----
  function renderAnswer(a) {
    var card = el('article', { class: 'card answer status-' + a.status });
    var head = el('div', { class: 'answer-head' },
      el('div', { class: 'answer-question', text: a.question || '' }),
      el('span', { class: 'pill pill-' + a.status, text: t('st_' + a.status) }));
    card.appendChild(head);
    var follow = followUpText(a.followUpOf);
    if (follow) card.appendChild(el('div', { class: 'follow-up muted' }, el('span', { text: t('followUpOf') }), el('q', { text: follow })));

    if (a.warnings && a.warnings.length) {
      card.appendChild(el('div', { class: 'alert alert-warn' }, el('strong', { text: t('warnings') + colon() }), a.warnings.join(' ')));
    }

    if (a.status !== 'answered') {
      var cls = a.status === 'clarification_needed' ? 'alert-info' : 'alert-error';
      card.appendChild(el('div', { class: 'alert ' + cls, text: a.message || (a.error && a.error.message) || '' }));
      if (a.alternatives && a.alternatives.length) {
        // A clarification choice keeps the rest of the question (time, filters) and names the metric by id:
        // asking its bare name again would be just as ambiguous.
        card.appendChild(chips(a.status === 'clarification_needed' ? t('choose') : t('nearest'), a.alternatives,
          a.status === 'clarification_needed' && a.question ? function (alt) { return a.question + ' ' + alt.id; } : null));
      }
      if (a.error && a.error.suggestions && a.error.suggestions.length) {
        card.appendChild(el('div', { class: 'chips' }, a.error.suggestions.map(function (s) { return el('span', { class: 'chip static', text: s }); })));
      }
      return card;
    }

    var metric = a.metric || {};
    var metricCol = metricColumnIndex(a);
    var single = a.rows && a.rows.length === 1 && !(a.query && a.query.grain) && !(a.query && a.query.groupBy && a.query.groupBy.length);
    var mUnit = unitOf(metric.id || '');
    var title = el('div', { class: 'answer-metric' },
      el('span', { class: 'metric-name', text: metric.name || '' }),
      metric.official ? el('span', { class: 'badge official', text: t('official') }) : null,
      el('span', { class: 'muted', text: 'v' + (metric.version || '') }));
    card.appendChild(title);

    if (single && metricCol >= 0) {
      var row = a.rows[0];
      var big = el('div', { class: 'big-number', title: String(row[metricCol]) , text: formatNumber(row[metricCol], mUnit, true) });
      card.appendChild(big);
      var pctIdx = colIndex(a, (metric.id || '') + '_change_pct');
      if (pctIdx >= 0 && typeof row[pctIdx] === 'number') {
        card.appendChild(el('div', { class: 'delta ' + (row[pctIdx] >= 0 ? 'up' : 'down'), text: (a.query.compare === 'yoy' ? (state.lang === 'zh' ? '同比 ' : 'YoY ') : (state.lang === 'zh' ? '环比 ' : 'vs previous ')) + formatNumber(row[pctIdx], 'pct') }));
      }
    }
    if (a.message) card.appendChild(el('p', { class: 'answer-message', text: a.message }));

    var chart = buildChart(a, metricCol, mUnit);
    if (chart) card.appendChild(el('div', { class: 'chart-wrap' }, chart));

    if (a.columns && a.columns.length && a.rows && a.rows.length) card.appendChild(buildTable(a));

    // 口径
    var summary = metricSummary(metric.id);
    var def = el('section', { class: 'definition' },
      el('h3', { text: t('definition') }),
      el('p', { text: a.definition || '' }),
      el('dl', { class: 'meta' },
        el('dt', { text: t('lnMetric') }), el('dd', { text: (metric.name || '') + ' (' + (metric.id || '') + ')' }),
        el('dt', { text: t('version') }), el('dd', { text: 'v' + (metric.version || '') }),
        el('dt', { text: t('owner') }), el('dd', { text: metric.owner || '' }),
        el('dt', { text: t('status') }), el('dd', { text: t('s_' + (metric.status || (summary && summary.status) || 'published')) })));
    if (a.query && a.query.timeRange) {
      def.lastChild.appendChild(el('dt', { text: t('timeRange') }));
      def.lastChild.appendChild(el('dd', { title: '[' + a.query.timeRange.start + ', ' + a.query.timeRange.end + ')',
        text: rangeText(a.query.timeRange) + (a.query.grain ? ' · ' + t('g_' + a.query.grain) : '') }));
    }
    card.appendChild(def);

    if (a.scope && a.scope.length) {
      card.appendChild(el('div', { class: 'alert alert-scope' },
        el('strong', { text: t('scope') + colon() }), t('scopeNote') + ' ',
        a.scope.map(function (s, i) {
          var values = (s.values || []).map(function (v) { return valueName(s.dimension, v); }).join(state.lang === 'zh' ? '、' : ', ');
          return el('span', { class: 'scope-item', title: s.dimension + ' ' + (s.op || 'in') + ' ' + (s.values || []).join(','),
            text: (i ? '; ' : '') + dimensionName(s.dimension) + (s.op === 'not_in' ? (state.lang === 'zh' ? ' 不含 ' : ' not ') : (state.lang === 'zh' ? '：' : ': ')) + values + (s.reason ? ' — ' + s.reason : '') });
        })));
    }
    if (a.alternatives && a.alternatives.length) card.appendChild(chips(t('alternatives'), a.alternatives));

    if (a.sql) {
      card.appendChild(el('details', { class: 'sql' }, el('summary', { text: t('sql') }), el('pre', null, el('code', { text: a.sql }))));
    }
    var foot = el('div', { class: 'answer-foot' });
    if (metric.id) foot.appendChild(el('a', { href: '#/metric/' + encodeURIComponent(metric.id), text: t('metricPage') }));
    if (a.timings) foot.appendChild(el('span', { class: 'muted', text: t('timings') + ' ' + Math.round(a.timings.totalMs) + ' ms' }));
    card.appendChild(foot);
    card.appendChild(feedbackBox(a, metric.id));
    return card;
  }
  // ---- answer feedback: 👍 / 👎 with an optional comment, sent as the current demo user ----
  function feedbackBox(a, metricId) {
    var box = el('div', { class: 'feedback' });
    var chosen = null;
    var comment = el('textarea', { class: 'feedback-comment', maxlength: '1000', rows: '2', placeholder: t('fbComment'), 'aria-label': t('fbComment') });
    var status = el('span', { class: 'feedback-status muted', role: 'status' });
    var send = el('button', { type: 'button', class: 'feedback-send', disabled: 'disabled', text: t('fbSend') });
    function vote(helpful) {
      return el('button', { type: 'button', class: 'feedback-vote', 'aria-pressed': 'false', title: helpful ? t('fbUp') : t('fbDown'), 'aria-label': helpful ? t('fbUp') : t('fbDown'),
        onclick: function () {
          chosen = helpful;
          up.setAttribute('aria-pressed', String(helpful)); down.setAttribute('aria-pressed', String(!helpful));
          up.classList.toggle('chosen', helpful); down.classList.toggle('chosen', !helpful);
          send.disabled = false;
        } });
    }
    var up = vote(true), down = vote(false);
    up.appendChild(thumb(true)); down.appendChild(thumb(false));
    up.appendChild(el('span', { class: 'feedback-label', text: t('fbUp') }));
    down.appendChild(el('span', { class: 'feedback-label', text: t('fbDown') }));
    send.addEventListener('click', function () {
      if (chosen === null) return;
      send.disabled = true;
      var payload = { question: (a.question || $('search-box').value || '').trim().slice(0, 500) || null, metricId: metricId || null, helpful: chosen,
        comment: comment.value.trim().slice(0, 1000) || null, user: demoUser() };
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
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('width', '16'); svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('class', 'thumb' + (up ? '' : ' thumb-down'));
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.72v-2z');
    svg.appendChild(path);
    return svg;
  }
  function chips(label, alternatives, questionFor) {
    return el('div', { class: 'chips' }, el('span', { class: 'muted', text: label }),
      alternatives.map(function (alt) {
        return el('button', { type: 'button', class: 'chip', title: alt.id, text: alt.name || alt.id, onclick: function () { askQuestion(questionFor ? questionFor(alt) : (alt.name || alt.id)); } });
      }));
  }
  function colIndex(a, name) {
    for (var i = 0; i < (a.columns || []).length; i++) if (a.columns[i].name === name) return i;
    return -1;
  }
  function metricColumnIndex(a) {
    var id = a.metric && a.metric.id;
    var i = colIndex(a, id);
    if (i >= 0) return i;
    for (var k = 0; k < (a.columns || []).length; k++) if (a.columns[k].type === 'decimal' || a.columns[k].type === 'number' || a.columns[k].type === 'integer') return k;
    return -1;
  }
  function buildChart(a, mi, unit) {
    if (mi < 0 || !a.rows || !a.rows.length) return null;
    var q = a.query || {};
    var fmt = function (v) { return formatNumber(v, unit, true); };
    var groupCols = (q.groupBy || []).map(function (g) { return colIndex(a, g); }).filter(function (i) { return i >= 0; });
    var prevIdx = colIndex(a, a.metric.id + '_previous');
    var label = a.metric.name || a.metric.id;
    if (q.grain) {
      var periodIdx = 0;
      var periods = [], series = {}, order = [];
      a.rows.forEach(function (r) {
        var p = String(r[periodIdx]);
        if (periods.indexOf(p) < 0) periods.push(p);
        var key = groupCols.length ? groupCols.map(function (g) { return valueName(a.columns[g].name, r[g]); }).join(' · ') : label;
        if (!series[key]) { series[key] = {}; order.push(key); }
        series[key][p] = r[mi];
      });
      periods.sort();
      var list = order.slice(0, 8).map(function (k) { return { name: k, values: periods.map(function (p) { return series[k][p] === undefined ? null : series[k][p]; }) }; });
      if (!groupCols.length && prevIdx >= 0) {
        list.push({ name: t('previous'), values: periods.map(function (p) { var r = a.rows.filter(function (x) { return String(x[periodIdx]) === p; })[0]; return r ? r[prevIdx] : null; }) });
        list[0].name = t('current');
      }
      return window.MAChart.line(periods.map(function (p) { return periodLabel(p, q.grain); }), list, fmt, label);
    }
    if (groupCols.length && a.rows.length >= 1) {
      var rows = a.rows.slice(0, 30);
      var labels = rows.map(function (r) { return groupCols.map(function (g) { return valueName(a.columns[g].name, r[g]); }).join(' · '); });
      var s = [{ name: prevIdx >= 0 ? t('current') : label, values: rows.map(function (r) { return r[mi]; }) }];
      if (prevIdx >= 0) s.push({ name: t('previous'), values: rows.map(function (r) { return r[prevIdx]; }) });
      return window.MAChart.bars(labels, s, fmt, label);
    }
    if (prevIdx >= 0 && a.rows.length === 1) {
      // This period in the brand colour, the period it is compared with in grey.
      return window.MAChart.bars([t('current'), t('previous')], [{ name: label, values: [a.rows[0][mi], a.rows[0][prevIdx]] }], fmt, label, [window.MAChart.colors[0], '#94a3b8']);
    }
    return null;
  }
  /** What a column holds: the period of a trend, a dimension (codes shown by name), or a number. */
  function columnRole(a, c) {
    var q = a.query || {};
    if (c.name === 'period' || (q.grain && a.columns.indexOf(c) === 0)) return 'period';
    if ((q.groupBy || []).indexOf(c.name) >= 0 || c.type === 'string' || c.type === 'date') return 'dimension';
    return 'number';
  }
  function columnTitle(a, c) {
    var id = (a.metric && a.metric.id) || '';
    if (c.name === id) return (a.metric && a.metric.name) || id;
    if (c.name === id + '_previous') return t('previous');
    if (c.name === id + '_change') return t('change');
    if (c.name === id + '_change_pct') return t('changePct');
    var m = metricSummary(c.name);
    if (m) return loc(m.name);
    return columnRole(a, c) === 'period' ? t('period') : dimensionName(c.name);
  }
  function buildTable(a) {
    var grain = a.query && a.query.grain;
    var roles = a.columns.map(function (c) { return columnRole(a, c); });
    var units = a.columns.map(function (c, i) { return roles[i] === 'number' ? unitOf(c.name) : null; });
    var table = el('table', { class: 'data' },
      el('thead', null, el('tr', null, a.columns.map(function (c, i) { return el('th', { class: roles[i] === 'number' ? 'num' : null, title: c.name, text: columnTitle(a, c) }); }))),
      el('tbody', null, a.rows.slice(0, 500).map(function (r) {
        return el('tr', null, r.map(function (v, i) {
          var c = a.columns[i];
          if (roles[i] === 'number') return el('td', { class: 'num', title: typeof v === 'number' ? String(v) : null, text: formatNumber(v, units[i], false) });
          if (roles[i] === 'period') return el('td', { 'data-value': v === null ? null : String(v), text: periodLabel(v, grain) });
          return el('td', { 'data-value': v === null ? null : String(v), text: valueName(c.name, v) });
        }));
      })));
    return el('details', { class: 'rows', open: a.rows.length <= 20 ? 'open' : null },
      el('summary', { text: t('table') + ' (' + a.rows.length + ')' }), el('div', { class: 'table-wrap' }, table));
  }

  // ---- catalog ----
  function fillSelect(select, values, allKey, labeller) {
    var current = select.value;
    clear(select);
    select.appendChild(el('option', { value: '', text: t(allKey) }));
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: labeller ? labeller(v) : v })); });
    select.value = values.indexOf(current) >= 0 ? current : '';
  }
  function uniq(list) { return list.filter(function (v, i) { return v && list.indexOf(v) === i; }).sort(); }
  function renderCatalog() {
    loadCatalog().then(function (list) {
      fillSelect($('cat-domain'), uniq(list.map(function (m) { return m.domain; })), 'allDomains');
      fillSelect($('cat-owner'), uniq(list.map(function (m) { return loc(m.owner); })), 'allOwners');
      fillSelect($('cat-status'), uniq(list.map(function (m) { return m.status; })), 'allStatuses', function (s) { return t('s_' + s); });
      fillSelect($('cat-tag'), uniq([].concat.apply([], list.map(function (m) { return m.tags || []; }))), 'allTags');
      filterCatalog();
    });
  }
  function filterCatalog() {
    var list = state.catalog || [];
    var q = $('cat-search').value.trim().toLowerCase();
    var domain = $('cat-domain').value, owner = $('cat-owner').value, status = $('cat-status').value, tag = $('cat-tag').value;
    var shown = list.filter(function (m) {
      if (domain && m.domain !== domain) return false;
      if (owner && loc(m.owner) !== owner) return false;
      if (status && m.status !== status) return false;
      if (tag && (m.tags || []).indexOf(tag) < 0) return false;
      if (q) {
        var hay = [m.id, m.name && m.name.zh, m.name && m.name.en, m.domain, m.owner && m.owner.zh, m.owner && m.owner.en].concat(m.tags || []).join(' ').toLowerCase();
        if (hay.indexOf(q) < 0) return false;
      }
      return true;
    });
    shown.sort(function (x, y) { return (x.domain + x.id).localeCompare(y.domain + y.id); });
    $('cat-count').textContent = t('metricsCount').replace('{n}', String(shown.length));
    var grid = $('cat-list');
    clear(grid);
    shown.forEach(function (m) {
      grid.appendChild(el('a', { class: 'card metric-card', href: '#/metric/' + encodeURIComponent(m.id) },
        el('div', { class: 'mc-head' },
          el('span', { class: 'metric-name', text: loc(m.name) }),
          m.official ? el('span', { class: 'badge official', text: t('official') }) : null,
          el('span', { class: 'pill pill-s-' + m.status, text: t('s_' + m.status) })),
        el('div', { class: 'mc-id', text: m.id + ' · v' + m.version }),
        el('div', { class: 'mc-meta muted', text: m.domain + ' · ' + loc(m.owner) + (m.unit ? ' · ' + m.unit : '') }),
        m.replacedBy ? el('div', { class: 'mc-meta warn-text', text: t('replacedBy') + ' ' + m.replacedBy }) : null,
        (m.tags && m.tags.length) ? el('div', { class: 'tags' }, m.tags.map(function (x) { return el('span', { class: 'tag', text: x }); })) : null));
    });
  }

  // ---- metric page ----
  function renderMetric(id) {
    var page = $('metric-page');
    clear(page);
    page.appendChild(el('div', { class: 'card loading', text: t('loading') }));
    loadDetail(id).then(function (res) {
      clear(page);
      page.appendChild(el('a', { href: '#/catalog', class: 'back', text: t('back') }));
      if (!res.ok || !res.body || !res.body.summary) {
        page.appendChild(errorCard((res.body && res.body.detail) || t('notFoundMetric')));
        return;
      }
      page.appendChild(metricPage(res.body));
    }).catch(function (e) { clear(page); page.appendChild(errorCard(t('failed') + ': ' + e.message)); });
  }
  function section(title, body) { return el('section', { class: 'card layer' }, el('h2', { text: title }), body); }
  function kv(pairs) {
    return el('dl', { class: 'meta' }, pairs.filter(function (p) { return p[1] !== null && p[1] !== undefined && p[1] !== ''; }).map(function (p) {
      return [el('dt', { text: p[0] }), el('dd', null, p[1])];
    }));
  }
  function metricPage(d) {
    var s = d.summary;
    var other = state.lang === 'zh' ? 'en' : 'zh';
    var wrap = el('div', { class: 'metric-detail' });
    wrap.appendChild(el('header', { class: 'metric-header' },
      el('h1', null, el('span', { text: loc(s.name) }), s.official ? el('span', { class: 'badge official', text: t('official') }) : null,
        el('span', { class: 'pill pill-s-' + s.status, text: t('s_' + s.status) })),
      el('div', { class: 'muted', text: (s.name && s.name[other] ? s.name[other] + ' · ' : '') + s.id + ' · v' + s.version + ' · ' + t('owner') + ' ' + loc(s.owner) + ' · ' + t('domain') + ' ' + s.domain }),
      s.replacedBy ? el('div', { class: 'alert alert-warn' }, t('replacedBy') + ' ', el('a', { href: '#/metric/' + encodeURIComponent(s.replacedBy), text: s.replacedBy })) : null));

    var grid = el('div', { class: 'layers' });
    grid.appendChild(section(t('layerBusiness'), [
      el('p', { class: 'def-main', text: loc(d.definition) }),
      d.definition && d.definition[other] ? el('p', { class: 'muted', text: d.definition[other] }) : null,
      kv([[t('defaultWindow'), t('w_' + d.defaultWindow).indexOf('w_') === 0 ? d.defaultWindow : t('w_' + d.defaultWindow)],
        [t('format'), t('f_' + d.format).indexOf('f_') === 0 ? d.format : t('f_' + d.format)], [t('unit'), s.unit]])]));
    grid.appendChild(section(t('layerModel'), (d.models || []).map(function (m) {
      return el('div', { class: 'model' }, el('strong', { text: m.model }), el('span', { class: 'muted', text: ' → ' + t('table_') + ' ' + m.table }),
        el('div', { class: 'tags' }, (m.columns || []).map(function (c) { return el('code', { class: 'tag', text: c }); })));
    })));
    grid.appendChild(section(t('layerCalc'), [
      kv([[t('calcType'), d.calculation && d.calculation.type]]),
      el('pre', { class: 'calc' }, el('code', { text: d.calculation ? d.calculation.text : '' })),
      d.calculation && d.calculation.inputs && d.calculation.inputs.length ? el('div', { class: 'tags' }, el('span', { class: 'muted', text: t('inputs') + colon() }),
        d.calculation.inputs.map(function (i) { return el('a', { class: 'tag', href: '#/metric/' + encodeURIComponent(i), text: i }); })) : null,
      el('div', { class: 'tags' }, el('span', { class: 'muted', text: t('dimensions') + colon() }), (d.dimensions || []).map(function (x) { return el('span', { class: 'tag', title: x, text: dimensionName(x) }); }))]));
    grid.appendChild(section(t('layerPerm'), s.tags && s.tags.length
      ? el('div', { class: 'tags' }, s.tags.map(function (x) { return el('span', { class: 'tag tag-perm', text: x }); }))
      : el('p', { class: 'muted', text: t('noTags') })));
    wrap.appendChild(grid);

    wrap.appendChild(section(t('synonyms'), el('div', { class: 'tags' }, (d.synonyms || []).map(function (x) { return el('span', { class: 'tag', text: x }); }))));
    wrap.appendChild(section(t('typicalQuestions'), el('div', { class: 'chips' }, (d.typicalQuestions || []).map(function (q) {
      return el('button', { type: 'button', class: 'chip', text: q, onclick: function () { location.hash = '#/'; askQuestion(q); } });
    }))));
    wrap.appendChild(section(t('versions'), versionList(d)));
    wrap.appendChild(section(t('lineage'), el('div', { class: 'lineage-wrap' }, lineageDiagram(d))));
    return wrap;
  }
  /** The changelog, newest first, the current version marked. */
  function versionList(d) {
    var current = d.summary.version;
    var log = (d.changelog || []).slice().reverse();
    if (!log.length) return el('p', { class: 'muted', text: 'v' + current });
    return el('ol', { class: 'versions' }, log.map(function (c) {
      return el('li', { class: 'version' + (c.version === current ? ' version-current' : '') },
        el('div', { class: 'version-head' },
          el('span', { class: 'version-no', text: 'v' + c.version }),
          c.version === current ? el('span', { class: 'pill pill-s-published', text: t('currentVersion') }) : null,
          el('span', { class: 'muted', text: c.date + ' · ' + c.author })),
        el('div', { class: 'version-summary', text: loc(c.summary) }));
    }));
  }
  function lineageDiagram(d) {
    var s = d.summary;
    var cols = [
      { title: t('lnMetric'), nodes: [{ key: 'm:' + s.id, label: loc(s.name), sub: [s.id + ' · v' + s.version] }] },
      { title: t('lnModel'), nodes: [] }, { title: t('lnTable'), nodes: [] }, { title: t('lnJob'), nodes: [] }, { title: t('lnSource'), nodes: [] }];
    var edges = [], seen = {};
    function add(ci, key, label, sub) {
      if (seen[key]) return;
      seen[key] = true;
      cols[ci].nodes.push({ key: key, label: label, sub: sub || [] });
    }
    function edge(a, b) { if (!edges.some(function (e) { return e[0] === a && e[1] === b; })) edges.push([a, b]); }
    var models = d.models || [];
    models.forEach(function (m) {
      var mk = 'model:' + m.model, tk = 'table:' + m.table;
      add(1, mk, m.model);
      edge('m:' + s.id, mk);
      var colsText = (m.columns || []).join(', ');
      add(2, tk, m.table, colsText ? [colsText.length > 80 ? colsText.slice(0, 79) + '…' : colsText] : []);
      edge(mk, tk);
      var ln = m.lineage || d.lineage;
      if (ln) {
        var jk = 'job:' + ln.job, sk = 'src:' + ln.sourceSystem;
        if (ln.job) { add(3, jk, ln.job, ln.schedule ? [ln.schedule] : []); edge(tk, jk); }
        if (ln.sourceSystem) { add(4, sk, ln.sourceSystem, ln.upstreamTables || []); edge(ln.job ? jk : tk, sk); }
      }
    });
    if (!models.length && d.lineage) {
      var l = d.lineage;
      (l.upstreamTables || []).forEach(function (u) { add(2, 'table:' + u, u); edge('m:' + s.id, 'table:' + u); if (l.job) edge('table:' + u, 'job:' + l.job); });
      if (l.job) add(3, 'job:' + l.job, l.job);
      if (l.sourceSystem) { add(4, 'src:' + l.sourceSystem, l.sourceSystem); edge(l.job ? 'job:' + l.job : 'm:' + s.id, 'src:' + l.sourceSystem); }
    }
    var used = cols.filter(function (c) { return c.nodes.length; });
    return window.MAChart.lineage(used, edges, t('lineage') + ' · ' + loc(s.name));
  }

  // ---- identity: the demo picker (embedded default) or the caller's own sign-in (a deployment) ----
  function signedOut() { return !!state.identity && !state.identity.me; }
  function loadIdentity() {
    var url = '/api/me' + (window.MAHttp.hasCredential() ? '' : '?user=' + encodeURIComponent(state.user));
    return getJson(url, null, { quiet: true }).then(function (res) {
      if (res.ok && res.body) { applyIdentity(res.body); return true; }
      if (res.status === 401) {
        var had = window.MAHttp.hasCredential();
        window.MAHttp.setCredential(null);
        state.identity = { demo: !!(res.body && res.body.demoIdentities), me: null };
        showSignIn(had ? t('signInExpired') : null);
        return false;
      }
      if (res.status === 400 && state.user !== 'ceo') { state.user = 'ceo'; return loadIdentity(); } // a stored demo user that no longer exists
      throw new Error('HTTP ' + res.status);
    });
  }
  function applyIdentity(me) {
    var demo = !!me.demoIdentities;
    state.identity = { demo: demo, me: me };
    $('demo-user-field').hidden = !demo;
    $('now-field').hidden = !demo;
    $('demo-note').hidden = !demo;
    $('identity').hidden = demo;
    $('view-signin').hidden = true;
    if (demo) {
      var picker = $('user-picker');
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
      $('sign-out').hidden = !window.MAHttp.hasCredential();
    }
  }
  function showSignIn(message) {
    ['view-ask', 'view-catalog', 'view-metric'].forEach(function (id) { $(id).hidden = true; });
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
  function onSignIn(ev) {
    ev.preventDefault();
    var text = $('signin-credential').value.trim();
    if (!text) { signInError(t('signInEmpty')); return; }
    var credential = window.MAHttp.classify(text);
    var button = $('signin-submit');
    button.disabled = true;
    button.textContent = t('signInChecking');
    signInError(null);
    getJson('/api/me', null, { credential: credential, quiet: true }).then(function (res) {
      if (res.ok && res.body) {
        window.MAHttp.setCredential(credential);
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
  function signOut() {
    window.MAHttp.setCredential(null);
    state.identity = { demo: false, me: null };
    state.catalog = null; state.details = {}; state.lastAnswer = null;
    clear($('answer'));
    showSignIn(null);
  }

  // ---- routing ----
  function route() {
    if (signedOut()) { showSignIn($('signin-error').textContent || null); return; }
    var h = location.hash || '#/';
    var m = /^#\/metric\/(.+)$/.exec(h);
    $('view-ask').hidden = !(h === '#/' || h === '#' || h === '');
    $('view-catalog').hidden = h !== '#/catalog';
    $('view-metric').hidden = !m;
    $('nav-ask').classList.toggle('active', !$('view-ask').hidden);
    $('nav-catalog').classList.toggle('active', !$('view-catalog').hidden || !!m);
    if (h === '#/catalog') renderCatalog();
    else if (m) renderMetric(decodeURIComponent(m[1]));
    else if ($('view-ask').hidden) { $('view-ask').hidden = false; }
  }

  function init() {
    var picker = $('user-picker');
    picker.value = state.user;
    picker.addEventListener('change', function () {
      state.user = picker.value;
      localStorage.setItem('ma.user', state.user);
      if (state.lastAnswer && state.lastAnswer.question && !$('view-ask').hidden) askQuestion(state.lastAnswer.question);
    });
    $('lang-toggle').addEventListener('click', function () {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('ma.lang', state.lang);
      applyLanguage();
      route();
      if (state.lastAnswer && !$('view-ask').hidden) { clear($('answer')); $('answer').appendChild(renderAnswer(state.lastAnswer)); }
    });
    var box = $('search-box');
    box.addEventListener('input', function () {
      clearTimeout(suggest.timer);
      var q = box.value;
      suggest.timer = setTimeout(function () { fetchSuggestions(q); }, 200);
    });
    box.addEventListener('keydown', onSearchKey);
    box.addEventListener('blur', function () { setTimeout(closeSuggestions, 120); });
    $('ask-form').addEventListener('submit', function (ev) { ev.preventDefault(); askQuestion(box.value); });
    $('signin-form').addEventListener('submit', onSignIn);
    $('sign-out').addEventListener('click', signOut);
    ['cat-search', 'cat-domain', 'cat-owner', 'cat-status', 'cat-tag'].forEach(function (id) {
      $(id).addEventListener(id === 'cat-search' ? 'input' : 'change', filterCatalog);
    });
    // Any later 401 (an expired token, a revoked key) asks for the sign-in again.
    window.MAHttp.onUnauthorized(function () {
      window.MAHttp.setCredential(null);
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

  // For the browser tests: the renderers, pure functions of an answer / a metric's detail.
  window.MAPortal = { renderAnswer: renderAnswer, metricPage: metricPage, formatNumber: formatNumber, state: state };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
