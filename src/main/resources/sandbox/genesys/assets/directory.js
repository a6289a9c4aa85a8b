// The admin app's hash router. Loads who is logged in and which navigation the org uses, then
// renders the route; every route change re-renders the frame (fresh ember ids each time).
(function () {
  'use strict';
  var GX = window.GX, shell = GX.shell;
  var root = document.getElementById('@@gx-app@@');
  var ctx = null;

  var ROUTES = [
    [/^#\/admin\/routing\/queues\/?$/, function () { GX.queues.list(main(true)); }],
    [/^#\/admin\/routing\/queues\/([^/]+)(?:\/(general|routing|members))?\/?$/, function (m) { GX.queues.detail(main(true), m[1], m[2] || 'general'); }],
    [/^#\/admin\/messaging\/platforms\/?$/, function () { GX.platforms.list(main(true)); }],
    [/^#\/admin\/messaging\/platforms\/new\/?$/, function () { GX.platforms.choose(main(true)); }],
    [/^#\/admin\/messaging\/platforms\/new\/open\/?$/, function () { GX.platforms.form(main(true)); }],
    [/^#\/admin\/routing\/message-routing\/?$/, function () { GX.routing.list(main(true)); }],
    [/^#\/admin\/routing\/message-routing\/new\/?$/, function () { GX.routing.page(main(true), null); }],
    [/^#\/admin\/routing\/message-routing\/([^/]+)\/?$/, function (m) { GX.routing.page(main(true), decodeURIComponent(m[1])); }],
    [/^#\/admin\/unavailable\/(.+)$/, function (m) { shell.unavailable(root, ctx, decodeURIComponent(m[1])); }],
    [/^#\/admin\/?$/, function () { shell.adminHome(root, ctx); }]
  ];

  function main(withSideNav) { return shell.frame(root, ctx, withSideNav); }

  function route() {
    var hash = location.hash || '#/';
    for (var i = 0; i < ROUTES.length; i++) {
      var m = hash.match(ROUTES[i][0]);
      if (m) { ROUTES[i][1](m); window.scrollTo(0, 0); return; }
    }
    shell.splash(root, ctx);
  }

  // the org's front-end configuration (which navigation it shows) comes with the page, as in Ember apps
  function config() {
    var meta = document.querySelector('meta[name="web-directory/config/environment"]');
    try { return JSON.parse(decodeURIComponent(meta.getAttribute('content'))); } catch (e) { return {}; }
  }

  GX.api.get('/api/v2/users/me?expand=organization').then(function (me) {
    var who = { org: me.organization.name, navigation: config().navigation === 'new' ? 'new' : 'legacy',
      user: { id: me.id, name: me.name, email: me.email } };
    ctx = who;
    GX.ctx = who;
    GX.api.rememberOrg(who.org);
    document.title = 'Genesys Cloud';
    window.addEventListener('hashchange', route);
    route();
  });
})();
