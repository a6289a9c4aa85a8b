// Admin > Message > Platforms: the list of Open Messaging platforms (creation is asynchronous:
// "Initiated…" turns "Active"), the platform chooser tiles, and the Open Messaging form with its
// inline field errors.
(function () {
  'use strict';
  var GX = window.GX, shell = GX.shell, api = GX.api, h = Gux.h;
  var BASE = '#/admin/messaging/platforms';
  var PATH = '/api/v2/conversations/messaging/integrations/open';
  var CRUMBS = [['Admin', '#/admin'], ['Message', '#/admin']];
  var URL_RULE = 'The outbound notification webhook URL must use https and must not use a custom port.';
  var TOKEN_RULE = 'The outbound notification webhook signature secret token must be longer than 15 characters.';

  function status(p) {
    if (p.createStatus === 'Error') return h('span', { class: '@@gx-pill@@ @@gx-pill-bad@@', role: 'status' }, 'Error');
    if (p.createStatus === 'Completed') return h('span', { class: '@@gx-pill@@ @@gx-pill-ok@@', role: 'status' }, p.status || 'Active');
    return h('span', { class: '@@gx-pill@@ @@gx-pill-wait@@', role: 'status' }, h('gux-radial-loading', { small: true }), 'Initiated…');
  }

  function list(main) {
    var add = h('gux-button', { accent: 'primary', onclick: function () { location.hash = BASE + '/new'; } }, 'Add Platform');
    var content = shell.titled(main, CRUMBS, 'Platforms', [add]);
    var results = h('div', {});
    content.appendChild(h('div', { class: '@@gx-card@@' }, results));
    refresh(true);

    function refresh(first) {
      var load = function () { return api.all(PATH); };
      var render = function (platforms) {
        var rows = platforms.map(function (p) {
          return h('tr', {},
            h('th', { scope: 'row', role: 'rowheader' }, p.name),
            h('td', {}, 'Open Messaging'),
            h('td', {}, status(p)),
            h('td', { class: '@@gx-muted@@' }, p.outboundNotificationWebhookUrl || ''),
            h('td', {}, shell.date(p.dateCreated)));
        });
        var pending = platforms.some(function (p) { return p.createStatus === 'Initiated'; });
        if (pending) {
          clearTimeout(results._poll);
          results._poll = setTimeout(function () { if (results.isConnected) refresh(false); }, 800);
        }
        return h('div', {}, shell.table('Platforms', ['Name', 'Type', 'Status', 'Outbound Notification Webhook URL', 'Date Created'],
          rows, 'No platforms yet. Select Add Platform to connect a messaging channel.'),
          h('div', { class: '@@gx-count@@' }, platforms.length + (platforms.length === 1 ? ' platform' : ' platforms')));
      };
      if (first) { shell.asyncList(results, load, render); return; }
      load().then(function (platforms) { if (results.isConnected) results.replaceChildren(render(platforms)); });
    }
  }

  var TILES = [
    ['Apple Messages for Business', 'A', '#1c1c1e', 'Connect Apple Messages for Business.'],
    ['Facebook', 'f', '#1877f2', 'Message customers through Facebook Messenger.'],
    ['Instagram', 'I', '#c13584', 'Answer Instagram direct messages.'],
    ['LINE', 'L', '#06c755', 'Connect a LINE official account.'],
    ['Open Messaging', '{ }', '#ff4f1f', 'Connect any messaging channel through a webhook and the Open Messaging API.'],
    ['WhatsApp', 'W', '#25d366', 'Reach customers on WhatsApp.']
  ];

  function choose(main) {
    var content = shell.titled(main, CRUMBS.concat([['Platforms', BASE]]), 'Add Platform');
    content.appendChild(h('div', { class: '@@gx-ptiles@@' }, TILES.map(function (t) {
      var add = h('gux-button', { accent: 'secondary', onclick: function () {
        if (t[0] === 'Open Messaging') location.hash = BASE + '/new/open';
        else Gux.toast(t[0] + ' is not available in the sandbox.', 'error');
      } }, 'Add');
      return h('section', { class: '@@gx-card@@ @@gx-ptile@@', role: 'group', 'aria-label': t[0] },
        h('div', { class: '@@gx-ptile-logo@@', style: 'background:' + t[2], 'aria-hidden': 'true' }, t[1]),
        h('h3', {}, t[0]), h('p', {}, t[3]), h('div', {}, add));
    })));
  }

  function secureDefaultPort(text) {
    try {
      var u = new URL(text);
      return u.protocol === 'https:' && u.port === ''; // the URL parser drops the default port 443
    } catch (e) {
      return false;
    }
  }

  function form(main) {
    var content = shell.titled(main, CRUMBS.concat([['Platforms', BASE]]), 'Open Messaging');
    var name = Gux.textField({ label: 'Name', required: true });
    var url = Gux.textField({ label: 'Outbound Notification Webhook URL', required: true, placeholder: 'https://',
      hint: 'Genesys Cloud posts outbound messages here. Use https; do not use a custom port.' });
    var token = Gux.textField({ label: 'Outbound Notification Webhook Signature Secret Token', required: true, type: 'password',
      autocomplete: 'new-password', hint: 'Signs each webhook request. Must be longer than 15 characters.' });
    var save = h('gux-button', { accent: 'primary' }, 'Save');
    var cancel = h('gux-button', { accent: 'secondary', onclick: function () { location.hash = BASE; } }, 'Cancel');
    content.appendChild(h('div', { class: '@@gx-card@@ @@gx-card-pad@@ @@gx-form@@' },
      h('h2', { class: '@@gx-section-title@@' }, 'Platform details'),
      name.el, url.el, token.el, h('div', { class: '@@gx-form-actions@@' }, save, cancel)));
    name.input.focus();

    save.addEventListener('click', function () {
      var errors = validate();
      [name, url, token].forEach(function (f) { f.setError(errors.get(f)); });
      if (errors.size) return;
      save.disabled = true;
      api.post(PATH, { name: name.value.trim(), outboundNotificationWebhookUrl: url.value.trim(),
        outboundNotificationWebhookSignatureSecretToken: token.value }).then(function () {
        location.hash = BASE;
        Gux.toast('Platform saved');
      }, function (error) {
        save.disabled = false;
        var message = error.message;
        var field = /webhook url/i.test(message) ? url : /token/i.test(message) ? token : /name/i.test(message) ? name : null;
        if (field) field.setError(message); else Gux.toast(message, 'error');
      });
    });

    function validate() {
      var errors = new Map();
      if (!name.value.trim()) errors.set(name, 'Name is required.');
      if (!url.value.trim()) errors.set(url, 'Outbound Notification Webhook URL is required.');
      else if (!secureDefaultPort(url.value.trim())) errors.set(url, URL_RULE);
      if (token.value.length <= 15) errors.set(token, TOKEN_RULE);
      return errors;
    }
  }

  GX.platforms = { list: list, choose: choose, form: form };
})();
