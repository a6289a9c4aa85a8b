// A small "Lightning-like" component set: custom elements with shadow DOM, as LWC renders them.
// Ids and classes are @@tokens@@ (rewritten per sandbox start); JS-made ids carry random numbers.
(function () {
  'use strict';
  var uid = function (p) { return p + '-' + Math.floor(Math.random() * 900 + 100); };
  window.sfxUid = uid;

  var BUTTON_CSS = ':host{display:inline-block}' +
    'button{font:inherit;font-size:13px;line-height:30px;padding:0 16px;border-radius:4px;border:1px solid #c9c9c9;' +
    'background:#fff;color:#0176d3;cursor:pointer;transition:background .1s,border-color .1s;white-space:nowrap}' +
    'button:hover{background:#f3f3f3}button:focus-visible{outline:none;box-shadow:0 0 3px #0176d3}' +
    ':host([variant=brand]) button{background:#0176d3;border-color:#0176d3;color:#fff}' +
    ':host([variant=brand]) button:hover{background:#014486;border-color:#014486}' +
    'button:disabled{background:#f3f3f3!important;border-color:#c9c9c9!important;color:#939393!important;cursor:default}';

  class LightningButton extends HTMLElement {
    static get observedAttributes() { return ['disabled']; }
    constructor() {
      super();
      var root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>' + BUTTON_CSS + '</style><button part="button" class="@@lb-btn@@" type="button"><slot></slot></button>';
      this._button = root.querySelector('button');
    }
    attributeChangedCallback() { this._button.disabled = this.hasAttribute('disabled'); }
  }
  customElements.define('lightning-button', LightningButton);

  class LightningSpinner extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:flex;justify-content:center;padding:32px}' +
        '.@@sp@@{width:32px;height:32px;border-radius:50%;border:4px solid #d8e6fe;border-top-color:#0176d3;animation:r .8s linear infinite}' +
        '@keyframes r{to{transform:rotate(360deg)}}</style><div class="@@sp@@" role="status" aria-label="Loading"></div>';
    }
  }
  customElements.define('lightning-spinner', LightningSpinner);

  // Toasts sit at the top centre, over whatever is there, for a few seconds (as Lightning's do).
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

  // Classic pages in Lightning: an iframe named vfFrameId_<time> behind force-aloha-page's shadow root.
  class ForceAlohaPage extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;height:100%}iframe{border:0;width:100%;height:100%;display:block;background:#fff}' +
        '.@@aloha@@{height:100%;border-radius:4px;overflow:hidden}</style><div class="@@aloha@@"></div>';
      var self = this;
      var spinner = document.createElement('lightning-spinner');
      root.querySelector('div').appendChild(spinner);
      // The frame is attached a moment after the page, as Lightning renders it after its own bootstrap.
      setTimeout(function () {
        var frame = document.createElement('iframe');
        frame.name = 'vfFrameId_' + Date.now();
        frame.title = self.getAttribute('frame-title') || 'Setup page';
        frame.src = self.getAttribute('src');
        frame.addEventListener('load', function () { spinner.remove(); });
        root.querySelector('div').appendChild(frame);
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
