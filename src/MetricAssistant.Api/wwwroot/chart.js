/* Small inline-SVG charts for the portal: line (trend), bars (group-by, ranking, comparison) and the
   lineage diagram. No library; every text goes in through textContent. */
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#0ea5e9', '#ec4899', '#84cc16'];

  function svg(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var n = v / p;
    var step = n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10;
    return step * p;
  }

  function extent(values) {
    var min = 0, max = 0;
    values.forEach(function (v) { if (typeof v === 'number' && isFinite(v)) { if (v < min) min = v; if (v > max) max = v; } });
    if (max === 0 && min === 0) max = 1;
    return { min: min < 0 ? -niceMax(-min) : 0, max: max > 0 ? niceMax(max) : 0 };
  }

  function truncate(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  function frame(width, height, title) {
    var root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img', preserveAspectRatio: 'xMidYMid meet' });
    if (title) root.appendChild(svg('title', null, title));
    return root;
  }

  function axes(root, box, ext, fmt) {
    var ticks = 4;
    for (var i = 0; i <= ticks; i++) {
      var v = ext.min + (ext.max - ext.min) * i / ticks;
      var y = box.y + box.h - (v - ext.min) / (ext.max - ext.min) * box.h;
      root.appendChild(svg('line', { x1: box.x, x2: box.x + box.w, y1: y, y2: y, class: v === 0 ? 'axis-zero' : 'grid' }));
      root.appendChild(svg('text', { x: box.x - 8, y: y + 4, 'text-anchor': 'end', class: 'tick' }, fmt(v)));
    }
  }

  function legend(root, names, x, y) {
    if (!names || names.length < 2) return;
    var cx = x;
    names.forEach(function (name, i) {
      root.appendChild(svg('rect', { x: cx, y: y - 9, width: 10, height: 10, rx: 2, fill: COLORS[i % COLORS.length] }));
      var label = truncate(name, 18);
      root.appendChild(svg('text', { x: cx + 14, y: y, class: 'legend' }, label));
      cx += 24 + label.length * 7.5;
    });
  }

  /** series: [{name, values: [number|null]}], labels: [string]; fmt formats an axis value. */
  function line(labels, series, fmt, title) {
    var W = 720, H = 300, box = { x: 70, y: 30, w: 630, h: 220 };
    var root = frame(W, H, title);
    var all = [];
    series.forEach(function (s) { all = all.concat(s.values); });
    var ext = extent(all);
    axes(root, box, ext, fmt);
    var n = labels.length;
    var xAt = function (i) { return box.x + (n <= 1 ? box.w / 2 : i * box.w / (n - 1)); };
    var yAt = function (v) { return box.y + box.h - (v - ext.min) / (ext.max - ext.min) * box.h; };
    var every = Math.max(1, Math.ceil(n / 10));
    labels.forEach(function (l, i) {
      if (i % every === 0 || i === n - 1) root.appendChild(svg('text', { x: xAt(i), y: box.y + box.h + 20, 'text-anchor': 'middle', class: 'tick' }, truncate(l, 12)));
    });
    series.forEach(function (s, si) {
      var color = COLORS[si % COLORS.length];
      var d = '';
      s.values.forEach(function (v, i) {
        if (typeof v !== 'number') return;
        d += (d ? ' L ' : 'M ') + xAt(i).toFixed(1) + ' ' + yAt(v).toFixed(1);
      });
      if (d) root.appendChild(svg('path', { d: d, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
      s.values.forEach(function (v, i) {
        if (typeof v !== 'number') return;
        var c = svg('circle', { cx: xAt(i), cy: yAt(v), r: 3.5, fill: color });
        c.appendChild(svg('title', null, s.name + ' · ' + labels[i] + ': ' + fmt(v)));
        root.appendChild(c);
      });
    });
    legend(root, series.map(function (s) { return s.name; }), box.x, 16);
    return root;
  }

  /** Vertical bars; several series are grouped side by side (current vs previous). barColors colours a single series bar by bar. */
  function bars(labels, series, fmt, title, barColors) {
    var W = 720, H = 300, box = { x: 70, y: 30, w: 630, h: 210 };
    var root = frame(W, H, title);
    var all = [];
    series.forEach(function (s) { all = all.concat(s.values); });
    var ext = extent(all);
    axes(root, box, ext, fmt);
    var n = Math.max(1, labels.length), slot = box.w / n;
    var bw = Math.min(56, slot * 0.7 / series.length);
    var yAt = function (v) { return box.y + box.h - (v - ext.min) / (ext.max - ext.min) * box.h; };
    var y0 = yAt(0);
    labels.forEach(function (l, i) {
      var cx = box.x + slot * i + slot / 2;
      series.forEach(function (s, si) {
        var v = s.values[i];
        if (typeof v !== 'number') return;
        var x = cx - bw * series.length / 2 + si * bw;
        var y = Math.min(yAt(v), y0), h = Math.max(1, Math.abs(yAt(v) - y0));
        var fill = barColors && series.length === 1 ? barColors[i % barColors.length] : COLORS[si % COLORS.length];
        var r = svg('rect', { x: x + 1, y: y, width: Math.max(2, bw - 2), height: h, rx: 3, fill: fill });
        r.appendChild(svg('title', null, (series.length > 1 ? s.name + ' · ' : '') + l + ': ' + fmt(v)));
        root.appendChild(r);
        if (n <= 12) root.appendChild(svg('text', { x: x + bw / 2, y: y - 5, 'text-anchor': 'middle', class: 'bar-value' }, fmt(v)));
      });
      var maxChars = Math.max(4, Math.floor(slot / 8));
      root.appendChild(svg('text', { x: cx, y: box.y + box.h + 20, 'text-anchor': 'middle', class: 'tick' }, truncate(l, maxChars)));
    });
    legend(root, series.map(function (s) { return s.name; }), box.x, 16);
    return root;
  }

  /** columns: [{title, nodes: [{key, label, sub}]}], edges: [[fromKey, toKey]] — drawn left to right. */
  function lineage(columns, edges, title) {
    var colW = 200, gap = 46, nodeW = 184, lineH = 15, padY = 14, vgap = 14;
    var pos = {};
    var heights = columns.map(function (col) {
      var y = 40;
      col.nodes.forEach(function (n) {
        var subs = (n.sub || []).slice(0, 4);
        var h = padY * 2 + lineH * (1 + subs.length);
        n._h = h; n._subs = subs; n._y = y;
        y += h + vgap;
      });
      return y;
    });
    var W = columns.length * (colW + gap) - gap + 20, H = Math.max.apply(null, heights.concat([120])) + 10;
    var root = frame(W, H, title);
    var defs = svg('defs');
    var marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
    defs.appendChild(marker);
    root.appendChild(defs);
    var edgeLayer = svg('g', { class: 'lineage-edges' });
    root.appendChild(edgeLayer);
    columns.forEach(function (col, ci) {
      var x = 10 + ci * (colW + gap);
      root.appendChild(svg('text', { x: x + nodeW / 2, y: 20, 'text-anchor': 'middle', class: 'lineage-col' }, col.title));
      col.nodes.forEach(function (n) {
        pos[n.key] = { x: x, y: n._y, h: n._h };
        var g = svg('g', { class: 'lineage-node lineage-' + ci });
        g.appendChild(svg('rect', { x: x, y: n._y, width: nodeW, height: n._h, rx: 8 }));
        g.appendChild(svg('text', { x: x + 12, y: n._y + padY + 11, class: 'lineage-label' }, truncate(n.label, 24)));
        n._subs.forEach(function (s, si) {
          g.appendChild(svg('text', { x: x + 12, y: n._y + padY + 11 + lineH * (si + 1), class: 'lineage-sub' }, truncate(s, 28)));
        });
        var tip = [n.label].concat(n.sub || []).join('\n');
        g.appendChild(svg('title', null, tip));
        root.appendChild(g);
      });
    });
    edges.forEach(function (e) {
      var a = pos[e[0]], b = pos[e[1]];
      if (!a || !b) return;
      var x1 = a.x + nodeW, y1 = a.y + a.h / 2, x2 = b.x - 2, y2 = b.y + b.h / 2, mx = (x1 + x2) / 2;
      edgeLayer.appendChild(svg('path', { d: 'M ' + x1 + ' ' + y1 + ' C ' + mx + ' ' + y1 + ', ' + mx + ' ' + y2 + ', ' + x2 + ' ' + y2, class: 'lineage-edge', 'marker-end': 'url(#arrow)' }));
    });
    return root;
  }

  window.MAChart = { line: line, bars: bars, lineage: lineage, colors: COLORS };
})();
