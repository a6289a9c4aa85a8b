// Managed Package Settings: OAuth settings (the secret is write-only), Retrieve Options with its progress
// notification, and the Retrieved Options table. Ids are generated per render like Visualforce's j_id.
(function () {
  'use strict';
  var base = location.pathname;
  var regions = JSON.parse(document.getElementById('@@regions@@').textContent);
  var oauth = document.getElementById('@@oauth@@'), notice = document.getElementById('@@notice@@');
  var records = document.getElementById('@@records@@'), button = document.getElementById('@@retrieve@@');
  function jid() { return 'j_id0:j_id' + Math.floor(Math.random() * 900 + 100) + ':j_id' + Math.floor(Math.random() * 90 + 10); }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (x) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[x]; }); }
  function when(iso) { var d = new Date(iso); return d.toLocaleDateString('en-US') + ' ' + d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' }); }
  function json(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; }); });
  }
  function toast(variant, title, message) { if (parent !== window) parent.postMessage({ type: 'sfx-toast', variant: variant, title: title, message: message }, location.origin); }
  function errorBanner(message) {
    return '<div id="error" class="message errorM3" role="alert"><span id="errorTitle">Error:</span><span id="errorDesc">' + esc(message) + '</span></div>';
  }

  function renderOAuth(s, message, error) {
    var ids = { region: jid(), url: jid(), id: jid(), secret: jid() };
    var options = Object.keys(regions).map(function (k) { return '<option value="' + esc(k) + '"' + (k === s.region ? ' selected' : '') + '>' + esc(regions[k]) + '</option>'; }).join('');
    oauth.innerHTML = (error ? errorBanner(error) : '') + (message ? '<div class="message confirmM3" role="status">' + esc(message) + '</div>' : '') +
      '<table class="detailList"><tr><th class="labelCol"><label for="' + ids.region + '">Genesys Cloud Region</label></th><td class="dataCol"><select id="' + ids.region + '">' + options + '</select>' +
      '<div class="helpText">Choose Custom to enter the API base URL of your organization.</div></td></tr>' +
      '<tr><th class="labelCol"><label for="' + ids.url + '">Base URL</label></th><td class="dataCol"><input type="text" id="' + ids.url + '" value="' + esc(s.baseUrl) + '"></td></tr>' +
      '<tr><th class="labelCol"><label for="' + ids.id + '">Client ID</label></th><td class="dataCol"><span class="requiredInput"><input type="text" id="' + ids.id + '" value="' + esc(s.clientId) + '"></span></td></tr>' +
      '<tr><th class="labelCol"><label for="' + ids.secret + '">Client Secret</label></th><td class="dataCol"><span class="requiredInput"><input type="password" autocomplete="new-password" id="' + ids.secret + '" value=""' +
      ' placeholder="' + (s.secretSaved ? '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022 (saved)' : '') + '"></span>' +
      '<div class="helpText">' + (s.secretSaved ? 'A client secret is saved. Enter a new one to replace it.' : 'Enter the client secret of the OAuth client.') + '</div></td></tr>' +
      '<tr><th class="labelCol"></th><td class="dataCol"><input type="button" class="btn" value="Save" title="Save"></td></tr></table>';
    oauth.querySelector('input[value=Save]').onclick = function () {
      var save = this; save.disabled = true;
      json('POST', base + '/oauth', { region: document.getElementById(ids.region).value, baseUrl: document.getElementById(ids.url).value,
        clientId: document.getElementById(ids.id).value, clientSecret: document.getElementById(ids.secret).value }).then(function (r) {
        if (r.ok) { renderOAuth(r.body.settings, r.body.message); toast('success', 'Saved', r.body.message); }
        else { save.disabled = false; oauth.querySelector('.errorM3') ? oauth.querySelector('#errorDesc').textContent = r.body.message : oauth.insertAdjacentHTML('afterbegin', errorBanner(r.body.message)); }
      });
    };
  }

  function renderRecords(rows) {
    records.innerHTML = '<table class="list" aria-label="Retrieved Options" border="0" cellspacing="0" cellpadding="0"><tr class="headerRow">' +
      '<th scope="col">Name</th><th scope="col">Genesys Cloud Id</th><th scope="col">Type</th><th scope="col">Retrieved At</th></tr>' +
      (rows.length ? rows.map(function (r, i) {
        return '<tr class="dataRow ' + (i % 2 ? 'odd' : 'even') + '" id="' + jid() + '"><th scope="row" class="dataCell">' + esc(r.name) + '</th><td>' + esc(r.genesysId) +
          '</td><td>' + esc(r.type) + '</td><td>' + esc(when(r.retrievedAt)) + '</td></tr>';
      }).join('') : '<tr class="dataRow"><td colspan="4">No options have been retrieved yet. Click Retrieve Options.</td></tr>') + '</table>';
  }

  function load(then) {
    json('GET', base + '/state').then(function (r) {
      if (!r.ok) { notice.innerHTML = errorBanner(r.body.message); return; }
      if (then !== 'records') renderOAuth(r.body.settings);
      renderRecords(r.body.records);
    });
  }

  function poll(id) {
    json('GET', base + '/retrieve/' + id).then(function (r) {
      if (r.ok && r.body.state === 'RUNNING') { setTimeout(function () { poll(id); }, 300); return; }
      button.disabled = false;
      if (r.ok && r.body.state === 'SUCCEEDED') {
        notice.innerHTML = '<div class="message confirmM3" role="status">' + esc(r.body.message) + '</div>';
        toast('success', 'Success', r.body.message);
      } else {
        notice.innerHTML = errorBanner(r.body.message);
        toast('error', 'Error', r.body.message);
      }
      records.innerHTML = '<span class="spinner"></span> Refreshing&hellip;';
      setTimeout(function () { load('records'); }, 250);
    });
  }

  button.onclick = function () {
    button.disabled = true;
    notice.innerHTML = '<div class="message infoM3" role="status"><span class="spinner"></span>&nbsp;Retrieving options from Genesys Cloud\u2026</div>';
    json('POST', base + '/retrieve').then(function (r) {
      if (!r.ok) { button.disabled = false; notice.innerHTML = errorBanner(r.body.message); return; }
      poll(r.body.id);
    });
  };
  // Like Visualforce, the button works only once the page's script is ready.
  button.disabled = false;
  setTimeout(load, 200);
})();
