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

  // GC External Routing Integration (the newer packaging's app): the package's OAuth settings and Retrieve
  // Options on a Lightning page of base components, which call the package's Apex controller.
  function erapp() {
    var base = '/apexremote/' + encodeURIComponent(c.tab);
    function json(method, url, body) {
      return fetch(url, { method: method, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined })
        .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; }); });
    }
    function section(title, body) {
      return '<section class="@@card@@ @@ersec@@" aria-label="' + esc(title) + '"><div class="@@card-head@@"><h2>' + esc(title) + '</h2></div><div class="@@erbody@@">' + body + '</div></section>';
    }
    function message(kind, text) {
      var tone = { success: '@@notify-success@@', error: '@@notify-error@@', info: '@@notify-info@@' }[kind];
      return '<div class="@@notify@@ ' + tone + '" role="' + (kind === 'error' ? 'alert' : 'status') + '">' + esc(text) + '</div>';
    }
    main.innerHTML = '<div class="@@page@@ @@erapp@@">' + pageHeader('APP', c.appName, '#ff5d2d') +
      section('Getting Started', '<p>Connect Salesforce to your Genesys Cloud organization with an OAuth client (client credentials), ' +
        'then retrieve the queues and messaging integrations that external routing can send work items to.</p>') +
      section('Configure Genesys Cloud OAuth Settings', '<div class="@@eroauth@@"><lightning-spinner></lightning-spinner></div>') +
      section('External Routing Settings', '<p>Retrieve Options queries your Genesys Cloud organization for its queues and messaging ' +
        'integrations and syncs them into Salesforce. At most 1,000 queues can be retrieved.</p><div class="@@ernotice@@"></div>' +
        '<lightning-button label="Retrieve Options" variant="brand" disabled></lightning-button>' +
        '<h3 class="@@erh3@@">Retrieved Options</h3><div class="@@errecords@@"><lightning-spinner></lightning-spinner></div>') + '</div>';
    var oauth = main.querySelector('.@@eroauth@@'), notice = main.querySelector('.@@ernotice@@');
    var records = main.querySelector('.@@errecords@@'), retrieve = main.querySelector('lightning-button[label="Retrieve Options"]');

    function renderOAuth(st, ok, error) {
      var id = sfxUid('select');
      var options = Object.keys(c.regions).map(function (k) { return '<option value="' + esc(k) + '"' + (k === st.region ? ' selected' : '') + '>' + esc(c.regions[k]) + '</option>'; }).join('');
      oauth.innerHTML = (error ? message('error', error) : '') + (ok ? message('success', ok) : '') +
        '<lightning-select class="@@ersel@@"><label for="' + id + '">Genesys Cloud Region</label><select id="' + id + '">' + options + '</select></lightning-select>' +
        '<lightning-input label="Base URL" value="' + esc(st.baseUrl) + '" field-level-help="Used when the region is Custom."></lightning-input>' +
        '<lightning-input label="Client ID" required value="' + esc(st.clientId) + '"></lightning-input>' +
        '<lightning-input label="Client Secret" type="password" required placeholder="' + (st.secretSaved ? '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022 (saved)' : '') + '"' +
        ' field-level-help="' + (st.secretSaved ? 'A client secret is saved. Enter a new one to replace it.' : 'Enter the client secret of the OAuth client.') + '"></lightning-input>' +
        '<lightning-button label="Save" variant="brand"></lightning-button>';
      var inputs = oauth.querySelectorAll('lightning-input');
      oauth.querySelector('lightning-button').addEventListener('click', function () {
        var save = this;
        if (save.hasAttribute('disabled')) return;
        save.setAttribute('disabled', '');
        json('POST', base + '/oauth', { region: oauth.querySelector('select').value, baseUrl: inputs[0].value, clientId: inputs[1].value,
          clientSecret: inputs[2].value }).then(function (r) {
          if (r.ok) { renderOAuth(r.body.settings, r.body.message); sfxToast('success', 'Saved', r.body.message); }
          else { save.removeAttribute('disabled'); var old = oauth.querySelector('[role=alert]'); if (old) old.remove(); oauth.insertAdjacentHTML('afterbegin', message('error', r.body.message)); }
        });
      });
    }
    function renderRecords(rows) {
      records.innerHTML = '<lightning-datatable><table class="@@grid@@" aria-label="Retrieved Options"><thead><tr><th>Name</th><th>Genesys Cloud Id</th><th>Type</th><th>Retrieved At</th></tr></thead><tbody>' +
        (rows.length ? rows.map(function (r) {
          return '<tr id="' + sfxUid('row') + '"><td>' + esc(r.name) + '</td><td>' + esc(r.genesysId) + '</td><td>' + esc(r.type) + '</td><td>' + esc(when(r.retrievedAt)) + '</td></tr>';
        }).join('') : '<tr><td colspan="4">No options have been retrieved yet. Click Retrieve Options.</td></tr>') + '</tbody></table></lightning-datatable>';
    }
    function load(what) {
      json('GET', base + '/state').then(function (r) {
        if (!r.ok) { notice.innerHTML = message('error', r.body.message); return; }
        if (what !== 'records') renderOAuth(r.body.settings);
        renderRecords(r.body.records);
        retrieve.removeAttribute('disabled');
      });
    }
    function poll(id) {
      json('GET', base + '/retrieve/' + id).then(function (r) {
        if (r.ok && r.body.state === 'RUNNING') { later(300, function () { poll(id); }); return; }
        retrieve.removeAttribute('disabled');
        var good = r.ok && r.body.state === 'SUCCEEDED';
        notice.innerHTML = message(good ? 'success' : 'error', r.body.message);
        sfxToast(good ? 'success' : 'error', good ? 'Success' : 'Error', r.body.message);
        records.innerHTML = '<lightning-spinner></lightning-spinner>';
        later(250, function () { load('records'); });
      });
    }
    retrieve.addEventListener('click', function () {
      if (retrieve.hasAttribute('disabled')) return;
      retrieve.setAttribute('disabled', '');
      notice.innerHTML = message('info', 'Retrieving options from Genesys Cloud\u2026');
      json('POST', base + '/retrieve').then(function (r) {
        if (!r.ok) { retrieve.removeAttribute('disabled'); notice.innerHTML = message('error', r.body.message); return; }
        poll(r.body.id);
      });
    });
    later(300, load);
  }

  ({ setup: setup, home: home, list: list, erapp: erapp }[c.page] || home)();
})();
