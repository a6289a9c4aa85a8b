// The Setup tree with Quick Find (Aura-rendered: plain light DOM, no custom host). Quick Find filters the tree, expands what matches and
// highlights the matching text with <mark>, re-rendering the tree on every keystroke (stale elements).
(function () {
  'use strict';
  var TREE = [
    ['ADMINISTRATION', [
      ['Users', [['Permission Sets', 'PermSets'], ['Profiles', 'EnhancedProfiles'], ['Public Groups', 'PublicGroups'], ['Queues', 'Queues'], ['Roles', 'Roles'], ['Users', 'ManageUsers']]],
      ['Data', [['Data Export', 'DataManagementExport'], ['Data Import Wizard', 'DataManagementDataImporter'], ['Duplicate Management', 'DuplicateManagement'], ['Mass Delete Records', 'DataManagementDelete']]],
      ['Email', [['Deliverability', 'OrgEmailSettings'], ['Email Templates', 'CommunicationTemplatesEmail'], ['Organization-Wide Addresses', 'OrgWideEmailAddresses']]]]],
    ['PLATFORM TOOLS', [
      ['Apps', [['App Manager', 'NavigationMenus'], ['AppExchange Marketplace', 'AppExchangeMarketplace'],
        ['Connected Apps', [['Connected Apps OAuth Usage', 'ConnectedAppsUsage'], ['Manage Connected Apps', 'ConnectedApplication']]],
        ['Lightning Bolt', [['Lightning Bolt Solutions', 'LightningBolt']]], ['Mobile Apps', [['Salesforce', 'SalesforceMobileAppQuickStart']]],
        ['Packaging', [['Installed Packages', 'ImportedPackage'], ['Package Manager', 'Package'], ['Package Usage', 'PackageUsageSummary']]]]],
      ['Feature Settings', [['Service', [['Omni-Channel', [['Omni-Channel Settings', 'OmniChannelSettings'], ['Presence Configurations', 'PresenceUserConfigs'], ['Routing Configurations', 'ServiceChannelRoutingConfigs']]],
        ['Messaging', [['Messaging Settings', 'LiveMessageSetup']]]]]]],
      ['Objects and Fields', [['Object Manager', 'ObjectManager'], ['Picklist Value Sets', 'Picklists'], ['Schema Builder', 'SchemaBuilder']]],
      ['Custom Code', [['Apex Classes', 'ApexClasses'], ['Custom Metadata Types', 'CustomMetadata'], ['Custom Settings', 'CustomSettings'], ['Visualforce Pages', 'ApexPages']]],
      ['Environments', [['Jobs', [['Apex Jobs', 'AsyncApexJobs'], ['Scheduled Jobs', 'ScheduledJobs']]]]]]],
    ['SETTINGS', [
      ['Company Settings', [['Company Information', 'CompanyProfileInfo'], ['Fiscal Year', 'ForecastFiscalYear'], ['My Domain', 'OrgDomain']]],
      ['Identity', [['Identity Verification', 'IdentityVerification'], ['Login Flows', 'LoginFlow']]],
      ['Security', [['Named Credentials', 'NamedCredential'], ['Remote Site Settings', 'SecurityRemoteProxy'], ['Session Settings', 'SecuritySession']]]]]
  ];
  var CSS = '.@@stree@@{display:block;font:13px/1.5 -apple-system,"Segoe UI",Roboto,Arial,sans-serif}' +
    '.@@qf-wrap@@{padding:12px;border-bottom:1px solid #e5e5e5}' +
    '.@@stree@@ input{width:100%;box-sizing:border-box;height:32px;border:1px solid #c9c9c9;border-radius:4px;padding:0 10px 0 30px;font:inherit;' +
    'background:#fff url(\'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="14" height="14"><path fill="%23747474" d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>\') 9px center no-repeat}' +
    '.@@stree@@ input:focus{outline:none;border-color:#1b96ff;box-shadow:0 0 3px #0176d3}' +
    '.@@stree@@ h2{font-size:12px;letter-spacing:.06em;color:#444;margin:14px 16px 4px;font-weight:700}' +
    '.@@stree@@ ul{list-style:none;margin:0;padding:0}.@@stree@@ li li{padding-left:16px}' +
    '.@@row@@{display:flex;align-items:center;min-height:28px;padding:0 8px}' +
    '.@@row@@:hover{background:#f3f3f3}' +
    '.@@tog@@{border:0;background:none;width:20px;height:20px;cursor:pointer;color:#747474;font-size:10px;padding:0}' +
    '.@@tog@@:focus-visible{outline:none;box-shadow:0 0 3px #0176d3}' +
    '.@@stree@@ a{color:#181818;text-decoration:none;padding:4px 4px 4px 20px;display:block;flex:1}.@@stree@@ a:hover{color:#0176d3;text-decoration:underline}' +
    '.@@stree@@ a[aria-current=page]{background:#eef4ff;color:#0176d3;font-weight:600;box-shadow:inset 3px 0 #0176d3}' +
    '.@@lbl@@{flex:1;padding:4px 0;cursor:pointer}.@@stree@@ mark{background:#fde26e;color:inherit;padding:0}' +
    '.@@none@@{padding:16px;color:#444}';

  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function highlight(label, q) {
    if (!q) return esc(label);
    var i = label.toLowerCase().indexOf(q.toLowerCase());
    return i < 0 ? esc(label) : esc(label.slice(0, i)) + '<mark>' + esc(label.slice(i, i + q.length)) + '</mark>' + esc(label.slice(i + q.length));
  }
  function matches(node, q) {
    if (node[0].toLowerCase().indexOf(q.toLowerCase()) >= 0) return true;
    return Array.isArray(node[1]) && node[1].some(function (n) { return matches(n, q); });
  }

  function SetupTree(host, node) {
    this.host = host;
    this.node = node;
    this.open = { 'Apps': true, 'Packaging': node === 'ImportedPackage' };
    host.innerHTML = '<div class="@@qf-wrap@@"><input type="search" placeholder="Quick Find" autocomplete="off"></div>' +
      '<nav aria-label="Setup Tree"><lightning-spinner></lightning-spinner></nav>';
    var self = this, timer;
    var input = host.querySelector('input');
    input.id = sfxUid('input');
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { self.render(input.value.trim()); }, 120); });
    setTimeout(function () { self.render(''); }, 260);
  }
  SetupTree.prototype.render = function (q) {
      var nav = this.host.querySelector('nav'), self = this, current = this.node;
      var html = '', toggles = [];
      TREE.forEach(function (section) {
        var kids = section[1].filter(function (n) { return !q || matches(n, q); });
        if (!kids.length) return;
        html += '<h2>' + section[0] + '</h2><ul role="tree">' + kids.map(function (n) { return self.item(n, q, current, toggles); }).join('') + '</ul>';
      });
      nav.innerHTML = html || '<div class="@@none@@">Didn\u2019t find what you\u2019re looking for? Try using Global Search.</div>';
      // toggles were collected in document order
      nav.querySelectorAll('.@@tog@@').forEach(function (b, i) {
        var name = toggles[i];
        b.onclick = function () { self.open[name] = !self.open[name]; self.render(q); };
      });
  };
  SetupTree.prototype.item = function (node, q, current, toggles) {
      var self = this;
      if (!Array.isArray(node[1])) {
        return '<li role="treeitem" class="@@row@@"><a href="/lightning/setup/' + node[1] + '/home"' +
          (node[1] === current ? ' aria-current="page"' : '') + '>' + highlight(node[0], q) + '</a></li>';
      }
      var selfMatch = q && node[0].toLowerCase().indexOf(q.toLowerCase()) >= 0;
      var kids = node[1].filter(function (n) { return !q || selfMatch || matches(n, q); });
      var expanded = q ? true : !!this.open[node[0]];
      toggles.push(node[0]);
      return '<li role="treeitem" aria-expanded="' + expanded + '"><div class="@@row@@"><button type="button" class="@@tog@@"' +
        ' aria-label="' + (expanded ? 'Collapse ' : 'Expand ') + esc(node[0]) + '">' + (expanded ? '\u25BC' : '\u25B6') + '</button>' +
        '<span class="@@lbl@@">' + highlight(node[0], q) + '</span></div>' +
        (expanded ? '<ul role="group">' + kids.map(function (n) { return self.item(n, selfMatch ? '' : q, current, toggles); }).join('') + '</ul>' : '') + '</li>';
  };
  window.sfxSetupLabel = function (node) {
    var found = null;
    (function walk(list) { list.forEach(function (n) { if (Array.isArray(n[1])) walk(n[1]); else if (n[1] === node) found = n[0]; }); })(TREE);
    return found;
  };
  window.sfxSetupTree = function (host, node) { sfxStyle('setup-tree', CSS); return new SetupTree(host, node); };
})();
