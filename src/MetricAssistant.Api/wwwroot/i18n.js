/* The portal's own words in Chinese and English (the answer's words and numbers come from the server's display facts). */
import { state } from './state.js';

const STRINGS = {
  zh: {
    brand: '指标助手', navAsk: '问数', navCatalog: '指标目录', user: '用户', demo: '演示 demo', now: '参考时间 now',
    demoNote: '演示身份：所选用户作为 user 发送。演示数据覆盖 2024–2025 年，因此“参考时间”预填为 2025-07-15T10:00:00（留空则使用当前时间）。',
    askTitle: '用一句话问指标', askSub: '中文或英文皆可，答案只按公司统一口径计算。',
    searchPlaceholder: '例如：上个月华东区各渠道的GMV', askButton: '提问', tryThese: '试试：',
    catalogTitle: '指标目录', catalogSearch: '搜索名称、ID、同义词', allDomains: '全部主题域', allOwners: '全部负责人',
    allStatuses: '全部状态', allTags: '全部标签', metricsCount: '共 {n} 个指标',
    official: '官方', stale: '数据可能未更新', kindMetric: '指标', kindQuestion: '典型问题', kindRecent: '最近问过', noSuggestions: '没有匹配的建议',
    loading: '正在计算…', failed: '请求失败', definition: '口径', version: '版本', owner: '负责人', status: '状态',
    scope: '数据范围', scopeNote: '因您的身份自动应用的行级规则：', alternatives: '其他口径 / 备选', choose: '请选择：',
    nearest: '相近的指标：', warnings: '提示', sql: '查看 SQL', table: '明细', metricPage: '指标详情 →',
    timings: '耗时', timeRange: '时间范围', grain: '粒度',
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
    followUpOf: '接着上一问：', versions: '版本历史', currentVersion: '当前版本',
    pubOn: '日期', author: '修改人',
    w_last_month: '上个月', w_last_30_days: '近30天', w_last_7_days: '近7天', w_year_to_date: '今年以来', w_last_quarter: '上季度', w_last_year: '去年',
    f_currency: '金额', f_integer: '整数', f_percent: '百分比', f_decimal: '小数',
    yoy: '同比', pop: '环比',
      g_day: '按日', g_week: '按周', g_month: '按月', g_quarter: '按季度', g_year: '按年'
  },
  en: {
    brand: 'Metric Assistant', navAsk: 'Ask', navCatalog: 'Catalog', user: 'User', demo: 'demo', now: 'Reference time (now)',
    demoNote: 'Demo identities: the chosen user is sent as user. The demo data covers 2024–2025, so the reference time is pre-filled with 2025-07-15T10:00:00 (empty means the current time).',
    askTitle: 'Ask about a metric', askSub: 'In English or Chinese — answers use only the governed, company-standard definitions.',
    searchPlaceholder: 'e.g. AOV by channel last quarter', askButton: 'Ask', tryThese: 'Try:',
    catalogTitle: 'Metric catalog', catalogSearch: 'Search name, id, synonym', allDomains: 'All domains', allOwners: 'All owners',
    allStatuses: 'All statuses', allTags: 'All tags', metricsCount: '{n} metrics',
    official: 'official', stale: 'data may be stale', kindMetric: 'metric', kindQuestion: 'question', kindRecent: 'recent', noSuggestions: 'No suggestions',
    loading: 'Computing…', failed: 'Request failed', definition: 'Definition', version: 'Version', owner: 'Owner', status: 'Status',
    scope: 'Scope', scopeNote: 'Row rules applied because of who asked:', alternatives: 'Other definitions / alternatives', choose: 'Did you mean:',
    nearest: 'Nearest metrics:', warnings: 'Note', sql: 'Show SQL', table: 'Rows', metricPage: 'Metric page →',
    timings: 'Time', timeRange: 'Time range', grain: 'Grain',
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
    followUpOf: 'Following on from: ', versions: 'Version history', currentVersion: 'current',
    pubOn: 'Date', author: 'Author',
    w_last_month: 'last month', w_last_30_days: 'last 30 days', w_last_7_days: 'last 7 days', w_year_to_date: 'year to date', w_last_quarter: 'last quarter', w_last_year: 'last year',
    f_currency: 'currency', f_integer: 'whole number', f_percent: 'percentage', f_decimal: 'decimal',
    yoy: 'YoY', pop: 'vs previous',
      g_day: 'by day', g_week: 'by week', g_month: 'by month', g_quarter: 'by quarter', g_year: 'by year'
  }
};
export const EXAMPLES = {
  zh: ['上个月华东区各渠道的GMV', '2025年每月GMV趋势', '上个月GMV环比', '上季度门店GMV前5', '转化率'],
  en: ['AOV by channel last quarter', 'monthly GMV trend in 2025', 'GMV last month vs previous month', 'top 5 stores by GMV last quarter', 'gross margin last month']
};

/** A portal word in the page's language. */
export function t(key) { return (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.en[key] || key; }
/** A catalog text ({ zh, en }) in the page's language. */
export function loc(text) { return text && typeof text === 'object' ? (text[state.lang] || text.zh || text.en || '') : (text || ''); }
export function colon() { return state.lang === 'zh' ? '：' : ': '; }
