// The admin app's frame: header with either navigation (legacy "Admin" menu or the new "Menu"),
// the apps splash, the Admin home, page title bars, and the asynchronous list rendering that
// re-renders shortly after the first paint (as the real Ember app does).
(function () {
  'use strict';
  var GX = window.GX, h = Gux.h;
  var ARCHITECT_URL = '/architect/#/inboundshortmessage/flows';

  var ROUTES = {
    queues: '#/admin/routing/queues',
    platforms: '#/admin/messaging/platforms',
    messageRouting: '#/admin/routing/message-routing'
  };

  function soon(path) { return '#/admin/unavailable/' + encodeURIComponent(path); }

  // The legacy Admin menu: groups of links on the Admin home and in the side navigation.
  var LEGACY_GROUPS = [
    ['People & Permissions', [['People', soon('People')], ['Roles / Permissions', soon('Roles / Permissions')], ['Divisions', soon('Divisions')]]],
    ['Contact Center', [['Queues', ROUTES.queues], ['Skills', soon('Skills')], ['Wrap-up Codes', soon('Wrap-up Codes')]]],
    ['Message', [['Platforms', ROUTES.platforms], ['Messenger Deployments', soon('Messenger Deployments')], ['SMS Number Inventory', soon('SMS Number Inventory')]]],
    ['Routing', [['Message Routing', ROUTES.messageRouting], ['Call Routing', soon('Call Routing')], ['Email', soon('Email')]]],
    ['Architect', [['Architect', 'architect'], ['Emergency Groups', soon('Emergency Groups')]]],
    ['Integrations', [['Integrations', soon('Integrations')], ['OAuth', soon('OAuth')]]]
  ];

  // The new Menu: nested groups (buttons that expand) and leaves (links). Message Routing's path is
  // documented (Orchestration > Routing); Platforms' is not (one secondary source: Digital and Telephony >
  // Message > Platform Integrations), which is why page objects find it through the menu's search.
  var NEW_MENU = [
    ['Orchestration', [['Routing', [['Message Routing', ROUTES.messageRouting], ['Queues', ROUTES.queues], ['Call Routing', soon('Call Routing')]]],
      ['Architect', 'architect'], ['Skills', soon('Skills')]]],
    ['Digital and Telephony', [['Message', [['Platform Integrations', ROUTES.platforms], ['Messenger Deployments', soon('Messenger Deployments')],
      ['SMS Number Inventory', soon('SMS Number Inventory')]]], ['Telephony', [['Trunks', soon('Trunks')], ['Sites', soon('Sites')]]]]],
    ['IT and Integrations', [['Integrations', soon('Integrations')], ['OAuth', soon('OAuth')]]],
    ['User Management', [['People', soon('People')], ['Roles / Permissions', soon('Roles / Permissions')]]],
    ['Performance', [['Workspace', soon('Workspace')], ['Queue Activity', soon('Queue Activity')]]]
  ];

  /** Every leaf of the new Menu with the path to it, for the menu's search. */
  function menuLeaves(items, path) {
    return items.reduce(function (acc, item) {
      return acc.concat(Array.isArray(item[1]) ? menuLeaves(item[1], path.concat([item[0]]))
        : [{ name: item[0], target: item[1], path: path.join(' > ') }]);
    }, []);
  }

  function matches(name, query) {
    var q = query.trim().toLowerCase();
    return !q || name.toLowerCase().indexOf(q) >= 0;
  }

  function openArchitect(e) {
    if (e) e.preventDefault();
    window.open(ARCHITECT_URL, '_blank');
  }

  function navLink(name, target, cls, onNavigate) {
    if (target === 'architect') {
      return h('a', { class: cls, href: ARCHITECT_URL, onclick: function (e) { openArchitect(e); if (onNavigate) onNavigate(); } }, name);
    }
    return h('a', { class: cls + (location.hash === target ? ' @@gx-sidelink-active@@' : ''), href: target,
      onclick: onNavigate || null }, name);
  }

  function header(ctx) {
    var legacy = ctx.navigation !== 'new';
    var hash = location.hash;
    var initials = (ctx.user.name || '?').split(' ').map(function (w) { return w[0]; }).join('').slice(0, 2);
    var left = legacy
      ? h('nav', { class: '@@gx-topnav@@', 'aria-label': 'Main' },
          h('a', { class: '@@gx-toplink@@' + (hash === '#/' || hash === '' ? ' @@gx-toplink-active@@' : ''), href: '#/' }, 'Home'),
          h('a', { class: '@@gx-toplink@@', href: soon('Performance') }, 'Performance'),
          h('a', { class: '@@gx-toplink@@' + (hash.indexOf('#/admin') === 0 ? ' @@gx-toplink-active@@' : ''), href: '#/admin' }, 'Admin'))
      : h('nav', { class: '@@gx-topnav@@', 'aria-label': 'Main' },
          h('button', { class: '@@gx-toplink@@', type: 'button', 'aria-expanded': 'false', 'aria-haspopup': 'true',
            onclick: function (e) { toggleMenu(e.currentTarget); } }, h('span', { 'aria-hidden': 'true' }, '☰\u00a0\u00a0'), 'Menu'),
          h('a', { class: '@@gx-toplink@@' + (hash === '#/' || hash === '' ? ' @@gx-toplink-active@@' : ''), href: '#/' }, 'Home'));
    return h('header', { class: '@@gx-header@@' },
      h('a', { class: '@@gx-logo@@', href: '#/', 'aria-label': 'Genesys Cloud home' },
        h('span', { class: '@@gx-logo-mark@@' }), 'Genesys Cloud'),
      left,
      h('div', { class: '@@gx-spacer@@' }),
      h('input', { class: '@@gx-search@@', type: 'search', placeholder: 'Search', 'aria-label': 'Search Genesys Cloud' }),
      h('span', { class: '@@gx-avatar@@', role: 'img', 'aria-label': 'Profile: ' + ctx.user.name, title: ctx.user.name }, initials),
      h('span', { class: '@@gx-status-dot@@', 'aria-hidden': 'true' }));
  }

  function toggleMenu(button) {
    var open = document.querySelector('.@@gx-menu-panel@@');
    if (open) { closeMenu(); return; }
    button.setAttribute('aria-expanded', 'true');
    var search = Gux.textField({ label: 'Search menu', placeholder: 'Search', type: 'search', hideLabel: true });
    var tree = h('div', {}, menuItems(NEW_MENU));
    var results = h('div', { hidden: true });
    var typing;
    search.input.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { showResults(search.value, tree, results); }, 150);
    });
    var panel = h('nav', { class: '@@gx-menu-panel@@', 'aria-label': 'Menu' },
      h('div', { class: '@@gx-menu-search@@' }, search.el), tree, results);
    document.body.appendChild(panel);
  }

  // Search results replace the tree: a link per matching page, with the path to it under its name.
  function showResults(query, tree, results) {
    var searching = query.trim().length > 0;
    tree.hidden = searching;
    results.hidden = !searching;
    if (!searching) { results.replaceChildren(); return; }
    var found = menuLeaves(NEW_MENU, []).filter(function (l) { return matches(l.name, query) || matches(l.path, query); });
    results.replaceChildren(found.length
      ? h('ul', { class: '@@gx-menu-results@@', 'aria-label': 'Search results' }, found.map(function (l) {
          return h('li', {}, navLink(l.name, l.target, '@@gx-menu-link@@', closeMenu),
            h('span', { class: '@@gx-menu-path@@' }, l.path));
        }))
      : h('p', { class: '@@gx-menu-none@@', role: 'status' }, 'No results for "' + query.trim() + '"'));
  }

  function closeMenu() {
    var panel = document.querySelector('.@@gx-menu-panel@@');
    if (panel) panel.remove();
    document.querySelectorAll('[aria-haspopup=true][aria-expanded=true]').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
  }

  function menuItems(items) {
    return items.map(function (item) {
      var name = item[0], target = item[1];
      if (!Array.isArray(target)) return navLink(name, target, '@@gx-menu-link@@', closeMenu);
      var sub = h('div', { class: '@@gx-menu-sub@@', hidden: true });
      var button = h('button', { class: '@@gx-menu-group@@', type: 'button', 'aria-expanded': 'false',
        onclick: function () {
          var expand = sub.hidden;
          sub.hidden = !expand;
          button.setAttribute('aria-expanded', String(expand));
          if (expand && !sub.firstChild) sub.replaceChildren.apply(sub, menuItems(target));
        } }, name);
      return h('div', {}, button, sub);
    });
  }

  function sideNav() {
    return h('nav', { class: '@@gx-sidenav@@', 'aria-label': 'Admin' }, LEGACY_GROUPS.map(function (g) {
      return [h('h2', { class: '@@gx-sidenav-title@@' }, g[0]), g[1].map(function (l) { return navLink(l[0], l[1], '@@gx-sidelink@@'); })];
    }));
  }

  /** Lays out the frame for a route and returns the main element to fill. */
  function frame(root, ctx, withSideNav) {
    closeMenu();
    var main = h('main', { class: '@@gx-main@@' });
    var body = h('div', { class: '@@gx-shell@@' }, withSideNav && ctx.navigation !== 'new' ? sideNav() : null, main);
    root.replaceChildren(header(ctx), body);
    return main;
  }

  /** Breadcrumbs, the page heading and its action buttons; returns the content container. */
  function titled(main, crumbs, title, actions) {
    var content = h('div', {});
    main.replaceChildren(
      h('nav', { class: '@@gx-crumbs@@', 'aria-label': 'Breadcrumb' }, crumbs.map(function (c, i) {
        return [i ? ' / ' : '', c[1] ? h('a', { href: c[1] }, c[0]) : h('span', {}, c[0])];
      })),
      h('div', { class: '@@gx-titlebar@@' }, h('h1', {}, title), actions || []),
      content);
    return content;
  }

  /**
   * Loads data behind a spinner, renders it, then re-renders once more a moment later with fresh
   * elements (new nodes, new ember ids): references kept from the first paint go stale.
   */
  function asyncList(container, load, render) {
    var ticket = {};
    container._ticket = ticket;
    container.replaceChildren(h('gux-radial-loading', {}));
    return load().then(function (data) {
      return new Promise(function (resolve) { setTimeout(resolve, 150 + Math.random() * 250); }).then(function () {
        if (container._ticket !== ticket) return;
        container.replaceChildren(render(data));
        setTimeout(function () {
          if (container._ticket === ticket && container.isConnected) container.replaceChildren(render(data));
        }, 450 + Math.random() * 300);
      });
    }, function (error) {
      if (container._ticket === ticket) {
        container.replaceChildren(h('div', { class: '@@gx-empty@@', role: 'alert' }, 'Could not load: ' + error.message));
      }
    });
  }

  function table(label, columns, rows, emptyText) {
    if (!rows.length) return h('div', { class: '@@gx-empty@@' }, emptyText);
    return h('table', { class: '@@gx-table@@', 'aria-label': label },
      h('thead', {}, h('tr', {}, columns.map(function (c) { return h('th', { scope: 'col' }, c); }))),
      h('tbody', {}, rows));
  }

  function date(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  }

  function splash(root, ctx) {
    root.replaceChildren(header(ctx));
    closeMenu();
    var tiles = [
      ['My Account', 'MA', '#5d7bb0', 'Your profile, settings and status.', soon('My Account')],
      ['Collaborate', 'Co', '#1f8a88', 'Chat, video and people directory.', soon('Collaborate')],
      ['Architect', '⎔', '#7a4fc4', 'Design call and message flows.', 'architect'],
      ['Admin', '⚙', '#ff4f1f', 'Configure your organization.', '#/admin']
    ];
    root.appendChild(h('div', { class: '@@gx-splash@@' },
      h('h1', {}, 'Welcome, ' + ctx.user.name),
      h('p', { class: '@@gx-splash-sub@@' }, 'Organization ' + ctx.org + ' · choose where to start'),
      h('div', { class: '@@gx-tiles@@' }, tiles.map(function (t) {
        var target = t[4];
        return h('a', { class: '@@gx-tile@@', role: 'link', 'aria-label': t[0], href: target === 'architect' ? ARCHITECT_URL : target,
          onclick: target === 'architect' ? openArchitect : null },
          h('span', { class: '@@gx-tile-icon@@', style: 'background:' + t[2], 'aria-hidden': 'true' }, t[1]),
          h('span', { class: '@@gx-tile-title@@' }, t[0]),
          h('span', { class: '@@gx-tile-text@@' }, t[3]));
      }))));
  }

  function adminHome(root, ctx) {
    var main = frame(root, ctx, false);
    if (ctx.navigation === 'new') {
      var c = titled(main, [['Home', '#/']], 'Admin');
      c.appendChild(h('div', { class: '@@gx-card@@ @@gx-card-pad@@' },
        h('h2', { class: '@@gx-section-title@@' }, 'Admin pages have moved'),
        h('p', { class: '@@gx-muted@@' }, 'Open the Menu at the top left to find Orchestration, Digital and Telephony, IT and Integrations and more, or search it.')));
      return;
    }
    var content = titled(main, [['Home', '#/']], 'Admin');
    var search = Gux.textField({ label: 'Search Admin', placeholder: 'Search', type: 'search', hideLabel: true });
    var none = h('div', { class: '@@gx-card@@ @@gx-empty@@', role: 'status', hidden: true });
    var groups = LEGACY_GROUPS.map(function (g) {
      var items = g[1].map(function (l) { return { name: l[0], el: h('li', {}, navLink(l[0], l[1], '')) }; });
      var section = h('section', { class: '@@gx-card@@ @@gx-group@@', 'aria-label': g[0] },
        h('h2', {}, g[0]), h('ul', {}, items.map(function (i) { return i.el; })));
      return { name: g[0], items: items, el: section };
    });
    // Search filters the groups in place: only matching links (or whole matching groups) stay.
    var typing;
    search.input.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () {
        var shown = 0;
        groups.forEach(function (g) {
          var groupHit = search.value.trim() && matches(g.name, search.value);
          var visible = 0;
          g.items.forEach(function (i) {
            i.el.hidden = !(groupHit || matches(i.name, search.value));
            if (!i.el.hidden) visible++;
          });
          g.el.hidden = visible === 0;
          shown += visible;
        });
        none.hidden = shown > 0;
        none.textContent = shown ? '' : 'No admin pages match "' + search.value.trim() + '"';
      }, 150);
    });
    content.appendChild(h('div', { class: '@@gx-admin-search@@' }, search.el));
    content.appendChild(h('div', { class: '@@gx-grid@@' }, groups.map(function (g) { return g.el; })));
    content.appendChild(none);
  }

  function unavailable(root, ctx, name) {
    var main = frame(root, ctx, true);
    var c = titled(main, [['Admin', '#/admin']], name);
    c.appendChild(h('div', { class: '@@gx-card@@ @@gx-empty@@' }, 'This page is not part of the sandbox.'));
  }

  GX.shell = { frame: frame, titled: titled, asyncList: asyncList, table: table, date: date, splash: splash,
    adminHome: adminHome, unavailable: unavailable, routes: ROUTES };
})();
