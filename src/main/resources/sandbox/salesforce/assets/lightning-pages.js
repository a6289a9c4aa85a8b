// Renders the page the server asked for (config in a JSON script): app home, list views, Setup pages.
// Content arrives behind a spinner and re-renders once more after load, as Lightning pages do.
(function () {
  'use strict';
  var c = window.sfxConfig = JSON.parse(document.getElementById('@@cfg@@').textContent);
  var main = document.getElementById('@@main@@');
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (x) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[x]; }); }
  function later(ms, fn) { setTimeout(fn, ms); }
  function when(iso) { var d = new Date(iso); return d.toLocaleDateString('en-US') + ', ' + d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }); }
  var GEAR = '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="#fff" d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3h-4l-.4 2.7a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.6 7.6 0 0 0 1.7 1L11 21h4l.4-2.7a7.6 7.6 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"/></svg>';

  function pageHeader(eyebrow, title, color, extra) {
    return '<div class="@@card@@ @@phead@@"><span class="@@icon@@" style="background:' + color + '">' + GEAR + '</span>' +
      '<div><div class="@@eyebrow@@">' + esc(eyebrow) + '</div><h1 class="@@title@@">' + esc(title) + '</h1></div>' + (extra || '') + '</div>';
  }

  function setup() {
    var label = c.node === 'SetupOneHome' ? 'Home' : (window.sfxSetupLabel(c.node) || c.node);
    main.innerHTML = '<div class="@@setup@@"><aside class="@@card@@ @@tree-panel@@"><div class="@@stree@@"></div></aside>' +
      '<section class="@@content@@" id="' + sfxUid('content') + '">' + pageHeader('SETUP', label, '#7f8de1') + '<div class="@@body-slot@@"><lightning-spinner></lightning-spinner></div></section></div>';
    var slot = main.querySelector('.@@body-slot@@');
    window.sfxSetupTree(main.querySelector('.@@stree@@'), c.node);
    if (c.frameSrc) {
      slot.className = '@@body-slot@@ @@frame-slot@@ @@card@@';
      slot.innerHTML = '<force-aloha-page src="' + esc(c.frameSrc) + '" frame-title="' + esc(label) + '"></force-aloha-page>';
    } else if (c.node === 'SetupOneHome') {
      later(300, function () { setupHome(slot); });
      later(1300, function () { setupHome(slot); });
    } else {
      later(250, function () {
        slot.innerHTML = '<div class="@@card@@ @@empty@@"><h2>' + esc(label) + '</h2><p>This Setup page has nothing to configure in the sandbox org.</p></div>';
      });
    }
  }

  function setupHome(slot) {
    var tiles = [['Get Started', 'Add users, import data and set up your org with guided steps.', 'Get Started'],
      ['Mobile Publisher', 'Use the Mobile Publisher to create your own branded mobile app.', 'Learn More'],
      ['Real-time Collaborative Docs', 'Quip brings documents, spreadsheets and chat into Salesforce.', 'Learn More']];
    var mru = [['Installed Packages', 'Setup Page', '/lightning/setup/ImportedPackage/home'], ['Genesys Cloud Queue', 'Custom Object', '/lightning/setup/ObjectManager/home'],
      ['Named Credentials', 'Setup Page', '/lightning/setup/NamedCredential/home'], ['Omni-Channel Settings', 'Setup Page', '/lightning/setup/OmniChannelSettings/home']];
    slot.innerHTML = '<div class="@@tiles@@">' + tiles.map(function (t) {
      return '<div class="@@card@@ @@tile@@"><h2>' + t[0] + '</h2><p>' + t[1] + '</p><lightning-button>' + t[2] + '</lightning-button></div>';
    }).join('') + '</div><div class="@@card@@"><div class="@@card-head@@"><h2>Most Recently Used</h2><span>' + mru.length + ' items</span></div>' +
      '<table class="@@grid@@" aria-label="Most Recently Used"><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody>' +
      mru.map(function (r) { return '<tr id="' + sfxUid('row') + '"><td><a href="' + r[2] + '">' + r[0] + '</a></td><td>' + r[1] + '</td></tr>'; }).join('') +
      '</tbody></table></div>';
  }

  function home() {
    main.innerHTML = '<div class="@@page@@"><lightning-spinner></lightning-spinner></div>';
    later(300, function () {
      main.firstChild.innerHTML = '<div class="@@home@@"><div class="@@card@@ @@wide@@"><div class="@@card-head@@"><h2>Quarterly Performance</h2><span>As of Today</span></div>' +
        '<div class="@@kpis@@"><div>CLOSED <b>$0</b></div><div>OPEN (&gt;70%) <b>$0</b></div><div>GOAL <b>--</b></div></div>' +
        '<svg viewBox="0 0 600 140" class="@@chart@@" aria-hidden="true"><path d="M0 120H600M0 80H600M0 40H600" stroke="#e5e5e5"/><path d="M0 120 L150 110 L300 90 L450 70 L600 50" fill="none" stroke="#0176d3" stroke-width="3"/></svg></div>' +
        '<div class="@@card@@"><div class="@@card-head@@"><h2>Today\u2019s Tasks</h2></div><p class="@@muted@@">Nothing due today. Be a go-getter, and check back soon.</p></div>' +
        '<div class="@@card@@"><div class="@@card-head@@"><h2>Today\u2019s Events</h2></div><p class="@@muted@@">Looks like you\u2019re free and clear the rest of the day.</p></div>' +
        '<div class="@@card@@ @@wide@@"><div class="@@card-head@@"><h2>Genesys Cloud Routing Options</h2></div><p class="@@muted@@">Queues and messaging integrations retrieved from Genesys Cloud: ' +
        '<a href="/lightning/o/' + c.queueObject + '/list">Genesys Cloud Queues</a> \u00b7 <a href="/lightning/o/' + c.entityObject + '/list">Genesys Cloud Entities</a></p></div></div>';
    });
  }

  function list() {
    var plural = c.objectLabel.replace(/y$/, 'ie') + 's';
    main.innerHTML = '<div class="@@page@@"><div class="@@card@@ @@list@@">' +
      '<div class="@@list-head@@"><span class="@@icon@@" style="background:#3c97dd">' + GEAR + '</span><div><div class="@@eyebrow@@">' + esc(plural) + '</div>' +
      '<h1 class="@@title@@">All ' + esc(plural) + ' \u25BE</h1><div class="@@muted@@ @@meta@@">Loading\u2026</div></div>' +
      '<div class="@@actions@@"><lightning-button>New</lightning-button><lightning-button>Printable View</lightning-button></div></div>' +
      '<div class="@@list-body@@"><lightning-spinner></lightning-spinner></div></div></div>';
    later(250, load);
    function load() {
      fetch('/ui-api/list-records/' + c.object, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
        var rows = data.records || [];
        main.querySelector('.@@meta@@').textContent = rows.length + (rows.length === 1 ? ' item' : ' items') + ' \u2022 Sorted by Name \u2022 Updated a few seconds ago';
        main.querySelector('.@@list-body@@').innerHTML = rows.length ? '<table class="@@grid@@" aria-label="' + esc(plural) + '"><thead><tr><th>Name</th><th>Genesys Cloud Id</th><th>Type</th><th>Retrieved At</th></tr></thead><tbody>' +
          rows.map(function (r) { return '<tr id="' + sfxUid('row') + '"><td><a href="#">' + esc(r.name) + '</a></td><td>' + esc(r.genesysId) + '</td><td>' + esc(r.type) + '</td><td>' + esc(when(r.retrievedAt)) + '</td></tr>'; }).join('') +
          '</tbody></table>' : '<div class="@@empty@@"><h2>No items to display.</h2><p>Retrieve Options in the package settings fills this list.</p></div>';
      });
    }
  }

  ({ setup: setup, home: home, list: list }[c.page] || home)();
})();
