// A small Lightning-like component set under the real public host names. Most of Lightning runs LWC's
// synthetic shadow: a component's children sit in the light DOM and the host has no shadowRoot, so
// component styles are global. Some newer components (here the toast) use a native shadow root; so
// does force-aloha-page when the tenant says so (sfxConfig.alohaShadow === 'native').
// Ids and classes are @@tokens@@ (rewritten per sandbox start); JS-made ids carry random numbers.
(function () {
  'use strict';
  // Generated ids as LWC makes them: a counter from a random start, unique on the page (random ids
  // collided now and then, and a label's for= then named two inputs).
  var next = Math.floor(Math.random() * 900 + 100);
  var uid = function (p) { return p + '-' + (next++); };
  window.sfxUid = uid;

  // Global styles, once per component (synthetic shadow has no style scoping of its own).
  var styled = {};
  window.sfxStyle = function (key, css) {
    if (styled[key]) return;
    styled[key] = true;
    var s = document.createElement('style');
    s.textContent = css;
    document.head.appendChild(s);
  };

  sfxStyle('lightning-button', 'lightning-button{display:inline-block}' +
    '.@@lb-btn@@{font:inherit;font-size:13px;line-height:30px;padding:0 16px;border-radius:4px;border:1px solid #c9c9c9;' +
    'background:#fff;color:#0176d3;cursor:pointer;transition:background .1s,border-color .1s;white-space:nowrap}' +
    '.@@lb-btn@@:hover{background:#f3f3f3}.@@lb-btn@@:focus-visible{outline:none;box-shadow:0 0 3px #0176d3}' +
    'lightning-button[variant=brand] .@@lb-btn@@{background:#0176d3;border-color:#0176d3;color:#fff}' +
    'lightning-button[variant=brand] .@@lb-btn@@:hover{background:#014486;border-color:#014486}' +
    '.@@lb-btn@@:disabled{background:#f3f3f3!important;border-color:#c9c9c9!important;color:#939393!important;cursor:default}');

  // <lightning-button label="Save"> renders <button>Save</button> as its light-DOM child.
  class LightningButton extends HTMLElement {
    static get observedAttributes() { return ['disabled', 'label']; }
    connectedCallback() {
      if (this._button) return;
      var label = this.getAttribute('label') || this.textContent.trim();
      this.textContent = '';
      this._button = document.createElement('button');
      this._button.type = 'button';
      this._button.className = '@@lb-btn@@';
      this._button.textContent = label;
      this._button.disabled = this.hasAttribute('disabled');
      this.appendChild(this._button);
    }
    attributeChangedCallback(name) {
      if (!this._button) return;
      if (name === 'disabled') this._button.disabled = this.hasAttribute('disabled');
      if (name === 'label') this._button.textContent = this.getAttribute('label');
    }
  }
  customElements.define('lightning-button', LightningButton);

  sfxStyle('lightning-spinner', 'lightning-spinner{display:flex;justify-content:center;padding:32px}' +
    '.@@sp@@{width:32px;height:32px;border-radius:50%;border:4px solid #d8e6fe;border-top-color:#0176d3;animation:sfxspin .8s linear infinite}' +
    '@keyframes sfxspin{to{transform:rotate(360deg)}}');

  class LightningSpinner extends HTMLElement {
    connectedCallback() {
      if (this.firstChild) return;
      this.innerHTML = '<div class="@@sp@@" role="status" aria-label="Loading"></div>';
    }
  }
  customElements.define('lightning-spinner', LightningSpinner);

  sfxStyle('lightning-input', 'lightning-input{display:block;margin:0 0 12px}' +
    'lightning-input label{display:block;font-size:12px;color:#444;margin-bottom:2px}' +
    'lightning-input input{box-sizing:border-box;width:100%;max-width:420px;height:32px;border:1px solid #c9c9c9;border-radius:4px;padding:0 12px;font:inherit}' +
    'lightning-input input:focus{outline:none;border-color:#1b96ff;box-shadow:0 0 3px #0176d3}' +
    'lightning-input abbr{color:#ba0517;text-decoration:none;margin-right:2px}' +
    '.@@li-help@@{font-size:12px;color:#5c5c5c;margin-top:2px}');

  // <lightning-input label="Client ID" type="text|password" value="…">: a label and its input, light DOM.
  class LightningInput extends HTMLElement {
    connectedCallback() {
      if (this._input) return;
      var id = uid('input');
      var label = document.createElement('label');
      label.htmlFor = id;
      if (this.hasAttribute('required')) label.innerHTML = '<abbr title="required">*</abbr>';
      label.appendChild(document.createTextNode(this.getAttribute('label') || ''));
      this._input = document.createElement('input');
      this._input.id = id;
      this._input.type = this.getAttribute('type') || 'text';
      this._input.value = this.getAttribute('value') || '';
      if (this.getAttribute('placeholder')) this._input.placeholder = this.getAttribute('placeholder');
      if (this._input.type === 'password') this._input.autocomplete = 'new-password';
      this.appendChild(label);
      this.appendChild(this._input);
      if (this.getAttribute('field-level-help')) {
        var help = document.createElement('div');
        help.className = '@@li-help@@';
        help.textContent = this.getAttribute('field-level-help');
        this.appendChild(help);
      }
    }
    get value() { return this._input ? this._input.value : this.getAttribute('value') || ''; }
  }
  customElements.define('lightning-input', LightningInput);

  // Toasts sit at the top centre, over whatever is there, for a few seconds (as Lightning's do). A newer
  // component: its content is behind a native shadow root.
  window.sfxToast = function (variant, title, message) {
    var host = document.createElement('lightning-toast');
    var root = host.attachShadow({ mode: 'open' });
    var colors = { success: '#2e844a', error: '#ba0517', info: '#747474', warning: '#dd7a01' };
    root.innerHTML = '<style>.@@toast@@{position:fixed;top:56px;left:50%;transform:translateX(-50%);z-index:9000;min-width:480px;' +
      'max-width:720px;padding:12px 48px 12px 16px;border-radius:4px;color:#fff;box-shadow:0 2px 4px rgba(0,0,0,.2);' +
      'font:14px/1.4 -apple-system,"Segoe UI",Roboto,Arial,sans-serif;animation:in .2s}' +
      '.@@toast@@ h2{margin:0 0 2px;font-size:16px;font-weight:700}' +
      'button{position:absolute;right:10px;top:10px;background:none;border:0;color:#fff;font-size:18px;cursor:pointer}' +
      '@keyframes in{from{opacity:0;transform:translate(-50%,-10px)}}</style>' +
      '<div class="@@toast@@" role="' + (variant === 'error' ? 'alert' : 'status') + '" style="background:' + (colors[variant] || colors.info) + '">' +
      '<h2></h2><div></div><button type="button" aria-label="Close">\u2715</button></div>';
    root.querySelector('h2').textContent = title;
    root.querySelector('div > div').textContent = message || '';
    root.querySelector('button').onclick = function () { host.remove(); };
    document.body.appendChild(host);
    setTimeout(function () { host.remove(); }, 3200);
  };

  sfxStyle('force-aloha-page', 'force-aloha-page{display:block;height:100%}' +
    '.@@aloha@@{height:100%;border-radius:4px;overflow:hidden}' +
    '.@@aloha@@ iframe{border:0;width:100%;height:100%;display:block;background:#fff}');

  // Classic pages in Lightning: an iframe named vfFrameId_<time> in force-aloha-page, in its light DOM
  // (synthetic shadow) or behind its native shadow root.
  class ForceAlohaPage extends HTMLElement {
    connectedCallback() {
      if (this._box) return;
      var native = (window.sfxConfig || {}).alohaShadow === 'native';
      var root = native ? this.attachShadow({ mode: 'open' }) : this;
      if (native) {
        root.innerHTML = '<style>:host{display:block;height:100%}iframe{border:0;width:100%;height:100%;display:block;background:#fff}' +
          '.@@aloha@@{height:100%;border-radius:4px;overflow:hidden}</style>';
      }
      var box = this._box = document.createElement('div');
      box.className = '@@aloha@@';
      root.appendChild(box);
      var self = this;
      var spinner = document.createElement('lightning-spinner');
      box.appendChild(spinner);
      // The frame is attached a moment after the page, as Lightning renders it after its own bootstrap.
      setTimeout(function () {
        var frame = document.createElement('iframe');
        frame.name = 'vfFrameId_' + Date.now();
        frame.title = self.getAttribute('frame-title') || 'Setup page';
        frame.src = self.getAttribute('src');
        frame.addEventListener('load', function () { spinner.remove(); });
        box.appendChild(frame);
      }, 350);
    }
  }
  customElements.define('force-aloha-page', ForceAlohaPage);

  // Visualforce pages inside Lightning ask for toasts through postMessage (like sforce.one.showToast).
  window.addEventListener('message', function (e) {
    if (e.origin !== location.origin || !e.data || e.data.type !== 'sfx-toast') return;
    window.sfxToast(e.data.variant, e.data.title, e.data.message);
  });
})();
