// The global header (Aura-rendered: plain light DOM) and the app's navigation bar one-app-nav-bar (LWC with
// synthetic shadow: its children in the light DOM too), rendered after load.
(function () {
  'use strict';
  var ICON = {
    gear: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3h-4l-.4 2.7a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.6 7.6 0 0 0 1.7 1L11 21h4l.4-2.7a7.6 7.6 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"/></svg>',
    bell: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2zm7-6V11a7 7 0 0 0-5.5-6.8V3a1.5 1.5 0 0 0-3 0v1.2A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/></svg>',
    help: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="currentColor"/><text x="12" y="17" fill="#fff" font-size="14" font-family="Arial" text-anchor="middle" font-weight="bold">?</text></svg>',
    star: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M12 2l3 6.9 7.4.6-5.6 4.9 1.7 7.3L12 17.8 5.5 21.7l1.7-7.3L1.6 9.5 9 8.9z"/></svg>',
    plus: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><rect x="2" y="2" width="20" height="20" rx="4" fill="currentColor"/><path d="M12 7v10M7 12h10" stroke="#fff" stroke-width="2.4"/></svg>',
    search: '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="#747474" d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>',
    waffle: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">' +
      [4, 12, 20].map(function (x) { return [4, 12, 20].map(function (y) { return '<circle cx="' + x + '" cy="' + y + '" r="2.4" fill="currentColor"/>'; }).join(''); }).join('') + '</svg>'
  };
  var CSS = '.@@hdr@@{display:block;position:sticky;top:0;z-index:100;font:13px/1.5 -apple-system,"Segoe UI",Roboto,Arial,sans-serif}' +
    '.@@gh@@{height:50px;background:#fff;display:flex;align-items:center;padding:0 12px;box-shadow:0 1px 0 #e5e5e5}' +
    '.@@gh@@ img{height:34px}' +
    '.@@srch@@{flex:0 1 560px;margin:0 auto;display:flex;align-items:center;gap:8px;border:1px solid #c9c9c9;border-radius:4px;padding:0 10px;height:32px;color:#747474;background:#fff}' +
    '.@@srch@@:hover{border-color:#0176d3}.@@srch@@ span{font-size:13px}' +
    '.@@icons@@{display:flex;gap:4px;align-items:center;color:#747474}' +
    '.@@icons@@ button{position:relative;border:0;background:none;color:#747474;width:32px;height:32px;border-radius:4px;cursor:pointer;display:flex;align-items:center;justify-content:center}' +
    '.@@icons@@ button:hover{color:#0176d3;background:#f3f3f3}.@@icons@@ button:focus-visible{outline:none;box-shadow:0 0 3px #0176d3}' +
    '.@@badge@@{position:absolute;top:0;right:0;background:#ea001e;color:#fff;border-radius:8px;font-size:10px;line-height:14px;min-width:14px;padding:0 3px}' +
    '.@@avatar@@{width:32px;height:32px;border-radius:50%;background:#3296ed;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;margin-left:6px}' +
    '.@@navin@@{display:flex;align-items:stretch;width:100%}one-app-nav-bar.@@nav@@{height:40px;background:#fff;display:flex;align-items:stretch;border-bottom:3px solid #0176d3;padding:0 12px 0 4px}' +
    '.@@waffle@@{border:0;background:none;color:#747474;width:40px;cursor:pointer}.@@waffle@@:hover{color:#0176d3}' +
    '.@@app@@{font-size:18px;line-height:40px;padding:0 24px 0 6px;color:#181818;white-space:nowrap}' +
    '.@@nav@@ a{display:flex;align-items:center;padding:0 12px;color:#181818;text-decoration:none;border-bottom:3px solid transparent;margin-bottom:-3px;font-size:13px}' +
    '.@@nav@@ a:hover{background:#f3f3f3;border-bottom-color:#aacbff}.@@nav@@ a[aria-current=page]{border-bottom-color:#0176d3;font-weight:600}' +
    '.@@menu@@{position:absolute;top:46px;right:62px;background:#fff;border:1px solid #e5e5e5;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.16);padding:4px 0;min-width:220px;z-index:200}' +
    '.@@menu@@ a{display:block;padding:8px 16px;color:#181818;text-decoration:none}.@@menu@@ a:hover,.@@menu@@ a:focus{background:#f3f3f3;outline:none}' +
    '.@@launcher@@{position:fixed;top:92px;left:12px;width:720px;background:#fff;border-radius:4px;box-shadow:0 4px 16px rgba(0,0,0,.25);z-index:300;padding:16px}' +
    '.@@launcher@@ h2{font-size:18px;margin:0 0 12px;font-weight:400}.@@ls@@{width:100%;box-sizing:border-box;height:32px;border:1px solid #c9c9c9;border-radius:4px;padding:0 12px;font:inherit}.@@launcher@@ h3{font-size:14px;margin:16px 0 8px;color:#444}' +
    '.@@tiles@@{display:grid;grid-template-columns:repeat(3,1fr);gap:8px}' +
    '.@@tiles@@ a{display:flex;align-items:center;gap:10px;padding:10px;border:1px solid #e5e5e5;border-radius:4px;color:#181818;text-decoration:none}' +
    '.@@tiles@@ a:hover{border-color:#0176d3;background:#f3f9ff}.@@tile-ico@@{width:32px;height:32px;border-radius:4px;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}';

  function GlobalHeader(host) {
    this.host = host;
    var self = this;
    setTimeout(function () { self.render(); }, 120);
    // Lightning keeps changing after load: the notification count refreshes by itself.
    setInterval(function () { self.refreshBadge(); }, 2500);
  }
  GlobalHeader.prototype.render = function () {
      var c = window.sfxConfig || {}, setup = c.page === 'setup';
      var tabs = setup ? [['Home', '/lightning/setup/SetupOneHome/home', c.node === 'SetupOneHome'], ['Object Manager', '/lightning/setup/ObjectManager/home', c.node === 'ObjectManager']]
        : [['Home', c.appOrigin + '/lightning/page/home', c.page === 'home'],
           ['Genesys Cloud Queues', c.appOrigin + '/lightning/o/' + c.queueObject + '/list', c.object === c.queueObject],
           ['Genesys Cloud Entities', c.appOrigin + '/lightning/o/' + c.entityObject + '/list', c.object === c.entityObject]];
      var r = this.host;
      r.innerHTML = '<header class="@@gh@@" id="' + sfxUid('header') + '"><img src="/sf-assets/cloud.svg" alt="Salesforce">' +
        '<div class="@@srch@@" role="search">' + ICON.search + '<span>' + (setup ? 'Search Setup' : 'Search...') + '</span></div>' +
        '<div class="@@icons@@"><button type="button" aria-label="Favorites">' + ICON.star + '</button>' +
        '<button type="button" aria-label="Global Actions">' + ICON.plus + '</button>' +
        '<button type="button" aria-label="Help">' + ICON.help + '</button>' +
        '<button type="button" aria-label="Setup" aria-haspopup="menu" aria-expanded="false">' + ICON.gear + '</button>' +
        '<button type="button" aria-label="Notifications">' + ICON.bell + '<span class="@@badge@@">2</span></button>' +
        '<span class="@@avatar@@" title="View profile">SA</span></div></header>' +
        '<one-app-nav-bar class="@@nav@@"><nav class="@@navin@@" aria-label="Global"><button type="button" class="@@waffle@@" aria-label="App Launcher" aria-haspopup="dialog">' + ICON.waffle + '</button>' +
        '<span class="@@app@@">' + esc(setup ? 'Setup' : (c.appLabel || 'Sales')) + '</span>' +
        tabs.map(function (t) { return '<a href="' + t[1] + '"' + (t[2] ? ' aria-current="page"' : '') + '>' + t[0] + '</a>'; }).join('') + '</nav></one-app-nav-bar>';
      // the page's config as it is when the menu opens: under load this render can run before lightning-pages.js set it
      r.querySelector('[aria-label=Setup]').onclick = function (e) { e.stopPropagation(); self_menu(r, this, window.sfxConfig || c); };
      r.querySelector('[aria-label="App Launcher"]').onclick = function (e) { e.stopPropagation(); launcher(r, c); };
      document.addEventListener('click', function () { close(r); });
  };
  GlobalHeader.prototype.refreshBadge = function () {
      var badge = this.host.querySelector('.@@badge@@');
      if (badge) { var fresh = badge.cloneNode(true); fresh.textContent = String(2 + Math.floor(Math.random() * 2)); badge.replaceWith(fresh); }
  };
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (x) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[x]; }); }
  function close(r) { r.querySelectorAll('.@@menu@@,.@@launcher@@').forEach(function (m) { m.remove(); });
    var g = r.querySelector('[aria-label=Setup]'); if (g) g.setAttribute('aria-expanded', 'false'); }
  function self_menu(r, gear, c) {
    if (r.querySelector('.@@menu@@')) { close(r); return; }
    close(r);
    gear.setAttribute('aria-expanded', 'true');
    var m = document.createElement('div');
    m.className = '@@menu@@';
    m.setAttribute('role', 'menu');
    // Setup opens in a new tab, as Lightning's gear menu does.
    m.innerHTML = '<a role="menuitem" target="_blank" href="' + c.appOrigin + '/lightning/setup/SetupOneHome/home">Setup</a>' +
      '<a role="menuitem" target="_blank" href="' + c.appOrigin + '/lightning/setup/ServiceHome/home">Service Setup</a>' +
      '<a role="menuitem" href="#">Developer Console</a><a role="menuitem" href="#">Edit Page</a>';
    r.appendChild(m);
  }
  function launcher(r, c) {
    close(r);
    var d = document.createElement('div');
    d.className = '@@launcher@@';
    d.setAttribute('role', 'dialog');
    d.setAttribute('aria-label', 'App Launcher');
    var tile = function (name, color, href) { return '<a href="' + href + '"><span class="@@tile-ico@@" aria-hidden="true" style="background:' + color + '">' + name.charAt(0) + '</span>' + esc(name) + '</a>'; };
    var apps = [['Sales', '#0d9dda', c.appOrigin + '/lightning/page/home'], ['Service', '#e4a201', c.appOrigin + '/lightning/page/home']];
    // the newer packaging's settings app; the older one has none
    if (c.settingsApp) apps.push([c.appName, '#ff5d2d', c.appOrigin + c.appPath]);
    var items = [['Genesys Cloud Queues', '#7f8de1', c.appOrigin + '/lightning/o/' + c.queueObject + '/list'],
      ['Genesys Cloud Entities', '#3c97dd', c.appOrigin + '/lightning/o/' + c.entityObject + '/list']];
    d.innerHTML = '<h2>App Launcher</h2><input type="search" class="@@ls@@" placeholder="Search apps and items..." aria-label="Search apps and items...">' +
      '<div class="@@lbody@@"></div>';
    var body = d.querySelector('.@@lbody@@'), input = d.querySelector('input');
    function render(q) {
      var hit = function (t) { return !q || t[0].toLowerCase().indexOf(q.toLowerCase()) >= 0; };
      var a = apps.filter(hit), i = items.filter(hit);
      body.innerHTML = (a.length ? '<h3>Apps</h3><div class="@@tiles@@">' + a.map(function (t) { return tile(t[0], t[1], t[2]); }).join('') + '</div>' : '') +
        (i.length ? '<h3>Items</h3><div class="@@tiles@@">' + i.map(function (t) { return tile(t[0], t[1], t[2]); }).join('') + '</div>' : '') +
        (a.length || i.length ? '' : '<p>No results for \u201c' + esc(q) + '\u201d.</p>');
    }
    render('');
    input.addEventListener('input', function () { render(input.value.trim()); });
    d.onclick = function (e) { e.stopPropagation(); };
    r.appendChild(d);
    input.focus();
  }
  var host = document.querySelector('.@@hdr@@');
  sfxStyle('global-header', CSS);
  if (host) new GlobalHeader(host);
})();
