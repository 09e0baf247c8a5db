/* The governance area's own words in Chinese and English (kept apart from i18n.js, which holds the asking pages' words). */
import { state } from './state.js';

const WORDS = {
  zh: {
    navGov: '治理', govTitle: '指标治理', tabProposals: '我的提案', tabQueue: '待我评审', tabRequests: '指标需求', tabInbox: '负责人收件箱', tabImpact: '影响分析',
    proposeTitle: '提议修改这个指标', proposeSynonyms: '新增同义词（逗号分隔）', proposeQuestions: '新增典型问题（每行一个）',
    proposeFields: '其他字段（JSON，可选，如 {"filters": [...]}）', proposeReason: '理由', proposeSend: '提交评审', proposeDeprecate: '提议弃用',
    replacedByField: '替代指标 ID', sunsetField: '停用日期',
    proposalSent: '已提交评审：', kind: '类型', status: '状态', author: '提出人', reason: '理由', base: '基于版本', bumps: '会升级版本',
    noBump: '不改变计算，版本不变', reviews: '评审', comments: '评论', approve: '通过', reject: '驳回', requestChanges: '要求修改',
    comment: '评论', publish: '发布', published: '已发布为版本', none: '暂无', diffTitle: '变更对比', field: '字段', before: '之前', after: '之后',
    sqlBefore: '之前的 SQL', sqlAfter: '之后的 SQL', reference: '参考查询', open: '打开', loadFailed: '加载失败',
    st_in_review: '评审中', st_approved: '已通过', st_rejected: '已驳回', st_changes_requested: '需修改', st_published: '已发布', st_draft: '草稿',
    st_open: '待处理', st_accepted: '已接受', st_declined: '已拒绝', st_done: '已完成', st_conflict: '冲突',
    requestNew: '提报新指标', requestTitle: '标题', requestQuestion: '想问的问题', requestDescription: '说明', requestSend: '提交需求',
    requestSent: '需求已提交：', domainLabel: '负责领域', setStatus: '更新状态', link: '发布的指标 ID',
    inboxEmpty: '收件箱是空的', count: '次', proposeFromGroup: '提议为同义词', examples: '示例',
    impactTable: '表（模型或数仓表）', impactColumn: '字段（可选）', impactRun: '分析影响', impactMetrics: '受影响的指标', via: '经由', askedBy: '近 30 天提问者',
    versionsTitle: '版本历史与对比', compare: '对比', from: '从', to: '到', current: '当前', superseded: '已被取代', pinAsk: '按此版本提问'
  },
  en: {
    navGov: 'Governance', govTitle: 'Metric governance', tabProposals: 'My proposals', tabQueue: 'Review queue', tabRequests: 'Requests', tabInbox: "Owner's inbox", tabImpact: 'Impact',
    proposeTitle: 'Propose a change to this metric', proposeSynonyms: 'Synonyms to add (comma separated)', proposeQuestions: 'Typical questions to add (one per line)',
    proposeFields: 'Other fields (JSON, optional, e.g. {"filters": [...]})', proposeReason: 'Reason', proposeSend: 'Submit for review', proposeDeprecate: 'Propose deprecation',
    replacedByField: 'Replaced by (metric id)', sunsetField: 'Sunset date',
    proposalSent: 'Submitted for review: ', kind: 'Kind', status: 'Status', author: 'Author', reason: 'Reason', base: 'Base version', bumps: 'bumps the version',
    noBump: 'computation unchanged; version kept', reviews: 'Reviews', comments: 'Comments', approve: 'Approve', reject: 'Reject', requestChanges: 'Request changes',
    comment: 'Comment', publish: 'Publish', published: 'Published as version', none: 'None yet', diffTitle: 'What changes', field: 'Field', before: 'Before', after: 'After',
    sqlBefore: 'SQL before', sqlAfter: 'SQL after', reference: 'Reference query', open: 'Open', loadFailed: 'Could not load',
    st_in_review: 'in review', st_approved: 'approved', st_rejected: 'rejected', st_changes_requested: 'changes requested', st_published: 'published', st_draft: 'draft',
    st_open: 'open', st_accepted: 'accepted', st_declined: 'declined', st_done: 'done', st_conflict: 'conflict',
    requestNew: 'Request a new metric', requestTitle: 'Title', requestQuestion: 'The question you want answered', requestDescription: 'Description', requestSend: 'Send request',
    requestSent: 'Request sent: ', domainLabel: 'Domain', setStatus: 'Set status', link: 'Published metric id',
    inboxEmpty: 'Nothing in your inbox', count: '×', proposeFromGroup: 'Propose as synonyms', examples: 'Examples',
    impactTable: 'Table (model or warehouse table)', impactColumn: 'Column (optional)', impactRun: 'Show impact', impactMetrics: 'Metrics affected', via: 'via', askedBy: 'Asked by (last 30 days)',
    versionsTitle: 'Versions and differences', compare: 'Compare', from: 'From', to: 'To', current: 'current', superseded: 'superseded', pinAsk: 'Ask with this version'
  }
};

/** A governance word in the page's language. */
export function g(key) { return (WORDS[state.lang] && WORDS[state.lang][key]) || WORDS.en[key] || key; }
