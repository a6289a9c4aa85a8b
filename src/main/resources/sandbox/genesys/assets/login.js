// The login page: the org comes from the hash (#/authenticate-adv/org/<org>); a browser that
// still has a session goes straight on to the apps, as the real login does.
(function () {
  'use strict';
  var h = Gux.h;
  var form = document.getElementById('@@gx-login-form@@');
  var banner = document.getElementById('@@gx-login-banner@@');
  var submit = document.getElementById('@@gx-login-submit@@');
  var orgInput = document.getElementById('@@gx-org@@');
  var emailInput = document.getElementById('@@gx-email@@');
  var passwordInput = document.getElementById('@@gx-password@@');
  var match = location.hash.match(/authenticate-adv\/org\/([^/?]+)/);
  var org = match ? decodeURIComponent(match[1]) : '';

  if (org) {
    document.getElementById('@@gx-login-org@@').textContent = 'Organization: ' + org;
  } else {
    document.getElementById('@@gx-org-field@@').hidden = false;
    document.getElementById('@@gx-login-org@@').textContent = 'Enter your organization and credentials.';
  }

  // A tab that still holds a valid token of this org, in a browser whose session opens the apps, goes
  // straight on (both are checked: a browser that lost its cookie would otherwise bounce back here).
  var token = sessionStorage.getItem('gx.token');
  if (token) {
    Promise.all([
      fetch('/api/v2/users/me?expand=organization', { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' } })
        .then(function (res) { return res.ok ? res.json() : null; }),
      fetch('/directory/', { credentials: 'same-origin', redirect: 'manual' })
        .then(function (res) { return res.ok && res.type !== 'opaqueredirect'; })
    ]).then(function (both) {
      var me = both[0];
      if (me && both[1] && (!org || me.organization.name === org)) location.replace('/directory/#/');
    }, function () {});
  }

  function showError(message) {
    banner.replaceChildren(message ? h('div', { class: '@@gx-login-banner@@', role: 'alert' }, message) : '');
  }

  form.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); form.requestSubmit(); }
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    showError(null);
    var body = { org: org || orgInput.value.trim(), email: emailInput.value.trim(), password: passwordInput.value };
    if (!body.email || !body.password) { showError('Enter your email address and password.'); return; }
    submit.disabled = true;
    fetch('/login/authenticate', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (!res.ok) throw new Error(data.message || 'Log in failed.');
          sessionStorage.setItem('gx.org', body.org);
          location.assign(data.redirect || '/directory/#/');
        });
      })
      .catch(function (error) {
        submit.disabled = false;
        showError(error.message);
      });
  });
})();
