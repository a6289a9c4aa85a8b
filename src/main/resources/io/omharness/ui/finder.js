// Finds elements the way a person does: by role + accessible name, label, or visible text,
// looking through open shadow roots (not into iframes: those are entered explicitly).
// Called as an async script: (spec, waitMs, wantGone, callback). Polls in the page so one
// WebDriver command covers a whole wait slice. A spec {any: [spec, ...]} answers the index of the
// first spec that matches (or null), so waiting for one of several outcomes is one command too.
var spec = arguments[0], waitMs = arguments[1], wantGone = arguments[2], done = arguments[arguments.length - 1];

var IMPLICIT = {
  BUTTON: 'button', A: 'link', TEXTAREA: 'textbox', SELECT: 'combobox', DIALOG: 'dialog', NAV: 'navigation',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'listitem', UL: 'list', OL: 'list', TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader',
  IMG: 'img', OPTION: 'option', IFRAME: 'iframe', FORM: 'form', MAIN: 'main', HEADER: 'banner'
};
var INPUT_ROLES = { button: 'button', submit: 'button', reset: 'button', checkbox: 'checkbox', radio: 'radio',
  search: 'searchbox', range: 'slider', hidden: 'none' };

function roleOf(el) {
  var explicit = el.getAttribute('role');
  if (explicit) return explicit.split(' ')[0];
  if (el.tagName === 'INPUT') return INPUT_ROLES[(el.type || 'text').toLowerCase()] || (el.list ? 'combobox' : 'textbox');
  if (el.tagName === 'A') return el.hasAttribute('href') ? 'link' : 'generic';
  return IMPLICIT[el.tagName] || 'generic';
}

// Formatting elements inside a word (e.g. Quick Find's <mark>Install</mark>ed) add no space.
var INLINE = { MARK: 1, B: 1, STRONG: 1, I: 1, EM: 1, U: 1, SUB: 1, SUP: 1, SMALL: 1, CODE: 1 };

function norm(s) { return (s || '').replace(/\s+/g, ' ').trim(); }

function textOf(node) {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeType !== 1) return '';
  var el = node;
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return '';
  if (el.getAttribute('aria-hidden') === 'true') return '';
  if (el.tagName === 'SLOT') {
    return Array.prototype.map.call(el.assignedNodes({ flatten: true }), textOf).join(' ');
  }
  var kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
  var out = '';
  for (var i = 0; i < kids.length; i++) out += textOf(kids[i]) + (kids[i].nodeType === 1 && !INLINE[kids[i].tagName] ? ' ' : '');
  return out;
}

function byIds(el, ids) {
  var root = el.getRootNode();
  return ids.split(/\s+/).map(function (id) {
    var t = root.getElementById ? root.getElementById(id) : document.getElementById(id);
    return t ? textOf(t) : '';
  }).join(' ');
}

function nameOf(el) {
  var v = el.getAttribute('aria-label');
  if (v) return norm(v);
  v = el.getAttribute('aria-labelledby');
  if (v) return norm(byIds(el, v));
  var tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
    var t = (el.type || '').toLowerCase();
    if (tag === 'INPUT' && (t === 'button' || t === 'submit' || t === 'reset')) return norm(el.value);
    if (el.labels && el.labels.length) return norm(textOf(el.labels[0]));
    var root = el.getRootNode();
    if (el.id && root.querySelector) {
      var l = root.querySelector('label[for="' + el.id + '"]');
      if (l) return norm(textOf(l));
    }
    return norm(el.getAttribute('placeholder') || el.getAttribute('title') || '');
  }
  if (tag === 'IMG') return norm(el.getAttribute('alt'));
  return norm(textOf(el)) || norm(el.getAttribute('title'));
}

function visible(el) {
  if (!el.isConnected) return false;
  var r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  var s = getComputedStyle(el);
  return s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0';
}

function enabled(el) {
  return !el.disabled && el.getAttribute('aria-disabled') !== 'true';
}

function matches(actual, wanted, exact) {
  actual = norm(actual);
  wanted = norm(wanted);
  return exact ? actual === wanted : actual.toLowerCase().indexOf(wanted.toLowerCase()) >= 0;
}

// Walks the composed tree: light children, open shadow roots, and the elements slotted into a
// slot (so a search within a shadow-DOM dialog finds its slotted content); each element once.
function each(root, visit) {
  var stack = [root], seen = new Set();
  while (stack.length) {
    var n = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.nodeType === 1) visit(n);
    if (n.shadowRoot) stack.push(n.shadowRoot);
    var kids = n.children || [];
    for (var i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    if (n.tagName === 'SLOT') {
      var slotted = n.assignedElements({ flatten: true });
      for (var j = slotted.length - 1; j >= 0; j--) stack.push(slotted[j]);
    }
  }
}

function contains(outer, inner) {
  for (var n = inner; n; n = n.parentNode || n.host) if (n === outer) return true;
  return false;
}

function test(el, s) {
  if (s.css && !el.matches(s.css)) return false;
  if (s.role && roleOf(el) !== s.role) return false;
  if (s.name != null && !matches(nameOf(el), s.name, s.exact)) return false;
  if (s.label != null && !(/^(textbox|combobox|searchbox|checkbox|radio|spinbutton)$/.test(roleOf(el))
      && matches(nameOf(el), s.label, s.exact))) return false;
  if (s.text != null && !matches(textOf(el), s.text, s.exact)) return false;
  if (s.hasText != null && !matches(textOf(el), s.hasText, false)) return false;
  if (s.showsText != null && norm(textOf(el)).indexOf(norm(s.showsText)) < 0) return false;
  if (!s.hidden && !visible(el)) return false;
  if (s.enabled && !enabled(el)) return false;
  return true;
}

function findAll(s, scope) {
  var roots = s.within ? findAll(s.within, scope) : [scope];
  var found = [];
  roots.forEach(function (root) {
    each(root.shadowRoot && root !== scope ? root : root, function (el) {
      if (el !== root && test(el, s)) found.push(el);
    });
  });
  if (s.text != null) {
    // keep the innermost elements whose text matches, not every ancestor of them
    found = found.filter(function (el) {
      return !found.some(function (other) { return other !== el && contains(el, other); });
    });
  }
  return found;
}

function result() {
  if (spec.any) {
    // the index of the first locator that matches now (several waits in one command)
    for (var i = 0; i < spec.any.length; i++) {
      var s = spec.any[i];
      if (findAll(s, document).length > (s.index || 0)) return i;
    }
    return null;
  }
  var all = findAll(spec, document);
  if (spec.all) return all;
  return all.length > (spec.index || 0) ? all[spec.index || 0] : null;
}

var deadline = Date.now() + waitMs;
(function poll() {
  var r;
  try { r = result(); } catch (e) { r = null; }
  var satisfied = wantGone ? (spec.all ? r.length === 0 : r == null) : (spec.all ? r.length >= (spec.min || 0) : r != null);
  if (satisfied || Date.now() >= deadline) {
    if (spec.names) { done(r.map(nameOf)); return; }
    done(wantGone ? satisfied : r);
    return;
  }
  setTimeout(poll, 40);
})();
