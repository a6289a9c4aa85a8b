// The one Platform API client of the Genesys web apps (admin app and Architect). Like the real apps it
// calls the API with a bearer token from the implicit grant: /oauth/authorize sends the browser back with
// #access_token=…&state=<the route it was on>; the token is kept for this tab. 401 sends the person to the
// login page; 429/503 are retried after Retry-After (up to 6 times); other errors reject with the API's message.
(function () {
  'use strict';
  var GX = window.GX = window.GX || {};
  var ORG_KEY = 'gx.org', TOKEN_KEY = 'gx.token';
  var CLIENT_ID = 'gc-web-apps';

  function delay(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  function loginUrl() {
    var org = sessionStorage.getItem(ORG_KEY);
    return '/login/' + (org ? '#/authenticate-adv/org/' + encodeURIComponent(org) : '');
  }

  // Coming back from the implicit grant: keep the token, restore the route it was asked from.
  (function takeTokenFromHash() {
    var m = location.hash.match(/^#access_token=([^&]+)(.*)$/);
    if (!m) return;
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    var state = (m[2].match(/[&]state=([^&]*)/) || [])[1];
    history.replaceState(null, '', location.pathname + (state ? decodeURIComponent(state) : '#/'));
  })();

  function never() { return new Promise(function () {}); } // the page is going away

  function authorize() {
    location.assign('/oauth/authorize?response_type=token&client_id=' + CLIENT_ID + '&redirect_uri='
      + encodeURIComponent(location.pathname) + '&state=' + encodeURIComponent(location.hash || '#/'));
    return never();
  }

  function request(method, path, body, attempt) {
    attempt = attempt || 0;
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) return authorize();
    var init = { method: method, credentials: 'same-origin',
      headers: { Accept: 'application/json', Authorization: 'Bearer ' + token } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      if (res.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        location.assign(loginUrl());
        return never();
      }
      if ((res.status === 429 || res.status === 503) && attempt < 6) {
        var wait = (parseFloat(res.headers.get('Retry-After')) || 1) * 1000;
        return delay(wait).then(function () { return request(method, path, body, attempt + 1); });
      }
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = { message: text }; }
        if (!res.ok) {
          var error = new Error((data && data.message) || ('Request failed (' + res.status + ')'));
          error.status = res.status;
          error.body = data;
          throw error;
        }
        return data;
      });
    });
  }

  /** Every entity of a paged list (follows pageNumber up to pageCount). */
  function all(path) {
    var sep = path.indexOf('?') >= 0 ? '&' : '?';
    function page(n, acc) {
      return request('GET', path + sep + 'pageSize=100&pageNumber=' + n).then(function (body) {
        acc = acc.concat(body.entities || []);
        return n < (body.pageCount || 1) ? page(n + 1, acc) : acc;
      });
    }
    return page(1, []);
  }

  GX.api = {
    request: function (method, path, body) { return request(method, path, body); },
    get: function (path) { return request('GET', path); },
    post: function (path, body) { return request('POST', path, body === undefined ? {} : body); },
    put: function (path, body) { return request('PUT', path, body); },
    del: function (path) { return request('DELETE', path); },
    all: all,
    loginUrl: loginUrl,
    rememberOrg: function (org) { sessionStorage.setItem(ORG_KEY, org); },
    enc: encodeURIComponent
  };
})();
