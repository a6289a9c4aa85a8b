// Admin > Routing > Message Routing: inbound message flows mapped to inbound addresses (Open
// Messaging platforms' recipients). Add maps a flow to an address; More removes a route.
(function () {
  'use strict';
  var GX = window.GX, shell = GX.shell, api = GX.api, h = Gux.h;
  var RECIPIENTS = '/api/v2/routing/message/recipients';
  var CRUMBS = [['Admin', '#/admin'], ['Routing', '#/admin']];

  function list(main) {
    var add = h('gux-button', { accent: 'primary', onclick: openAdd }, 'Add');
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
          h('th', { scope: 'row', role: 'rowheader' }, r.flow.name),
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

    function openAdd() {
      var flows = h('gux-dropdown', { label: 'Inbound Message Flow', placeholder: 'Select a flow' });
      flows.loader = function () {
        return api.all('/api/v2/flows?type=inboundshortmessage').then(function (list) {
          return list.map(function (f) { return { value: f.id, label: f.name }; });
        });
      };
      var addresses = h('gux-dropdown', { label: 'Inbound Address', placeholder: 'Select an address' });
      addresses.loader = function () {
        return api.all(RECIPIENTS + '?messengerType=open').then(function (list) {
          return list.map(function (r) { return { value: r.id, label: r.name }; });
        });
      };
      var error = h('div', {});
      var save = h('gux-button', { accent: 'primary', slot: 'footer' }, 'Save');
      var modal = h('gux-modal', {},
        h('h2', { slot: 'title' }, 'Add Message Route'),
        h('div', { class: '@@gux-field@@' }, h('span', { class: '@@gux-label@@' }, 'Inbound Message Flow'), flows),
        h('div', { class: '@@gux-field@@' }, h('span', { class: '@@gux-label@@' }, 'Inbound Address'), addresses),
        error,
        h('gux-button', { accent: 'secondary', slot: 'footer', onclick: function () { modal.dismiss(); } }, 'Cancel'),
        save);
      save.addEventListener('click', function () {
        if (!flows.value || !addresses.value) {
          error.replaceChildren(h('div', { class: '@@gux-error@@', role: 'alert' }, 'Select an inbound message flow and an inbound address.'));
          return;
        }
        modal.busy = true;
        api.get(RECIPIENTS + '/' + addresses.value).then(function (r) {
          r.flow = { id: flows.value };
          return api.put(RECIPIENTS + '/' + r.id, r);
        }).then(function () {
          modal.close();
          Gux.toast('Message route saved');
          reload();
        }, function (e) {
          modal.busy = false;
          error.replaceChildren(h('div', { class: '@@gux-error@@', role: 'alert' }, e.message));
        });
      });
      document.body.appendChild(modal);
      modal.show();
    }
  }

  GX.routing = { list: list };
})();
