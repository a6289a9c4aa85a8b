// Admin > Contact Center > Queues: the list with search and Create Queue, and a queue's page
// with the General, Routing and Members tabs (Add Member searches people as one types).
(function () {
  'use strict';
  var GX = window.GX, shell = GX.shell, api = GX.api, h = Gux.h;
  var BASE = '#/admin/routing/queues';
  var CRUMBS = [['Admin', '#/admin'], ['Contact Center', '#/admin']];

  function list(main) {
    var create = h('gux-button', { accent: 'primary', onclick: openCreate }, 'Create Queue');
    var content = shell.titled(main, CRUMBS, 'Queues', [create]);
    var search = Gux.textField({ label: 'Search queues', placeholder: 'Search queues', type: 'search', hideLabel: true });
    var results = h('div', {});
    content.appendChild(h('div', { class: '@@gx-card@@' },
      h('div', { class: '@@gx-inline-panel@@' }, search.el), results));
    var typing;
    search.input.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { load(results, search.value.trim()); }, 250);
    });
    load(results, '');

    function openCreate() {
      var name = Gux.textField({ label: 'Name', required: true });
      var description = Gux.textField({ label: 'Description', multiline: true });
      var save = h('gux-button', { accent: 'primary', slot: 'footer' }, 'Save');
      var modal = h('gux-modal', {},
        h('h2', { slot: 'title' }, 'Create Queue'),
        name.el, description.el,
        h('gux-button', { accent: 'secondary', slot: 'footer', onclick: function () { modal.dismiss(); } }, 'Cancel'),
        save);
      save.addEventListener('click', function () {
        name.setError(null);
        if (!name.value.trim()) { name.setError('Name is required.'); return; }
        modal.busy = true;
        api.post('/api/v2/routing/queues', { name: name.value.trim(), description: description.value }).then(function () {
          modal.close();
          Gux.toast('Queue created');
          load(results, search.value.trim());
        }, function (error) {
          modal.busy = false;
          name.setError(error.message);
        });
      });
      document.body.appendChild(modal);
      modal.show();
    }
  }

  function load(results, filter) {
    var query = filter ? '?name=' + api.enc('*' + filter + '*') : '';
    return shell.asyncList(results, function () { return api.all('/api/v2/routing/queues' + query); }, function (queues) {
      var rows = queues.map(function (q) {
        return h('tr', {},
          h('th', { scope: 'row', role: 'rowheader' }, h('a', { href: BASE + '/' + q.id + '/general' }, q.name)),
          h('td', {}, q.division ? q.division.name : 'Home'),
          h('td', {}, String(q.memberCount != null ? q.memberCount : 0)),
          h('td', {}, shell.date(q.dateModified)));
      });
      return h('div', {}, shell.table('Queues', ['Name', 'Division', 'Members', 'Date Modified'], rows, 'No queues match.'),
        h('div', { class: '@@gx-count@@' }, queues.length + (queues.length === 1 ? ' queue' : ' queues')));
    });
  }

  function detail(main, id, tab) {
    var tabName = { general: 'General', routing: 'Routing', members: 'Members' }[tab];
    var content = shell.titled(main, CRUMBS.concat([['Queues', BASE]]), '…');
    var body = h('div', { class: '@@gx-card@@ @@gx-card-pad@@' }, h('gux-radial-loading', {}));
    var tabs = h('gux-tabs', { label: 'Queue', tabs: 'General|Routing|Members', selected: tabName });
    tabs.addEventListener('gux-tab-change', function (e) {
      location.hash = BASE + '/' + id + '/' + e.detail.tab.toLowerCase();
    });
    content.append(tabs, h('div', { style: 'height:16px' }), body);
    api.get('/api/v2/routing/queues/' + id).then(function (queue) {
      main.querySelector('h1').textContent = queue.name;
      if (tab === 'members') members(body, queue);
      else if (tab === 'routing') routing(body);
      else general(body, queue);
    }, function (error) {
      body.replaceChildren(h('div', { role: 'alert' }, error.message));
    });
  }

  function general(body, q) {
    body.replaceChildren(h('h2', { class: '@@gx-section-title@@' }, 'General'),
      h('dl', { class: '@@gx-dl@@' },
        h('dt', {}, 'Name'), h('dd', {}, q.name),
        h('dt', {}, 'Description'), h('dd', {}, q.description || '—'),
        h('dt', {}, 'Division'), h('dd', {}, q.division ? q.division.name : 'Home'),
        h('dt', {}, 'Members'), h('dd', {}, String(q.memberCount || 0)),
        h('dt', {}, 'Date Created'), h('dd', {}, shell.date(q.dateCreated))));
  }

  function routing(body) {
    body.replaceChildren(h('h2', { class: '@@gx-section-title@@' }, 'Routing'),
      h('dl', { class: '@@gx-dl@@' },
        h('dt', {}, 'Evaluation Method'), h('dd', {}, 'All Skills Matching'),
        h('dt', {}, 'Alerting Timeout'), h('dd', {}, '8 seconds'),
        h('dt', {}, 'Service Level'), h('dd', {}, '80% in 20 seconds')));
  }

  function members(body, queue) {
    var path = '/api/v2/routing/queues/' + queue.id + '/members';
    var panel = h('div', {});
    var listBox = h('div', {});
    var add = h('gux-button', { accent: 'primary', onclick: openPanel }, 'Add Member');
    body.replaceChildren(
      h('div', { class: '@@gx-detail-head@@' }, h('h2', { class: '@@gx-section-title@@', style: 'flex:1;margin:0' }, 'Members'), add),
      panel, listBox);
    reload();

    function reload() {
      // the members listing carries user references: their e-mails come from the users API
      shell.asyncList(listBox, function () {
        return api.all(path).then(function (entities) {
          if (!entities.length) return { entities: entities, emails: {} };
          var ids = entities.map(function (m) { return 'id=' + api.enc(m.id); }).join('&');
          return api.get('/api/v2/users?pageSize=100&' + ids).then(function (page) {
            var emails = {};
            (page.entities || []).forEach(function (u) { emails[u.id] = u.email; });
            return { entities: entities, emails: emails };
          });
        });
      }, function (data) {
        var entities = data.entities;
        var rows = entities.map(function (m) {
          var user = m.user || {};
          return h('tr', {},
            h('th', { scope: 'row', role: 'rowheader' }, user.name || m.name),
            h('td', {}, data.emails[m.id] || ''),
            h('td', {}, m.joined ? 'Joined' : 'Not joined'));
        });
        return h('div', {}, shell.table('Members', ['Name', 'Email', 'Status'], rows, 'This queue has no members yet.'),
          h('div', { class: '@@gx-count@@' }, entities.length + (entities.length === 1 ? ' member' : ' members')));
      });
    }

    function openPanel() {
      var chosen = null;
      var picker = h('gux-dropdown', { filterable: true, label: 'Search by name', placeholder: 'Search by name' });
      picker.loader = function (text) {
        // GET /api/v2/users has no name filter: people are found through the users search
        var request = text.trim()
          ? api.post('/api/v2/users/search', { pageSize: 25, query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: text.trim() }] })
            .then(function (found) { return found.results || []; })
          : api.get('/api/v2/users?pageSize=25').then(function (page) { return page.entities || []; });
        return request.then(function (users) {
          return users.map(function (u) { return { value: u.id, label: u.name }; });
        });
      };
      var confirm = h('gux-button', { accent: 'primary', disabled: true }, 'Add');
      picker.addEventListener('change', function (e) { chosen = e.detail.value; confirm.disabled = false; });
      confirm.addEventListener('click', function () {
        if (!chosen) return;
        confirm.disabled = true;
        api.post(path + '?delete=false', [{ id: chosen }]).then(function () {
          panel.replaceChildren();
          Gux.toast('Member added');
          reload();
        }, function (error) { confirm.disabled = false; Gux.toast(error.message, 'error'); });
      });
      panel.replaceChildren(h('div', { class: '@@gx-inline-panel@@', role: 'group', 'aria-label': 'Add Member' },
        h('div', { class: '@@gux-field@@', style: 'margin:0' }, h('span', { class: '@@gux-label@@' }, 'Person'), picker),
        confirm,
        h('gux-button', { accent: 'tertiary', onclick: function () { panel.replaceChildren(); } }, 'Cancel')));
    }
  }

  GX.queues = { list: list, detail: detail };
})();
