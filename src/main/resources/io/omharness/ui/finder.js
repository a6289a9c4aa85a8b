// Finds elements the way a person does: by role + accessible name, label, or visible text,
// looking through open shadow roots (not into iframes: those are entered explicitly). Component hosts
// come in both kinds: with a native shadow root (Spark's gux-*, newer Lightning components) and with
// none (LWC's synthetic shadow, most of Lightning: the children are the host's light DOM). The walk
// visits a host's shadow root and its light children alike, so one locator works on either.
// This is the body of a function(request, done) that Finder installs once per document (as
// window.__omhFinder<hash>) and calls with one request {mode, spec | specs, min, waitMs} and the async
// script's callback. It polls in the page, so one WebDriver command covers a whole wait slice. Modes:
//   one    the one visible match, or null. Strict: two or more visible matches are an error.
//   click  as one, once a click at its centre would reach it (or {shown: true} as soon as the optional
//          request.unless shows: what an earlier click was for has come): scrolled into view if needed and
//          hit-tested here (as ChromeDriver's own click does, in this same command), answered as
//          {element, toastClose}: toastClose is the close button of a toast (role status or alert,
//          e.g. Genesys' "Dismiss", Salesforce's "Close") lying on the centre, to close first; anything
//          else on top (a spinner) means not yet
//   type   as one, answered as {element, selected}: selected when it is a plain text field (input or
//          textarea, editable), now focused with all its text selected, so that inserted text replaces it;
//          remembered as window.__omhTyped = {id: request.inputId, field} for the check of the text
//   any    the index of the first of specs that shows (each strict; {absent: true} shows when nothing matches)
//   gone   true once nothing matches
//   all    every visible match, once there are at least min
//   names  the accessible names of every visible match
//   settle true: only the check of the caller's last input (below)
// When the page is (or becomes) one of request.signInPages (URL prefixes), the wait ends at once with
// {problem: 'signedOut', url}: the session ended and nothing the caller waits for will come.
// The caller's mistakes come back at once, never as a wait: {problem: 'ambiguous', matches: [...]}
// when a strict lookup finds several elements, {problem: 'invalid', message} when the spec cannot run
// (e.g. a CSS selector that does not parse).

var IMPLICIT = {
  BUTTON: 'button', A: 'link', TEXTAREA: 'textbox', SELECT: 'combobox', DIALOG: 'dialog', NAV: 'navigation',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'listitem', UL: 'list', OL: 'list', TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader',
  IMG: 'img', OPTION: 'option', IFRAME: 'iframe', FORM: 'form', MAIN: 'main', HEADER: 'banner'
};
var INPUT_ROLES = { button: 'button', submit: 'button', reset: 'button', checkbox: 'checkbox', radio: 'radio',
  search: 'searchbox', range: 'slider', hidden: 'none' };
// Where a match sits, for the message that names ambiguous matches.
var CONTAINERS = { dialog: 1, alertdialog: 1, region: 1, group: 1, table: 1, row: 1, navigation: 1, form: 1,
  toolbar: 1, menu: 1, listbox: 1, tabpanel: 1, status: 1, alert: 1, banner: 1, main: 1 };

function roleOf(el) {
  var explicit = el.getAttribute('role');
  if (explicit) return explicit.split(' ')[0];
  if (el.tagName === 'INPUT') return INPUT_ROLES[(el.type || 'text').toLowerCase()] || (el.list ? 'combobox' : 'textbox');
  if (el.tagName === 'A') return el.hasAttribute('href') ? 'link' : 'generic';
  if (el.tagName === 'SECTION') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : 'generic';
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

// The parent in the composed tree: a slotted element's slot, a shadow root's host.
function up(n) { return n.assignedSlot || n.parentNode || n.host; }

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
  if (!visible(el)) return false;
  if (s.enabled && !enabled(el)) return false;
  return true;
}

function findAll(s) {
  var roots = s.within ? findAll(s.within) : [document];
  var found = [], seen = new Set();
  roots.forEach(function (root) {
    each(root, function (el) {
      if (el !== root && !seen.has(el) && test(el, s)) {
        seen.add(el); // containers that nest (a row in a row) reach the same element twice
        found.push(el);
      }
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

function clip(s) { return s.length > 60 ? s.slice(0, 57) + '...' : s; }

// e.g. <gux-button> button "Save" in dialog "Create Queue"
function describe(el) {
  var name = nameOf(el), where = '';
  for (var n = up(el); n && n.nodeType !== 9; n = up(n)) {
    if (n.nodeType === 1 && CONTAINERS[roleOf(n)]) {
      var label = n.getAttribute('aria-label') || (n.getAttribute('aria-labelledby') && byIds(n, n.getAttribute('aria-labelledby')));
      where = ' in ' + roleOf(n) + (label ? ' "' + clip(norm(label)) + '"' : '');
      break;
    }
  }
  return '<' + el.tagName.toLowerCase() + '> ' + roleOf(el) + (name ? ' "' + clip(name) + '"' : '') + where;
}

function strict(found, s, at) {
  if (found.length > 1 && !s.first) throw { problem: 'ambiguous', at: at || 0, matches: found.map(describe) };
  return found.length ? found[0] : null;
}

function centre(el) {
  var r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

// What a click at the element's centre reaches: {element, toastClose: null} when the element itself
// (or, through its shadow tree, something of its own) takes it; {element, toastClose} when a toast
// with a close button lies there; null while anything else (a spinner, a backdrop) covers it.
function clickTarget(el) {
  var win = el.ownerDocument.defaultView, c = centre(el);
  if (c.x < 0 || c.y < 0 || c.x >= win.innerWidth || c.y >= win.innerHeight) {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    c = centre(el);
  }
  var hit = el.ownerDocument.elementFromPoint(c.x, c.y);
  while (hit && hit.shadowRoot) {
    var inner = hit.shadowRoot.elementFromPoint(c.x, c.y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit) return null;
  // the element's own shadow host: a person's mouse there reaches the element
  if (el.getRootNode().host === hit) return guarded(el, { element: el, toastClose: null });
  for (var n = hit; n && n.nodeType !== 9; n = up(n)) {
    if (n === el) return guarded(el, { element: el, toastClose: null });
    if (n.nodeType === 1 && /^(status|alert)$/.test(roleOf(n))) {
      var close = null;
      each(n, function (b) { if (!close && roleOf(b) === 'button' && /^(Dismiss|Close)$/.test(nameOf(b))) close = b; });
      return close ? guarded(close, { element: el, toastClose: close }) : null;
    }
  }
  return null;
}

// The click comes as real input a moment after this look: if by then something else lies at that
// point (a list re-rendered, a picker closed), the press must not land there. As Playwright does, the
// next press is checked as it arrives: one that would reach another element is stopped (all of its
// pointer and mouse events). What became of it is left in window.__omhPress = {id: request.pressId,
// state} for the caller: 'armed' (no press came, or a press came but no click: the element was
// replaced between mouse down and up), 'stopped', 'clicked' (the click reached the element) or
// 'elsewhere' (a click, but not on it).
function guarded(expected, answer) {
  var win = expected.ownerDocument.defaultView, types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  var reaches = null, record = { id: request.pressId, state: 'armed' };
  if (win.__omhDisarm) win.__omhDisarm(); // an earlier look's guard that saw no click
  win.__omhPress = record;
  function onIt(e) {
    var path = e.composedPath();
    return path.indexOf(expected) >= 0 || path[0] === expected.getRootNode().host;
  }
  function check(e) {
    if (reaches === null) {
      reaches = onIt(e);
      if (!reaches) record.state = 'stopped';
    }
    if (!reaches) { e.preventDefault(); e.stopImmediatePropagation(); }
    if (e.type === 'click') {
      if (reaches) record.state = onIt(e) ? 'clicked' : 'elsewhere';
      disarm();
    }
  }
  function disarm() {
    types.forEach(function (t) { win.removeEventListener(t, check, true); });
    if (win.__omhDisarm === disarm) win.__omhDisarm = null;
  }
  types.forEach(function (t) { win.addEventListener(t, check, true); });
  win.__omhDisarm = disarm;
  setTimeout(disarm, 2000);
  return answer;
}

function focusAndSelect(field) {
  var win = field.ownerDocument.defaultView;
  if (!(field instanceof win.HTMLInputElement || field instanceof win.HTMLTextAreaElement) || field.readOnly || field.disabled) return false;
  if (field instanceof win.HTMLInputElement && !/^(text|search|email|url|tel|password)$/.test(field.type)) return false;
  field.focus();
  field.select();
  var active = field.ownerDocument.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  return active === field;
}

function invalid(e, at) { return { problem: 'invalid', at: at, message: String(e && e.message || e) }; }

function outcome() {
  var mode = request.mode, s = request.spec;
  if (mode === 'settle') return true;
  if (mode === 'any') {
    for (var i = 0; i < request.specs.length; i++) {
      var c = request.specs[i], found;
      try { found = findAll(c); } catch (e) { throw invalid(e, i); }
      if (c.absent ? found.length === 0 : strict(found, c, i) != null) return i;
    }
    return null;
  }
  if (mode === 'click' && request.unless && findAll(request.unless).length) return { shown: true };
  var all = findAll(s);
  if (mode === 'gone') return all.length === 0 ? true : null;
  if (mode === 'all') return all.length >= (request.min || 0) ? all : null;
  if (mode === 'names') return all.map(nameOf);
  var el = strict(all, s);
  if (mode === 'click' && el) return clickTarget(el);
  if (mode === 'type' && el) {
    var selected = focusAndSelect(el);
    if (selected) el.ownerDocument.defaultView.__omhTyped = { id: request.inputId, field: el };
    return { element: el, selected: selected };
  }
  return el;
}

var deadline = Date.now() + request.waitMs;
function signedOut() {
  var pages = request.signInPages || [];
  for (var i = 0; i < pages.length; i++) if (location.href.indexOf(pages[i]) === 0) return true;
  return false;
}

// The caller's last input, not checked yet (request.unchecked = {kind, id, text}): a press this page
// stopped, or a field (found by mode type) whose text is not what went in, did not take; the caller
// does it again before this lookup, which may depend on it.
function inputTook(input) {
  if (input.kind === 'press') {
    var press = window.__omhPress;
    if (!press || press.id !== input.id) return true; // another page now: it took the browser away
    window.__omhPress = null;
    return press.state !== 'stopped';
  }
  var typed = window.__omhTyped;
  if (!typed || typed.id !== input.id) return true;
  window.__omhTyped = null;
  return typed.field.value === input.text;
}
if (request.unchecked && !inputTook(request.unchecked)) {
  done({ problem: 'inputDidNotTake' });
  return;
}

(function poll() {
  var r;
  if (signedOut()) {
    done({ problem: 'signedOut', url: location.href });
    return;
  }
  try {
    r = outcome();
  } catch (e) {
    done(e && e.problem ? e : invalid(e, 0));
    return;
  }
  if (r != null || Date.now() >= deadline) {
    done(r != null ? r : request.mode === 'gone' ? false : request.mode === 'all' ? [] : null);
    return;
  }
  setTimeout(poll, 40);
})();
