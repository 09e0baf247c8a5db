/* Small inline-SVG charts for the portal: the chart the server chose for an answer (display.chart: a line, bars,
   grouped bars or a pair, with its axis ticks and value texts already formatted), and the lineage diagram.
   No library, no number formatting; every text goes in through textContent. */
const NS = 'http://www.w3.org/2000/svg';
export const COLORS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#0ea5e9', '#ec4899', '#84cc16'];
const PREVIOUS = '#94a3b8';

function svg(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function truncate(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

function frame(width, height, title) {
  const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img', preserveAspectRatio: 'xMidYMid meet' });
  if (title) root.appendChild(svg('title', null, title));
  return root;
}

/** The value axis as the server laid it out: its range and its ticks with their texts. */
function axes(root, box, axis) {
  const span = axis.max - axis.min || 1;
  const yAt = function (v) { return box.y + box.h - (v - axis.min) / span * box.h; };
  axis.ticks.forEach(function (tick) {
    const y = yAt(tick.value);
    root.appendChild(svg('line', { x1: box.x, x2: box.x + box.w, y1: y, y2: y, class: tick.value === 0 ? 'axis-zero' : 'grid' }));
    root.appendChild(svg('text', { x: box.x - 8, y: y + 4, 'text-anchor': 'end', class: 'tick' }, tick.label));
  });
  return yAt;
}

function legend(root, names, x, y) {
  if (!names || names.length < 2) return;
  let cx = x;
  names.forEach(function (name, i) {
    root.appendChild(svg('rect', { x: cx, y: y - 9, width: 10, height: 10, rx: 2, fill: COLORS[i % COLORS.length] }));
    const label = truncate(name, 18);
    root.appendChild(svg('text', { x: cx + 14, y: y, class: 'legend' }, label));
    cx += 24 + label.length * 7.5;
  });
}

/** A trend: one line per series over the categories (periods). */
function line(chart) {
  const W = 720, H = 300, box = { x: 70, y: 30, w: 630, h: 220 };
  const root = frame(W, H, chart.title);
  const yAt = axes(root, box, chart.yAxis);
  const labels = chart.categories, n = labels.length;
  const xAt = function (i) { return box.x + (n <= 1 ? box.w / 2 : i * box.w / (n - 1)); };
  const every = Math.max(1, Math.ceil(n / 10));
  labels.forEach(function (l, i) {
    if (i % every === 0 || i === n - 1) root.appendChild(svg('text', { x: xAt(i), y: box.y + box.h + 20, 'text-anchor': 'middle', class: 'tick' }, truncate(l, 12)));
  });
  chart.series.forEach(function (s, si) {
    const color = COLORS[si % COLORS.length];
    let d = '';
    s.values.forEach(function (v, i) {
      if (typeof v !== 'number') return;
      d += (d ? ' L ' : 'M ') + xAt(i).toFixed(1) + ' ' + yAt(v).toFixed(1);
    });
    if (d) root.appendChild(svg('path', { d: d, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
    s.values.forEach(function (v, i) {
      if (typeof v !== 'number') return;
      const c = svg('circle', { cx: xAt(i), cy: yAt(v), r: 3.5, fill: color });
      c.appendChild(svg('title', null, s.label + ' · ' + labels[i] + ': ' + s.labels[i]));
      root.appendChild(c);
    });
  });
  legend(root, chart.series.map(function (s) { return s.label; }), box.x, 16);
  return root;
}

/** Vertical bars; several series side by side (current vs previous). colors colours a single series bar by bar. */
function bars(title, labels, series, axis, colors) {
  const W = 720, H = 300, box = { x: 70, y: 30, w: 630, h: 210 };
  const root = frame(W, H, title);
  const yAt = axes(root, box, axis);
  const n = Math.max(1, labels.length), slot = box.w / n;
  const bw = Math.min(56, slot * 0.7 / series.length);
  const y0 = yAt(0);
  labels.forEach(function (l, i) {
    const cx = box.x + slot * i + slot / 2;
    series.forEach(function (s, si) {
      const v = s.values[i];
      if (typeof v !== 'number') return;
      const x = cx - bw * series.length / 2 + si * bw;
      const y = Math.min(yAt(v), y0), h = Math.max(1, Math.abs(yAt(v) - y0));
      const fill = colors && series.length === 1 ? colors[i % colors.length] : COLORS[si % COLORS.length];
      const r = svg('rect', { x: x + 1, y: y, width: Math.max(2, bw - 2), height: h, rx: 3, fill: fill });
      r.appendChild(svg('title', null, (series.length > 1 ? s.label + ' · ' : '') + l + ': ' + s.labels[i]));
      root.appendChild(r);
      if (n <= 12) root.appendChild(svg('text', { x: x + bw / 2, y: y - 5, 'text-anchor': 'middle', class: 'bar-value' }, s.labels[i]));
    });
    const maxChars = Math.max(4, Math.floor(slot / 8));
    root.appendChild(svg('text', { x: cx, y: box.y + box.h + 20, 'text-anchor': 'middle', class: 'tick' }, truncate(l, maxChars)));
  });
  legend(root, series.map(function (s) { return s.label; }), box.x, 16);
  return root;
}

/** The answer's chart (display.chart) as SVG; null when the server chose none. */
export function draw(chart) {
  if (!chart || !chart.series || !chart.series.length) return null;
  if (chart.kind === 'line') return line(chart);
  if (chart.kind === 'pair') {
    // This period in the brand colour, the period it is compared with in grey, one bar each.
    const pair = { label: chart.title, values: chart.series.map(function (s) { return s.values[0]; }), labels: chart.series.map(function (s) { return s.labels[0]; }) };
    return bars(chart.title, chart.series.map(function (s) { return s.label; }), [pair], chart.yAxis, [COLORS[0], PREVIOUS]);
  }
  return bars(chart.title, chart.categories, chart.series, chart.yAxis);
}

/** columns: [{title, nodes: [{key, label, sub}]}], edges: [[fromKey, toKey]] — drawn left to right. */
export function lineage(columns, edges, title) {
  let colW = 200, gap = 46, nodeW = 184, lineH = 15, padY = 14, vgap = 14;
  let pos = {};
  let heights = columns.map(function (col) {
    let y = 40;
    col.nodes.forEach(function (n) {
      let subs = (n.sub || []).slice(0, 4);
      let h = padY * 2 + lineH * (1 + subs.length);
      n._h = h; n._subs = subs; n._y = y;
      y += h + vgap;
    });
    return y;
  });
  let W = columns.length * (colW + gap) - gap + 20, H = Math.max.apply(null, heights.concat([120])) + 10;
  let root = frame(W, H, title);
  let defs = svg('defs');
  let marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.appendChild(marker);
  root.appendChild(defs);
  let edgeLayer = svg('g', { class: 'lineage-edges' });
  root.appendChild(edgeLayer);
  columns.forEach(function (col, ci) {
    let x = 10 + ci * (colW + gap);
    root.appendChild(svg('text', { x: x + nodeW / 2, y: 20, 'text-anchor': 'middle', class: 'lineage-col' }, col.title));
    col.nodes.forEach(function (n) {
      pos[n.key] = { x: x, y: n._y, h: n._h };
      let g = svg('g', { class: 'lineage-node lineage-' + ci });
      g.appendChild(svg('rect', { x: x, y: n._y, width: nodeW, height: n._h, rx: 8 }));
      g.appendChild(svg('text', { x: x + 12, y: n._y + padY + 11, class: 'lineage-label' }, truncate(n.label, 24)));
      n._subs.forEach(function (s, si) {
        g.appendChild(svg('text', { x: x + 12, y: n._y + padY + 11 + lineH * (si + 1), class: 'lineage-sub' }, truncate(s, 28)));
      });
      let tip = [n.label].concat(n.sub || []).join('\n');
      g.appendChild(svg('title', null, tip));
      root.appendChild(g);
    });
  });
  edges.forEach(function (e) {
    let a = pos[e[0]], b = pos[e[1]];
    if (!a || !b) return;
    let x1 = a.x + nodeW, y1 = a.y + a.h / 2, x2 = b.x - 2, y2 = b.y + b.h / 2, mx = (x1 + x2) / 2;
    edgeLayer.appendChild(svg('path', { d: 'M ' + x1 + ' ' + y1 + ' C ' + mx + ' ' + y1 + ', ' + mx + ' ' + y2 + ', ' + x2 + ' ' + y2, class: 'lineage-edge', 'marker-end': 'url(#arrow)' }));
  });
  return root;
}
