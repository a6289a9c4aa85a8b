// Admin > Routing > Message Routing: inbound message flows mapped to inbound addresses (Open
// Messaging platforms' recipients). As in the real app, Add (and a flow's link in the list) opens the
// Message Routing page, a page of its own with the flow picker and the inbound address; More removes a route.
(function () {
  'use strict';
  var GX = window.GX, shell = GX.shell, api = GX.api, h = Gux.h;
  var RECIPIENTS = '/api/v2/routing/message/recipients';
  var BASE = shell.routes.messageRouting;
  var CRUMBS = [['Admin', '#/admin'], ['Routing', '#/admin']];

  function list(main) {
    var add = h('gux-button', { accent: 'primary', onclick: function () { location.hash = BASE + '/new'; } }, 'Add');
    var content = shell.titled(main, CRUMBS, 'Message Routing', [add]);
    var filter = Gux.textField({ label: 'Filter by flow name', placeholder: 'Filter by flow name', type: 'search', hideLabel: true });
    var results = h('div', {});
    var routes = [];
    content.appendChild(h('div', { class: '@@gx-card@@' }, h('div', { class: '@@gx-inline-panel@@' }, filter.el), results));
    var typing;
    filter.input.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { results.replaceChildren(render(routes)); }, 200);
    });
    reload();

    function reload() {
      shell.asyncList(results, function () {
        return api.all(RECIPIENTS + '?messengerType=open').then(function (recipients) {
          routes = recipients.filter(function (r) { return r.flow; });
          return routes;
        });
      }, render);
    }

    function render(all) {
      var wanted = filter.value.trim().toLowerCase();
      var shown = all.filter(function (r) { return !wanted || r.flow.name.toLowerCase().indexOf(wanted) >= 0; });
      var rows = shown.map(function (r) {
        return h('tr', {},
          h('th', { scope: 'row', role: 'rowheader' }, h('a', { href: BASE + '/' + encodeURIComponent(r.id) }, r.flow.name)),
          h('td', {}, r.name),
          h('td', { style: 'text-align:right;position:relative;width:60px' }, more(r)));
      });
      return h('div', {}, shell.table('Message routes', ['Inbound Message Flows', 'Inbound Address', ''], rows,
        wanted ? 'No routes match the filter.' : 'No message routes yet. Select Add to route an inbound address to a flow.'),
        h('div', { class: '@@gx-count@@' }, shown.length + (shown.length === 1 ? ' route' : ' routes')));
    }

    function more(recipient) {
      var button = h('gux-button', { accent: 'ghost', label: 'More' }, h('span', { 'aria-hidden': 'true' }, '⋮'));
      button.addEventListener('click', function () {
        var cell = button.parentNode;
        var open = cell.querySelector('[role=menu]');
        if (open) { open.remove(); return; }
        cell.appendChild(h('div', { class: '@@gx-menu-pop@@', role: 'menu', 'aria-label': 'Route actions' },
          h('button', { role: 'menuitem', type: 'button', onclick: function () { remove(recipient); } }, 'Remove Route')));
      });
      return button;
    }

    function remove(recipient) {
      api.get(RECIPIENTS + '/' + recipient.id).then(function (r) {
        r.flow = null;
        return api.put(RECIPIENTS + '/' + r.id, r);
      }).then(function () { Gux.toast('Message route removed'); reload(); },
        function (error) { Gux.toast(error.message, 'error'); });
    }
  }

  /** The Message Routing page: a new route (recipientId null) or the route of one inbound address. */
  function page(main, recipientId) {
    var content = shell.titled(main, CRUMBS.concat([['Message Routing', BASE]]), 'Message Routing');
    var flows = h('gux-dropdown', { label: 'Inbound Message Flow', placeholder: 'Select a flow' });
    flows.loader = function () {
      return api.all('/api/v2/flows?type=inboundshortmessage').then(function (all) {
        return all.map(function (f) { return { value: f.id, label: f.name }; });
      });
    };
    var addresses = h('gux-dropdown', { label: 'Inbound Address', placeholder: 'Select an address' });
    addresses.loader = function () {
      return api.all(RECIPIENTS + '?messengerType=open').then(function (all) {
        return all.map(function (r) { return { value: r.id, label: r.name }; });
      });
    };
    var error = h('div', {});
    var save = h('gux-button', { accent: 'primary' }, 'Save');
    var cancel = h('gux-button', { accent: 'secondary', onclick: function () { location.hash = BASE; } }, 'Cancel');
    content.appendChild(h('div', { class: '@@gx-card@@ @@gx-card-pad@@ @@gx-form@@' },
      h('h2', { class: '@@gx-section-title@@' }, 'Inbound Message Flow'),
      h('p', { class: '@@gx-muted@@' }, 'The flow that handles messages arriving at the address.'),
      h('div', { class: '@@gux-field@@' }, h('span', { class: '@@gux-label@@' }, 'Inbound Message Flow'), flows),
      h('h2', { class: '@@gx-section-title@@' }, 'Addresses'),
      h('p', { class: '@@gx-muted@@' }, 'Messages to this inbound address enter the flow.'),
      h('div', { class: '@@gux-field@@' }, h('span', { class: '@@gux-label@@' }, 'Inbound Address'), addresses),
      error,
      h('div', { class: '@@gx-form-actions@@' }, save, cancel)));
    if (recipientId) {
      api.get(RECIPIENTS + '/' + encodeURIComponent(recipientId)).then(function (r) {
        if (r.flow) flows.preselect({ value: r.flow.id, label: r.flow.name });
        addresses.preselect({ value: r.id, label: r.name });
      }, function (e) { showError(e.message); });
    }

    function showError(message) {
      error.replaceChildren(h('div', { class: '@@gux-error@@', role: 'alert' }, message));
    }

    save.addEventListener('click', function () {
      error.replaceChildren();
      if (!flows.value || !addresses.value) {
        showError('Select an inbound message flow and an inbound address.');
        return;
      }
      save.disabled = true;
      api.get(RECIPIENTS + '/' + addresses.value).then(function (r) {
        r.flow = { id: flows.value };
        return api.put(RECIPIENTS + '/' + r.id, r);
      }).then(function () {
        location.hash = BASE;
        Gux.toast('Message route saved');
      }, function (e) {
        save.disabled = false;
        showError(e.message);
      });
    });
  }

  GX.routing = { list: list, page: page };
})();
