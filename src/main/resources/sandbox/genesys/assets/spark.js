// A small "Spark-like" web-component library for the Genesys twin. Like the real design system,
// buttons, dropdowns, tabs, modals and toasts keep their internals in (open) shadow DOM, text inputs
// stay in the light DOM with real <label for>, and generated ids look like Ember's (ember<number>),
// changing on every render. Every class and static id is a @@token@@ rewritten per DOM seed.
(function () {
  'use strict';

  var counter = 300 + Math.floor(Math.random() * 9000);

  /** An Ember-like runtime id, different on every call and every page load. */
  function emberId() {
    counter += 1 + Math.floor(Math.random() * 9);
    return 'ember' + counter;
  }

  /** Builds an element: h('div', {class: '@@x@@', onclick: fn}, child, 'text', [more]). */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k.indexOf('on') === 0 && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else if (k === 'props') Object.assign(el, v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    if (!el.id && tag !== 'slot' && !/^(option|br)$/.test(tag)) el.id = emberId();
    append(el, Array.prototype.slice.call(arguments, 2));
    return el;
  }

  function append(el, kids) {
    kids.forEach(function (kid) {
      if (kid == null || kid === false) return;
      if (Array.isArray(kid)) append(el, kid);
      else el.appendChild(typeof kid === 'string' ? document.createTextNode(kid) : kid);
    });
  }

  function shadow(host, css, html) {
    var root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>' + BASE_CSS + css + '</style>' + html;
    return root;
  }

  function fire(el, name, detail) {
    el.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true, composed: true }));
  }

  var BASE_CSS = ':host{font-family:inherit;box-sizing:border-box}*,*::before,*::after{box-sizing:inherit}';

  // ---------------------------------------------------------------- gux-button
  var ACCENTS = { primary: '@@gux-btn-primary@@', secondary: '@@gux-btn-secondary@@',
    tertiary: '@@gux-btn-tertiary@@', danger: '@@gux-btn-danger@@', ghost: '@@gux-btn-ghost@@' };
  // Slotted text must not take the hit test, or a click at the button's centre lands on the host.
  var BUTTON_CSS = ':host{display:inline-block;vertical-align:middle}slot{pointer-events:none}' +
    '.@@gux-btn@@{font:600 13px/1 inherit;font-family:inherit;height:32px;padding:0 14px;border-radius:4px;cursor:pointer;' +
    'border:1px solid transparent;display:inline-flex;align-items:center;gap:6px;white-space:nowrap;' +
    'transition:background .12s,border-color .12s,box-shadow .12s}' +
    '.@@gux-btn@@:focus-visible{outline:none;box-shadow:0 0 0 2px #fff,0 0 0 4px #2a60c8}' +
    '.@@gux-btn@@:disabled{cursor:not-allowed;opacity:.45}' +
    '.@@gux-btn-primary@@{background:#2a60c8;color:#fff}' +
    '.@@gux-btn-primary@@:hover:not(:disabled){background:#1f4ea8}' +
    '.@@gux-btn-secondary@@{background:#fff;color:#2a60c8;border-color:#2a60c8}' +
    '.@@gux-btn-secondary@@:hover:not(:disabled){background:#eef3fc}' +
    '.@@gux-btn-tertiary@@{background:transparent;color:#2a60c8}' +
    '.@@gux-btn-tertiary@@:hover:not(:disabled){background:#eef3fc}' +
    '.@@gux-btn-danger@@{background:#c8372d;color:#fff}' +
    '.@@gux-btn-danger@@:hover:not(:disabled){background:#a82c23}' +
    '.@@gux-btn-ghost@@{background:transparent;color:inherit;padding:0 8px}' +
    '.@@gux-btn-ghost@@:hover:not(:disabled){background:rgba(127,127,127,.16)}';

  class GuxButton extends HTMLElement {
    static get observedAttributes() { return ['disabled', 'accent', 'label']; }
    constructor() {
      super();
      var root = shadow(this, BUTTON_CSS, '<button part="button" type="button"><slot></slot></button>');
      this._button = root.querySelector('button');
      this._button.addEventListener('click', this._onClick.bind(this));
    }
    connectedCallback() { this._button.id = emberId(); this._sync(); }
    attributeChangedCallback() { this._sync(); }
    get disabled() { return this.hasAttribute('disabled'); }
    set disabled(v) { if (v) this.setAttribute('disabled', ''); else this.removeAttribute('disabled'); }
    focus() { this._button.focus(); }
    _sync() {
      var accent = ACCENTS[this.getAttribute('accent')] || ACCENTS.secondary;
      this._button.className = '@@gux-btn@@ ' + accent;
      this._button.disabled = this.disabled;
      var label = this.getAttribute('label');
      if (label) this._button.setAttribute('aria-label', label); else this._button.removeAttribute('aria-label');
    }
    _onClick() {
      if (this.getAttribute('type') === 'submit') {
        var form = this.closest('form');
        if (form) form.requestSubmit();
      }
    }
  }

  // ---------------------------------------------------------------- gux-radial-loading
  var SPINNER_CSS = ':host{display:flex;justify-content:center;padding:36px 0}' +
    '.@@gux-spin@@{width:32px;height:32px;border-radius:50%;border:3px solid #d6dce6;border-top-color:#ff4f1f;' +
    'animation:@@gux-rot@@ .8s linear infinite}' +
    ':host([small]){padding:0;display:inline-flex}:host([small]) .@@gux-spin@@{width:16px;height:16px;border-width:2px}' +
    '@keyframes @@gux-rot@@{to{transform:rotate(360deg)}}';

  class GuxSpinner extends HTMLElement {
    constructor() {
      super();
      shadow(this, SPINNER_CSS, '<div class="@@gux-spin@@" role="progressbar" aria-label="Loading"></div>');
    }
  }

  // ---------------------------------------------------------------- gux-modal
  // The host is the dialog (role=dialog, named by its slotted title) so that everything slotted
  // into it is inside the dialog for assistive technology and for a person's eye alike.
  var MODAL_CSS = ':host{position:fixed;inset:0;z-index:900;display:flex;align-items:flex-start;justify-content:center;' +
    'padding-top:9vh;background:rgba(15,25,45,.45)}' +
    ':host(:not([open])){display:none}' +
    '.@@gux-modal-panel@@{background:#fff;border-radius:8px;min-width:480px;max-width:640px;width:44vw;' +
    'box-shadow:0 18px 48px rgba(0,0,0,.28);display:flex;flex-direction:column;position:relative;' +
    'animation:@@gux-pop@@ .14s ease-out}' +
    '.@@gux-modal-head@@{display:flex;align-items:center;justify-content:space-between;padding:18px 22px 6px}' +
    '.@@gux-modal-head@@ ::slotted(*){margin:0;font-size:18px;font-weight:600;color:#1e2731}' +
    '.@@gux-modal-body@@{padding:10px 22px 8px}' +
    '.@@gux-modal-foot@@{display:flex;justify-content:flex-end;gap:8px;padding:14px 22px 18px;border-top:1px solid #e6e9ef;margin-top:8px}' +
    '.@@gux-modal-close@@{border:0;background:transparent;font-size:20px;line-height:1;cursor:pointer;color:#5b6573;' +
    'width:30px;height:30px;border-radius:4px}.@@gux-modal-close@@:hover{background:#eef1f6}' +
    '.@@gux-modal-busy@@{position:absolute;inset:0;background:rgba(255,255,255,.7);display:none;align-items:center;' +
    'justify-content:center;border-radius:8px}' +
    ':host([busy]) .@@gux-modal-busy@@{display:flex}' +
    '@keyframes @@gux-pop@@{from{transform:translateY(-8px);opacity:.4}}';

  class GuxModal extends HTMLElement {
    constructor() {
      super();
      var root = shadow(this, MODAL_CSS,
        '<div class="@@gux-modal-panel@@" part="panel">' +
        '<div class="@@gux-modal-head@@"><slot name="title"></slot>' +
        '<button class="@@gux-modal-close@@" type="button" aria-label="Close"><span aria-hidden="true">&times;</span></button></div>' +
        '<div class="@@gux-modal-body@@"><slot></slot></div>' +
        '<div class="@@gux-modal-foot@@"><slot name="footer"></slot></div>' +
        '<div class="@@gux-modal-busy@@"><gux-radial-loading small></gux-radial-loading></div></div>');
      root.querySelector('button').addEventListener('click', this.dismiss.bind(this));
      this.addEventListener('keydown', function (e) { if (e.key === 'Escape') this.dismiss(); }.bind(this));
    }
    connectedCallback() {
      this.setAttribute('role', 'dialog');
      this.setAttribute('aria-modal', 'true');
      var title = this.querySelector('[slot=title]');
      if (title) {
        if (!title.id) title.id = emberId();
        this.setAttribute('aria-labelledby', title.id);
      }
    }
    show() { this.setAttribute('open', ''); var first = this.querySelector('input,textarea'); if (first) first.focus(); }
    close() { this.remove(); }
    dismiss() { fire(this, 'gux-dismiss'); this.remove(); }
    set busy(v) { if (v) this.setAttribute('busy', ''); else this.removeAttribute('busy'); }
  }

  // ---------------------------------------------------------------- gux-dropdown
  // A combobox whose options load asynchronously: set `loader` to fn(filterText) -> Promise of
  // [{value, label}]. With `filterable`, a person types into it to search.
  var DROPDOWN_CSS = ':host{display:block;position:relative}' +
    '.@@gux-dd-box@@{width:100%;height:34px;border:1px solid #a9b2c0;border-radius:4px;background:#fff;padding:0 30px 0 10px;' +
    'font:14px inherit;font-family:inherit;color:#1e2731;text-align:left;cursor:pointer;display:flex;align-items:center}' +
    '.@@gux-dd-box@@:hover{border-color:#6c7686}' +
    '.@@gux-dd-box@@:focus{outline:none;border-color:#2a60c8;box-shadow:0 0 0 3px rgba(42,96,200,.2)}' +
    '.@@gux-dd-placeholder@@{color:#7a8494}' +
    '.@@gux-dd-caret@@{position:absolute;right:10px;top:11px;width:8px;height:8px;border-right:2px solid #5b6573;' +
    'border-bottom:2px solid #5b6573;transform:rotate(45deg);pointer-events:none}' +
    '.@@gux-dd-list@@{position:absolute;z-index:20;left:0;right:0;top:38px;background:#fff;border:1px solid #c8ced8;' +
    'border-radius:4px;box-shadow:0 8px 22px rgba(0,0,0,.16);max-height:220px;overflow:auto;padding:4px 0}' +
    '.@@gux-dd-list@@[hidden]{display:none}' +
    '.@@gux-dd-opt@@{padding:8px 12px;cursor:pointer;font-size:14px}' +
    '.@@gux-dd-opt@@:hover,.@@gux-dd-opt@@[aria-selected=true]{background:#eef3fc}' +
    '.@@gux-dd-empty@@{padding:8px 12px;color:#7a8494;font-size:13px}';

  class GuxDropdown extends HTMLElement {
    constructor() {
      super();
      this._options = [];
      this._value = null;
      this._root = shadow(this, DROPDOWN_CSS, '');
    }
    connectedCallback() {
      if (this._box) return;
      var label = this.getAttribute('label') || '';
      var listId = emberId();
      if (this.hasAttribute('filterable')) {
        this._box = h('input', { class: '@@gux-dd-box@@', type: 'text', role: 'combobox', 'aria-label': label,
          'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', autocomplete: 'off',
          placeholder: this.getAttribute('placeholder') || label });
        this._box.addEventListener('input', this._onType.bind(this));
        this._box.addEventListener('focus', function () { if (!this._box.value) this._load(''); }.bind(this));
      } else {
        this._box = h('button', { class: '@@gux-dd-box@@', type: 'button', role: 'combobox', 'aria-label': label,
          'aria-expanded': 'false', 'aria-controls': listId, 'aria-haspopup': 'listbox' });
        this._box.addEventListener('click', this.toggle.bind(this));
        this._renderValue();
      }
      this._list = h('div', { class: '@@gux-dd-list@@', role: 'listbox', id: listId, 'aria-label': label, hidden: true });
      this._root.appendChild(this._box);
      this._root.appendChild(h('span', { class: '@@gux-dd-caret@@' }));
      this._root.appendChild(this._list);
      this._outside = function (e) { if (!e.composedPath().includes(this)) this.close(); }.bind(this);
      document.addEventListener('mousedown', this._outside);
    }
    disconnectedCallback() { document.removeEventListener('mousedown', this._outside); }
    get value() { return this._value; }
    get selectedLabel() { var o = this._selected; return o ? o.label : null; }
    /** Shows a saved value as chosen (an edit page opening with its current values). */
    preselect(option) {
      this._value = option.value;
      this._selected = option;
      if (!this._box) return; // not connected yet: connectedCallback renders it
      if (this.hasAttribute('filterable')) this._box.value = option.label; else this._renderValue();
    }
    toggle() { if (this._list.hidden) this._load(''); else this.close(); }
    close() { this._list.hidden = true; this._box.setAttribute('aria-expanded', 'false'); }
    _onType() {
      clearTimeout(this._typing);
      this._typing = setTimeout(function () { this._load(this._box.value); }.bind(this), 180);
    }
    _load(filter) {
      var ticket = {};
      this._ticket = ticket;
      this._list.hidden = false;
      this._box.setAttribute('aria-expanded', 'true');
      this._list.replaceChildren(document.createElement('gux-radial-loading'));
      this._list.firstChild.setAttribute('small', '');
      var loader = this.loader || function () { return Promise.resolve([]); };
      Promise.resolve(loader(filter)).then(function (options) {
        if (this._ticket !== ticket) return;
        this._options = options || [];
        this._renderOptions();
      }.bind(this), function () {
        if (this._ticket === ticket) this._list.replaceChildren(h('div', { class: '@@gux-dd-empty@@', text: 'Could not load options' }));
      }.bind(this));
    }
    _renderOptions() {
      if (!this._options.length) {
        this._list.replaceChildren(h('div', { class: '@@gux-dd-empty@@', text: 'No matching results' }));
        return;
      }
      this._list.replaceChildren.apply(this._list, this._options.map(function (o) {
        return h('div', { class: '@@gux-dd-opt@@', role: 'option', 'aria-selected': String(o.value === this._value),
          onclick: this._choose.bind(this, o) }, o.label);
      }, this));
    }
    _choose(option) {
      // a choice ends the search: a search still waiting for the typing to pause is dropped
      clearTimeout(this._typing);
      this._ticket = null;
      this._value = option.value;
      this._selected = option;
      this.close();
      if (this.hasAttribute('filterable')) this._box.value = option.label; else this._renderValue();
      fire(this, 'change', { value: option.value, label: option.label });
    }
    _renderValue() {
      var text = this._selected ? this._selected.label : (this.getAttribute('placeholder') || 'Select…');
      this._box.replaceChildren(h('span', { class: this._selected ? '' : '@@gux-dd-placeholder@@' }, text));
    }
  }

  // ---------------------------------------------------------------- gux-tabs
  var TABS_CSS = ':host{display:block;border-bottom:1px solid #dfe3ea}' +
    '.@@gux-tablist@@{display:flex;gap:4px}' +
    '.@@gux-tab@@{border:0;background:transparent;padding:10px 16px;font:600 14px inherit;font-family:inherit;color:#5b6573;' +
    'cursor:pointer;border-bottom:3px solid transparent;margin-bottom:-1px}' +
    '.@@gux-tab@@:hover{color:#1e2731;background:#f3f5f9}' +
    '.@@gux-tab@@:focus-visible{outline:2px solid #2a60c8;outline-offset:-2px}' +
    '.@@gux-tab@@[aria-selected=true]{color:#2a60c8;border-bottom-color:#2a60c8}';

  class GuxTabs extends HTMLElement {
    static get observedAttributes() { return ['selected']; }
    constructor() { super(); this._root = shadow(this, TABS_CSS, ''); }
    connectedCallback() { this._render(); }
    attributeChangedCallback() { if (this._list) this._render(); }
    _render() {
      var selected = this.getAttribute('selected');
      var names = (this.getAttribute('tabs') || '').split('|').filter(Boolean);
      this._list = h('div', { class: '@@gux-tablist@@', role: 'tablist', 'aria-label': this.getAttribute('label') || 'Tabs' },
        names.map(function (name) {
          return h('button', { class: '@@gux-tab@@', type: 'button', role: 'tab', 'aria-selected': String(name === selected),
            onclick: function () { this.setAttribute('selected', name); fire(this, 'gux-tab-change', { tab: name }); }.bind(this) }, name);
        }, this));
      this._root.replaceChildren(this._root.querySelector('style'), this._list);
    }
  }

  // ---------------------------------------------------------------- gux-toast
  // Appears top right for about 2.5 s and, like the real one, sits over whatever is there.
  var TOAST_CSS = ':host{position:fixed;top:58px;right:18px;z-index:1000;width:400px;min-height:76px;display:flex;' +
    'align-items:center;gap:12px;padding:14px 16px;background:#fff;border-radius:6px;border-left:5px solid #1f8a4c;' +
    'box-shadow:0 10px 28px rgba(0,0,0,.22);animation:@@gux-slide@@ .18s ease-out;font-size:14px;color:#1e2731}' +
    ':host([kind=error]){border-left-color:#c8372d}' +
    '.@@gux-toast-icon@@{width:24px;height:24px;border-radius:50%;background:#1f8a4c;color:#fff;display:flex;' +
    'align-items:center;justify-content:center;font-weight:700;flex:none}' +
    ':host([kind=error]) .@@gux-toast-icon@@{background:#c8372d}' +
    '.@@gux-toast-text@@{flex:1;font-weight:600}' +
    '.@@gux-toast-close@@{border:0;background:transparent;font-size:18px;cursor:pointer;color:#5b6573}' +
    '@keyframes @@gux-slide@@{from{transform:translateX(30px)}}';

  class GuxToast extends HTMLElement {
    constructor() {
      super();
      var root = shadow(this, TOAST_CSS, '<span class="@@gux-toast-icon@@" aria-hidden="true"></span>' +
        '<span class="@@gux-toast-text@@"><slot></slot></span>' +
        '<button class="@@gux-toast-close@@" type="button" aria-label="Dismiss"><span aria-hidden="true">&times;</span></button>');
      root.querySelector('.@@gux-toast-icon@@').textContent = '✓';
      root.querySelector('button').addEventListener('click', this.remove.bind(this));
    }
    connectedCallback() {
      this.setAttribute('role', 'status');
      this.setAttribute('aria-live', 'polite');
      if (this.getAttribute('kind') === 'error') this.shadowRoot.querySelector('.@@gux-toast-icon@@').textContent = '!';
    }
  }

  function toast(message, kind) {
    document.querySelectorAll('gux-toast').forEach(function (t) { t.remove(); });
    var t = h('gux-toast', { kind: kind || 'success' }, message);
    document.body.appendChild(t);
    setTimeout(function () { t.remove(); }, 2500);
    return t;
  }

  /**
   * A light-DOM text field with a real <label for>, an optional hint, and an inline error
   * (role=alert) that exists only while there is an error.
   */
  function textField(opts) {
    var id = emberId();
    var input = h(opts.multiline ? 'textarea' : 'input', { class: '@@gux-input@@', id: id, name: opts.name,
      type: opts.multiline ? null : (opts.type || 'text'), autocomplete: opts.autocomplete || 'off',
      placeholder: opts.placeholder, required: opts.required });
    if (opts.value) input.value = opts.value;
    var error = null;
    var wrap = h('div', { class: '@@gux-field@@' },
      h('label', { class: '@@gux-label@@' + (opts.hideLabel ? ' @@gux-sr-only@@' : ''), for: id }, opts.label, opts.required ? h('span', { class: '@@gux-req@@', 'aria-hidden': 'true' }, ' *') : null),
      input,
      opts.hint ? h('div', { class: '@@gux-hint@@' }, opts.hint) : null);
    return {
      el: wrap,
      input: input,
      get value() { return input.value; },
      setError: function (message) {
        if (error) { error.remove(); error = null; }
        wrap.classList.toggle('@@gux-field-invalid@@', !!message);
        input.setAttribute('aria-invalid', String(!!message));
        if (message) {
          error = h('div', { class: '@@gux-error@@', role: 'alert' }, message);
          wrap.appendChild(error);
        }
      }
    };
  }

  customElements.define('gux-button', GuxButton);
  customElements.define('gux-radial-loading', GuxSpinner);
  customElements.define('gux-modal', GuxModal);
  customElements.define('gux-dropdown', GuxDropdown);
  customElements.define('gux-tabs', GuxTabs);
  customElements.define('gux-toast', GuxToast);

  window.Gux = { emberId: emberId, h: h, toast: toast, fire: fire, textField: textField };
})();
