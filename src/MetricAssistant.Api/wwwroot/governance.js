/* The governance area: my proposals, the review queue, one proposal with its diff, reviews and publish, metric
   requests, the owner's inbox and the impact of a table or column. Everything the service refuses is shown
   with its reason (403, 409 with the diff, 400 with suggestions). */
import { $, el, clear } from './dom.js';
import { state, demoUser } from './state.js';
import { g } from './gov-i18n.js';
import * as api from './gov-api.js';
import { diffView } from './gov-diff.js';

const TABS = [['proposals', 'tabProposals'], ['queue', 'tabQueue'], ['requests', 'tabRequests'], ['inbox', 'tabInbox'], ['impact', 'tabImpact']];

function me() { return demoUser() || (state.identity && state.identity.me && state.identity.me.userId) || ''; }
function pill(status) { return el('span', { class: 'pill pill-s-' + status, text: g('st_' + status) }); }
function failed(res) { return el('p', { class: 'alert alert-error', text: api.failure(res) }); }
function authorOf(p) { return p.author || p.createdBy || p.user || ''; }

/** Renders the area for the route's rest: "proposals", "queue", "proposal/ID", "requests", "inbox", "impact". */
export function renderGovernance(rest) {
  const page = $('governance-page');
  clear(page);
  const tab = (rest || 'proposals').split('/')[0];
  page.appendChild(el('h1', { text: g('govTitle') }));
  page.appendChild(el('nav', { class: 'gov-tabs chips' }, TABS.map(function (t) {
    return el('a', { class: 'chip' + (t[0] === tab ? ' active' : ''), id: 'gov-tab-' + t[0], href: '#/governance/' + t[0], text: g(t[1]) });
  })));
  const body = el('div', { id: 'gov-body' });
  page.appendChild(body);
  if (tab === 'proposal') proposalDetail(body, decodeURIComponent(rest.slice('proposal/'.length)));
  else if (tab === 'queue') proposalList(body, function (p) { return p.status === 'in_review' || p.status === 'approved'; }, { status: null });
  else if (tab === 'requests') requestsView(body);
  else if (tab === 'inbox') inboxView(body);
  else if (tab === 'impact') impactView(body);
  else proposalList(body, function (p) { return authorOf(p) === me(); }, {});
}

function proposalList(body, keep) {
  api.proposals({}).then(function (res) {
    if (!res.ok || !Array.isArray(res.body)) { body.appendChild(failed(res)); return; }
    const list = res.body.filter(keep);
    if (!list.length) { body.appendChild(el('p', { class: 'muted', text: g('none') })); return; }
    body.appendChild(el('ul', { class: 'gov-list', id: 'proposal-list' }, list.map(function (p) {
      return el('li', { class: 'card gov-item', 'data-id': p.id },
        el('a', { href: '#/governance/proposal/' + encodeURIComponent(p.id), text: p.metricId + ' · ' + (p.kind || '') }), ' ', pill(p.status),
        el('div', { class: 'muted', text: authorOf(p) + ' · v' + p.baseVersion + (p.reason ? ' · ' + p.reason : '') }));
    })));
  });
}

function proposalDetail(body, id) {
  api.proposal(id).then(function (res) {
    if (!res.ok || !res.body) { body.appendChild(failed(res)); return; }
    const p = res.body;
    const result = el('div', { id: 'review-result', 'aria-live': 'polite' });
    const comment = el('textarea', { id: 'review-comment', rows: 2 });
    const after = function (r) {
      clear(result);
      if (r.ok) { renderGovernance('proposal/' + id); return; }
      result.appendChild(failed(r));
      if (r.status === 409 && r.body && r.body.diff) result.appendChild(diffView(r.body.diff));
    };
    const decide = function (decision) { return function () { api.review(id, decision, comment.value).then(after); }; };
    body.appendChild(el('section', { class: 'card', id: 'proposal-detail', 'data-status': p.status },
      el('h2', null, p.metricId + ' · ' + (p.kind || '') + ' ', pill(p.status)),
      el('dl', { class: 'meta' },
        el('dt', { text: g('author') }), el('dd', { text: authorOf(p) }),
        el('dt', { text: g('base') }), el('dd', { text: 'v' + p.baseVersion + ' · ' + (p.bumpsVersion ? g('bumps') : g('noBump')) }),
        el('dt', { text: g('reason') }), el('dd', { text: p.reason || '' }),
        p.publication ? el('dt', { text: g('published') }) : null, p.publication ? el('dd', { text: 'v' + p.publication.version + ' · ' + p.publication.by }) : null),
      el('h3', { text: g('diffTitle') }), diffView(p.diff),
      el('h3', { text: g('reviews') }),
      el('ul', { class: 'gov-reviews' }, (p.reviews || []).map(function (r) {
        return el('li', null, el('strong', { text: r.user || r.reviewer || '' }), ' ', pill(r.decision === 'approve' ? 'approved' : r.decision === 'reject' ? 'rejected' : 'changes_requested'),
          r.comment ? ' ' + r.comment : '');
      })),
      (p.comments && p.comments.length) ? el('ul', { class: 'gov-comments' }, p.comments.map(function (c) { return el('li', { text: (c.author || c.user || '') + ': ' + (c.text || c.comment || '') }); })) : null,
      el('label', { class: 'signin-field' }, el('span', { text: g('comment') }), comment),
      el('div', { class: 'filters' },
        el('button', { type: 'button', id: 'review-approve', class: 'primary', text: g('approve'), onclick: decide('approve') }),
        el('button', { type: 'button', id: 'review-changes', text: g('requestChanges'), onclick: decide('request_changes') }),
        el('button', { type: 'button', id: 'review-reject', text: g('reject'), onclick: decide('reject') }),
        el('button', { type: 'button', id: 'proposal-publish', class: 'primary', text: g('publish'), onclick: function () { api.publish(id).then(after); } })),
      result));
  });
}

function requestsView(body) {
  const title = el('input', { id: 'req-title', type: 'text' });
  const question = el('input', { id: 'req-question', type: 'text' });
  const description = el('textarea', { id: 'req-description', rows: 2 });
  const result = el('div', { id: 'req-result', 'aria-live': 'polite' });
  body.appendChild(el('form', { class: 'card gov-request', id: 'request-form', onsubmit: function (e) {
    e.preventDefault();
    api.request({ title: title.value, question: question.value, description: description.value }).then(function (res) {
      clear(result);
      if (res.ok && res.body) { result.appendChild(el('p', { class: 'alert alert-info', text: g('requestSent') + res.body.id + ' · ' + g('st_' + res.body.status) + ' · ' + g('domainLabel') + ' ' + (res.body.domain || '') })); listRequests(list); }
      else result.appendChild(failed(res));
    });
  } }, el('h2', { text: g('requestNew') }),
  el('label', { class: 'signin-field' }, el('span', { text: g('requestTitle') }), title),
  el('label', { class: 'signin-field' }, el('span', { text: g('requestQuestion') }), question),
  el('label', { class: 'signin-field' }, el('span', { text: g('requestDescription') }), description),
  el('button', { type: 'submit', class: 'primary', id: 'req-send', text: g('requestSend') }), result));
  const list = el('div', { id: 'request-list' });
  body.appendChild(list);
  listRequests(list);
}

function listRequests(box) {
  api.requests({}).then(function (res) {
    clear(box);
    if (!res.ok) { box.appendChild(failed(res)); return; }
    const items = Array.isArray(res.body) ? res.body : (res.body && res.body.requests) || [];
    box.appendChild(el('ul', { class: 'gov-list' }, items.map(function (r) {
      return el('li', { class: 'card gov-item', 'data-id': r.id }, el('strong', { text: r.title || r.question || r.id }), ' ', pill(r.status),
        el('div', { class: 'muted', text: (r.requester || r.user || '') + ' · ' + (r.domain || '') + (r.question ? ' · ' + r.question : '') }));
    })));
  });
}

function inboxView(body) {
  api.inbox().then(function (res) {
    if (!res.ok || !res.body) { body.appendChild(failed(res)); return; }
    const groups = res.body.groups || [];
    if (!groups.length) { body.appendChild(el('p', { class: 'muted', text: g('inboxEmpty') })); return; }
    body.appendChild(el('ul', { class: 'gov-list', id: 'inbox-groups' }, groups.map(function (gr) {
      const words = (gr.examples || []).map(function (x) { return typeof x === 'string' ? x : (x.question || x.text || x.comment || ''); }).filter(function (x) { return x; });
      const template = gr.proposal;
      const result = el('span', { 'aria-live': 'polite' });
      return el('li', { class: 'card gov-item', 'data-kind': gr.kind },
        el('strong', { text: (gr.metricId || '—') + ' · ' + gr.kind }), ' ', el('span', { class: 'muted', text: gr.count + ' ' + g('count') }),
        el('div', { class: 'tags' }, words.slice(0, 5).map(function (w) { return el('span', { class: 'tag', text: w }); })),
        template ? el('button', { type: 'button', class: 'link-button', text: g('proposeFromGroup'), onclick: function () {
          api.propose(Object.assign({ reason: g('proposeFromGroup') + ': ' + words.slice(0, 3).join(' / ') }, template)).then(function (r) {
            clear(result);
            result.appendChild(r.ok ? el('a', { href: '#/governance/proposal/' + encodeURIComponent(r.body.id), text: g('proposalSent') + r.body.id }) : failed(r));
          });
        } }) : null, result);
    })));
  });
}

function impactView(body) {
  const table = el('input', { id: 'impact-table', type: 'text', value: 'orders' });
  const column = el('input', { id: 'impact-column', type: 'text' });
  const out = el('div', { id: 'impact-out' });
  body.appendChild(el('form', { class: 'card filters', id: 'impact-form', onsubmit: function (e) {
    e.preventDefault();
    api.impact(table.value.trim(), column.value.trim()).then(function (res) {
      clear(out);
      if (!res.ok || !res.body) { out.appendChild(failed(res)); return; }
      out.appendChild(el('h3', { text: g('impactMetrics') }));
      out.appendChild(el('ul', { class: 'gov-list', id: 'impact-metrics' }, (res.body.metrics || []).map(function (m) {
        return el('li', { 'data-id': m.id }, el('a', { href: '#/metric/' + encodeURIComponent(m.id), text: m.id }), el('span', { class: 'muted', text: ' ' + g('via') + ' ' + m.via }));
      })));
      if (res.body.askedBy) {
        out.appendChild(el('h3', { text: g('askedBy') }));
        out.appendChild(el('ul', { class: 'gov-list' }, res.body.askedBy.map(function (a) { return el('li', { text: a.user + ' · ' + a.count }); })));
      }
    });
  } }, el('label', { class: 'signin-field' }, el('span', { text: g('impactTable') }), table),
  el('label', { class: 'signin-field' }, el('span', { text: g('impactColumn') }), column),
  el('button', { type: 'submit', class: 'primary', id: 'impact-run', text: g('impactRun') })));
  body.appendChild(out);
}

