/* DOM helpers: data enters the page only through textContent, never as HTML. */

export function $(id) { return document.getElementById(id); }

/** Creates an element; children are nodes or strings (strings become text nodes, never HTML). */
export function el(tag, attrs) {
  const e = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) {
    const v = attrs[k];
    if (v === null || v === undefined || v === false) return;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = String(v);
    else if (k.indexOf('on') === 0) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  });
  for (let i = 2; i < arguments.length; i++) append(e, arguments[i]);
  return e;
}

export function append(parent, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
  parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
