// Architect twin: the flows list, the Create Flow dialog and the flow editor (toolbox, workspace,
// properties, validation, publish). Plain JS, hash routes, Ember-like ids regenerated per render.
(function () {
  'use strict';

  var TYPES = [
    ['inboundcall', 'Inbound Call'], ['inboundchat', 'Inbound Chat'], ['inboundemail', 'Inbound Email'],
    ['inboundshortmessage', 'Inbound Message'], ['bot', 'Bot Flow'], ['inqueuecall', 'In-Queue Call'],
    ['outboundcall', 'Outbound Call'], ['workflow', 'Workflow']
  ];
  var TOOLBOX = [
    ['Data', ['Update Data', 'Call Data Action']],
    ['Flow', ['Decision', 'Switch', 'Loop']],
    ['Task', ['Call Task', 'Change State']],
    ['Transfer', ['Transfer to ACD', 'Transfer to User', 'Transfer to Flow']],
    ['Disconnect', ['Disconnect']]
  ];
  var ACTION_TYPES = { 'Transfer to ACD': 'transferToAcd', 'Disconnect': 'disconnect' };
  var CARET = '\u25B8';
  var $root;
  var me = null;

  // ---------------------------------------------------------------- helpers
  function eid() { return window.Gux.emberId(); }

  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === 'cls') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function append(el, child) {
    if (child == null || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  function icon(glyph, cls) { return h('span', { cls: '@@arc-icon@@ ' + (cls || ''), 'aria-hidden': 'true', text: glyph }); }

  function button(label, attrs, onclick) {
    var b = h('gux-button', Object.assign({ onclick: function (e) {
      if (b.hasAttribute('disabled')) return;
      onclick(e);
    } }, attrs || {}), label);
    return b;
  }

  function setDisabled(b, off) { if (off) b.setAttribute('disabled', ''); else b.removeAttribute('disabled'); }

  function spinner(label) {
    return h('div', { cls: '@@arc-loading@@', role: 'progressbar', 'aria-label': label },
      h('span', { cls: '@@arc-spin@@', 'aria-hidden': 'true' }), h('span', { text: label + '\u2026' }));
  }

  function typeName(type) {
    for (var i = 0; i < TYPES.length; i++) if (TYPES[i][0] === type) return TYPES[i][1];
    return type;
  }

  function later(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  function toast(message, kind) { window.Gux.toast(message, kind === 'error' ? 'error' : 'success'); }

  // ---------------------------------------------------------------- API (api.js)
  function api(method, path, body) { return window.GX.api.request(method, path, body); }

  // ---------------------------------------------------------------- shell
  function header() {
    var menu = h('ul', { role: 'menu', 'aria-label': 'Flow types', cls: '@@arc-menu@@', hidden: true });
    var toggle = h('button', { type: 'button', cls: '@@arc-menu-btn@@', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      onclick: function (e) { e.stopPropagation(); setMenu(!menu.hidden ? false : true); } },
      'Flows', icon('\u25BE'));
    function setMenu(open) { menu.hidden = !open; toggle.setAttribute('aria-expanded', String(open)); }
    TYPES.forEach(function (t) {
      menu.appendChild(h('li', { role: 'menuitem', tabindex: '-1', onclick: function () {
        setMenu(false);
        location.hash = '#/' + t[0] + '/flows';
      } }, t[1]));
    });
    document.addEventListener('click', function () { setMenu(false); });
    var initials = me ? me.name.split(/\s+/).map(function (p) { return p[0]; }).join('').slice(0, 2) : '';
    return h('header', { cls: '@@arc-header@@' },
      h('div', { cls: '@@arc-brand@@' }, h('span', { cls: '@@arc-logo@@', 'aria-hidden': 'true' }),
        h('span', { cls: '@@arc-brand-name@@', text: 'Architect' })),
      h('nav', { cls: '@@arc-nav@@', 'aria-label': 'Architect' }, h('div', { cls: '@@arc-menu-wrap@@' }, toggle, menu),
        h('a', { href: '#/inboundshortmessage/flows', cls: '@@arc-nav-link@@' }, 'Inbound Message'),
        h('span', { cls: '@@arc-nav-link@@ @@arc-nav-muted@@', text: 'Common Modules' }),
        h('span', { cls: '@@arc-nav-link@@ @@arc-nav-muted@@', text: 'Prompts' })),
      h('div', { cls: '@@arc-user@@', title: me ? me.name : '' },
        h('span', { cls: '@@arc-avatar@@', 'aria-hidden': 'true', text: initials }),
        h('span', { text: me ? me.name : '' })));
  }

  function shell(content) {
    $root.textContent = '';
    $root.appendChild(header());
    $root.appendChild(content);
  }

  function route() {
    var parts = (location.hash || '').replace(/^#\/?/, '').split('/').filter(Boolean);
    if (parts.length === 2 && parts[1] === 'flows') return flowsPage(parts[0]);
    if (parts.length === 3 && parts[2] === 'edit') return editorPage(parts[0], parts[1]);
    location.replace('#/inboundcall/flows');
  }

  // ---------------------------------------------------------------- flows list
  function flowsPage(type) {
    document.title = 'Architect - ' + typeName(type) + ' Flows';
    var tableWrap = h('div', { cls: '@@arc-table-wrap@@' });
    var search = h('input', { type: 'search', id: eid(), cls: '@@arc-search@@', placeholder: 'Search flows',
      'aria-label': 'Search flows', autocomplete: 'off' });
    var count = h('span', { cls: '@@arc-count@@' });
    var loadSeq = 0;
    var timer;

    function load() {
      var mine = ++loadSeq;
      tableWrap.textContent = '';
      tableWrap.appendChild(spinner('Loading flows'));
      var q = search.value.trim();
      var url = '/api/v2/flows?type=' + encodeURIComponent(type) + '&pageSize=100' + (q ? '&name=' + encodeURIComponent('*' + q + '*') : '');
      api('GET', url).then(function (page) {
        if (mine !== loadSeq) return;
        var flows = (page && page.entities || []).slice().sort(function (a, b) { return a.name.localeCompare(b.name); });
        render(flows);
        // Ember renders twice after a load: first the rows, then again once the models settle.
        setTimeout(function () { if (mine === loadSeq) render(flows); }, 300);
      }).catch(function (e) {
        if (mine !== loadSeq) return;
        tableWrap.textContent = '';
        tableWrap.appendChild(h('div', { role: 'alert', cls: '@@arc-banner@@ @@arc-banner-error@@', text: e.message }));
      });
    }

    function render(flows) {
      tableWrap.textContent = '';
      count.textContent = flows.length + (flows.length === 1 ? ' flow' : ' flows');
      var tb = h('tbody');
      flows.forEach(function (f) {
        var published = !!f.publishedVersion;
        tb.appendChild(h('tr', { id: eid() },
          h('td', null, h('a', { href: '#/' + type + '/' + f.id + '/edit', id: eid(), cls: '@@arc-flow-link@@' }, f.name)),
          h('td', { cls: '@@arc-muted@@', text: f.description || '' }),
          h('td', { text: (f.division && f.division.name) || 'Home' }),
          h('td', null, h('span', { cls: '@@arc-pill@@ ' + (published ? '@@arc-pill-ok@@' : '@@arc-pill-draft@@'),
            text: published ? 'Published' : 'Not published' })),
          h('td', null, f.locked ? [icon('\uD83D\uDD12', '@@arc-lock@@'),
            (f.lockedUser && f.lockedUser.name) || (f.lockedClient && f.lockedClient.name) || 'Locked'] : ''),
          h('td', { cls: '@@arc-muted@@', text: f.publishedVersion ? f.publishedVersion.id : '\u2014' })));
      });
      if (!flows.length) {
        tb.appendChild(h('tr', null, h('td', { colspan: '6', cls: '@@arc-empty@@', text: 'No flows found' })));
      }
      tableWrap.appendChild(h('table', { cls: '@@arc-table@@', 'aria-label': 'Flows' },
        h('thead', null, h('tr', null, ['Name', 'Description', 'Division', 'Status', 'Locked By', 'Published Version']
          .map(function (c) { return h('th', { scope: 'col', text: c }); }))), tb));
    }

    search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 300); });

    var page = h('main', { cls: '@@arc-page@@' },
      h('div', { cls: '@@arc-page-head@@' },
        h('div', null, h('div', { cls: '@@arc-crumb@@', text: 'Flows' }), h('h1', { text: typeName(type) })),
        h('div', { cls: '@@arc-actions@@' },
          button('Refresh', { accent: 'secondary', title: 'Refresh the list' }, load),
          button('Add', { accent: 'primary' }, function () { createFlowDialog(type); }))),
      h('section', { cls: '@@arc-card@@' },
        h('div', { cls: '@@arc-card-tools@@' }, h('div', { cls: '@@arc-search-wrap@@' }, icon('\u2315'), search), count),
        tableWrap));
    shell(page);
    load();
  }

  // ---------------------------------------------------------------- Create Flow dialog
  function createFlowDialog(type) {
    var nameId = eid(), descId = eid(), divId = eid();
    var name = h('input', { id: nameId, cls: '@@arc-input@@', type: 'text', autocomplete: 'off' });
    var desc = h('textarea', { id: descId, cls: '@@arc-input@@', rows: '3' });
    var error = h('div', { cls: '@@arc-dialog-error@@', hidden: true });
    var create;
    var modal = h('gux-modal', null,
      h('h2', { slot: 'title', text: 'Create Flow' }),
      h('div', { cls: '@@arc-form@@' },
        h('p', { cls: '@@arc-muted@@', text: 'Type: ' + typeName(type) }),
        error,
        h('div', { cls: '@@arc-field@@' }, h('label', { for: nameId, text: 'Name' }), name),
        h('div', { cls: '@@arc-field@@' }, h('label', { for: descId, text: 'Description' }), desc),
        h('div', { cls: '@@arc-field@@' }, h('label', { for: divId, text: 'Division' }),
          h('input', { id: divId, cls: '@@arc-input@@', value: 'Home', readonly: true }))),
      h('div', { slot: 'footer', cls: '@@arc-dialog-buttons@@' },
        button('Cancel', { accent: 'secondary' }, close),
        create = button('Create Flow', { accent: 'primary' }, submit)));
    function close() { modal.close(); }
    function showError(message) {
      error.textContent = '';
      error.appendChild(h('div', { role: 'alert', cls: '@@arc-banner@@ @@arc-banner-error@@', text: message }));
      error.hidden = false;
      setDisabled(create, false);
      modal.busy = false;
    }
    function submit() {
      var n = name.value.trim();
      error.hidden = true;
      error.textContent = '';
      if (!n) { showError('A flow name is required.'); return; }
      setDisabled(create, true);
      modal.busy = true;
      api('POST', '/api/v2/flows', { name: n, description: desc.value, type: type }).then(function (flow) {
        close();
        toast('Flow "' + flow.name + '" created');
        location.hash = '#/' + type + '/' + flow.id + '/edit';
      }).catch(function (e) { showError(e.message); });
    }
    name.addEventListener('keydown', function (e) { if (e.key === 'Enter') submit(); });
    document.body.appendChild(modal);
    modal.show();
  }

  // ---------------------------------------------------------------- editor
  function editorPage(type, flowId) {
    var ed = new Editor(type, flowId);
    shell(ed.el);
    ed.start();
  }

  function Editor(type, flowId) {
    this.type = type;
    this.flowId = flowId;
    this.flow = null;
    this.config = null;
    this.selected = -1;
    this.editing = false;
    this.busy = false;
    this.el = h('main', { cls: '@@arc-editor@@' }, spinner('Loading flow'));
  }

  Editor.prototype.start = function () {
    var self = this;
    api('GET', '/api/v2/flows/' + this.flowId).then(function (flow) {
      self.flow = flow;
      document.title = 'Architect - ' + flow.name;
      var mineLock = flow.locked && flow.lockedUser && me && flow.lockedUser.id === me.id;
      if (flow.locked && !mineLock) {
        self.lockMessage = 'This flow is checked out by ' + ((flow.lockedUser && flow.lockedUser.name)
          || (flow.lockedClient && flow.lockedClient.name) || 'another user') + '.';
        return null;
      }
      return api('POST', '/api/v2/flows/actions/checkout?flow=' + self.flowId).then(function (f) {
        if (f && f.id) self.flow = f;
        self.editing = true;
      }).catch(function (e) { self.lockMessage = e.message; });
    }).then(function () {
      return api('GET', '/api/v2/flows/' + self.flowId + '/latestconfiguration').catch(function () { return null; });
    }).then(function (config) {
      self.config = config && config.initialState ? config : {
        name: self.flow.name, type: self.type, initialState: { name: 'Initial State', actions: [] }
      };
      self.config.initialState.actions = self.config.initialState.actions || [];
      self.render();
    }).catch(function (e) {
      self.el.textContent = '';
      self.el.appendChild(h('div', { role: 'alert', cls: '@@arc-banner@@ @@arc-banner-error@@', text: e.message }));
    });
  };

  Editor.prototype.render = function () {
    this.el.textContent = '';
    this.el.appendChild(this.flowBar());
    this.el.appendChild(h('div', { cls: '@@arc-panes@@' }, this.toolboxPane(), this.workspacePane(), this.propertiesPane()));
    this.renderProperties();
    this.updateToolbar();
  };

  Editor.prototype.flowBar = function () {
    var self = this;
    this.status = h('span', { role: 'status', 'aria-label': 'Flow status', cls: '@@arc-status@@' });
    this.saveState = h('span', { cls: '@@arc-save-state@@', text: this.editing ? 'All changes saved' : '' });
    this.lockInfo = h('span', { cls: '@@arc-lock-info@@' });
    this.buttons = {
      save: button('Save', { accent: 'secondary' }, function () { self.save(true); }),
      validate: button('Validate', { accent: 'secondary' }, function () { self.validate(); }),
      publish: button('Publish', { accent: 'primary' }, function () { self.publish(); }),
      checkIn: button('Check In', { accent: 'secondary' }, function () { self.checkIn(); }),
      edit: button('Edit', { accent: 'primary' }, function () { self.checkOut(); })
    };
    this.setStatus(this.flow.publishedVersion ? 'Published' : 'Not published');
    var banner = this.lockMessage ? h('div', { role: 'alert', cls: '@@arc-banner@@ @@arc-banner-warn@@', text: this.lockMessage }) : null;
    return h('div', { cls: '@@arc-flowbar@@' },
      h('div', { cls: '@@arc-flow-title@@' },
        h('a', { href: '#/' + this.type + '/flows', cls: '@@arc-back@@', title: 'Back to flows' }, '\u2190 ' + typeName(this.type)),
        h('h1', { text: this.flow.name }), this.status, this.lockInfo, this.saveState),
      h('div', { role: 'toolbar', 'aria-label': 'Flow actions', cls: '@@arc-toolbar@@' },
        h('button', { type: 'button', cls: '@@arc-tool-icon@@', 'aria-label': 'Undo', disabled: true }, '\u21B6'),
        h('button', { type: 'button', cls: '@@arc-tool-icon@@', 'aria-label': 'Redo', disabled: true }, '\u21B7'),
        h('span', { cls: '@@arc-sep@@', 'aria-hidden': 'true' }),
        this.buttons.save, this.buttons.validate, this.buttons.checkIn, this.buttons.edit, this.buttons.publish),
      banner);
  };

  Editor.prototype.setStatus = function (text) {
    this.status.textContent = '';
    var cls = text === 'Published' ? '@@arc-pill-ok@@' : /\u2026$/.test(text) ? '@@arc-pill-busy@@' : '@@arc-pill-draft@@';
    this.status.className = '@@arc-status@@ @@arc-pill@@ ' + cls;
    if (/\u2026$/.test(text)) this.status.appendChild(h('span', { cls: '@@arc-spin@@ @@arc-spin-sm@@', 'aria-hidden': 'true' }));
    this.status.appendChild(h('span', { text: text }));
  };

  Editor.prototype.updateToolbar = function () {
    var b = this.buttons;
    setDisabled(b.save, !this.editing || this.busy);
    setDisabled(b.checkIn, !this.editing || this.busy);
    setDisabled(b.publish, !this.editing || this.busy);
    setDisabled(b.validate, this.busy);
    b.edit.hidden = this.editing;
    b.checkIn.hidden = !this.editing;
    this.lockInfo.textContent = this.editing ? 'Checked out by you' : (this.flow.locked ? '' : 'Read only');
    this.el.classList.toggle('@@arc-readonly@@', !this.editing);
  };

  // ---------------------------------------------------------------- toolbox
  Editor.prototype.toolboxPane = function () {
    var self = this;
    var search = h('input', { type: 'search', cls: '@@arc-search@@', placeholder: 'Search toolbox', 'aria-label': 'Search toolbox', id: eid() });
    var cats = h('div', { cls: '@@arc-cats@@' });
    TOOLBOX.forEach(function (cat) {
      var listId = eid();
      var list = h('ul', { id: listId, role: 'list', 'aria-label': cat[0] + ' actions', cls: '@@arc-tools@@', hidden: true });
      var toggle = h('button', { type: 'button', cls: '@@arc-cat@@', 'aria-expanded': 'false', 'aria-controls': listId,
        onclick: function () { setOpen(list.hidden); } }, icon(CARET, '@@arc-caret@@'), cat[0]);
      function setOpen(open) { list.hidden = !open; toggle.setAttribute('aria-expanded', String(open)); }
      cat[1].forEach(function (tool) {
        var item = h('li', { cls: '@@arc-tool@@', tabindex: '0', title: 'Drag into the flow', 'aria-roledescription': 'draggable action' },
          icon(tool === 'Transfer to ACD' ? '\u21C4' : tool === 'Disconnect' ? '\u25A0' : '\u25C7', '@@arc-tool-glyph@@'), tool);
        item.addEventListener('mousedown', function (e) { self.beginDrag(e, tool); });
        item.addEventListener('keydown', function (e) { if (e.key === 'Enter' && self.editing) self.insert(tool, 0); });
        list.appendChild(item);
      });
      cats.appendChild(h('div', { cls: '@@arc-cat-wrap@@' }, toggle, list));
      cat.setOpen = setOpen;
      cat.list = list;
    });
    search.addEventListener('input', function () {
      var q = search.value.trim().toLowerCase();
      TOOLBOX.forEach(function (cat) {
        var any = false;
        Array.prototype.forEach.call(cat.list.children, function (li) {
          var hit = !q || li.textContent.toLowerCase().indexOf(q) >= 0;
          li.hidden = !hit;
          any = any || hit;
        });
        cat.list.parentNode.hidden = !any;
        cat.setOpen(!!q && any);
      });
    });
    this.outline = h('ul', { cls: '@@arc-outline@@', role: 'tree', 'aria-label': 'Flow Outline' });
    this.renderOutline();
    return h('aside', { cls: '@@arc-left@@' },
      h('section', { cls: '@@arc-pane@@ @@arc-toolbox@@', role: 'region', 'aria-label': 'Toolbox' },
        h('h2', { cls: '@@arc-pane-title@@', text: 'Toolbox' }), h('div', { cls: '@@arc-pane-search@@' }, search), cats),
      h('section', { cls: '@@arc-pane@@ @@arc-outline-pane@@', role: 'region', 'aria-label': 'Flow Outline' },
        h('h2', { cls: '@@arc-pane-title@@', text: 'Flow Outline' }), this.outline));
  };

  Editor.prototype.renderOutline = function () {
    if (!this.outline) return;
    this.outline.textContent = '';
    var acts = this.config.initialState.actions.map(function (a) { return h('li', { role: 'treeitem', text: a.name }); });
    this.outline.appendChild(h('li', { role: 'treeitem', 'aria-expanded': 'true' }, h('span', { text: 'Initial State' }),
      h('ul', { role: 'group' }, h('li', { role: 'treeitem', text: 'Start' }), acts)));
  };

  // ---------------------------------------------------------------- drag and drop (mouse events)
  Editor.prototype.beginDrag = function (down, tool) {
    if (down.button !== 0) return;
    down.preventDefault();
    var self = this;
    var ghost = null;
    var over = null;
    function zoneAt(x, y) {
      var el = document.elementFromPoint(x, y);
      while (el && el.dropIndex == null) el = el.parentElement;
      return el;
    }
    function move(e) {
      if (!ghost) {
        if (Math.abs(e.clientX - down.clientX) + Math.abs(e.clientY - down.clientY) < 4) return;
        ghost = h('div', { cls: '@@arc-ghost@@', 'aria-hidden': 'true' }, icon('\u21C4'), tool);
        document.body.appendChild(ghost);
        document.body.classList.add('@@arc-dragging@@');
      }
      ghost.style.left = (e.clientX + 8) + 'px';
      ghost.style.top = (e.clientY + 8) + 'px';
      var zone = zoneAt(e.clientX, e.clientY);
      if (zone !== over) {
        if (over) over.classList.remove('@@arc-drop-hot@@');
        over = zone;
        if (over) over.classList.add('@@arc-drop-hot@@');
      }
    }
    function up(e) {
      document.removeEventListener('mousemove', move, true);
      document.removeEventListener('mouseup', up, true);
      document.body.classList.remove('@@arc-dragging@@');
      if (!ghost) return;
      ghost.remove();
      var zone = zoneAt(e.clientX, e.clientY) || over;
      if (zone) zone.classList.remove('@@arc-drop-hot@@');
      if (zone && self.editing) self.insert(tool, zone.dropIndex);
      else if (zone) toast('Check out the flow to edit it', 'error');
    }
    document.addEventListener('mousemove', move, true);
    document.addEventListener('mouseup', up, true);
  };

  Editor.prototype.insert = function (tool, index) {
    var action = { type: ACTION_TYPES[tool] || tool.replace(/\s+(.)/g, function (m, c) { return c.toUpperCase(); })
      .replace(/^./, function (c) { return c.toLowerCase(); }), name: tool };
    if (action.type === 'transferToAcd') { action.queue = null; action.priority = 0; }
    this.config.initialState.actions.splice(index, 0, action);
    this.selected = index;
    this.dirty();
    this.renderTask();
    this.renderProperties();
    this.renderOutline();
  };

  Editor.prototype.dirty = function () { this.saveState.textContent = 'Unsaved changes'; };

  // ---------------------------------------------------------------- workspace
  Editor.prototype.workspacePane = function () {
    this.task = h('div', { cls: '@@arc-task@@' });
    this.renderTask();
    this.validation = h('section', { cls: '@@arc-validation@@', role: 'region', 'aria-label': 'Validation', hidden: true });
    return h('section', { cls: '@@arc-center@@' },
      h('div', { cls: '@@arc-workspace@@', role: 'region', 'aria-label': 'Workspace' },
        h('div', { cls: '@@arc-ws-tabs@@' }, h('span', { cls: '@@arc-ws-tab@@', text: 'Initial State' }),
          h('span', { cls: '@@arc-ws-zoom@@', 'aria-hidden': 'true', text: '100%' })),
        h('div', { cls: '@@arc-canvas@@' }, this.task)),
      this.validation);
  };

  Editor.prototype.renderTask = function () {
    var self = this;
    var actions = this.config.initialState.actions;
    this.task.textContent = '';
    var list = h('ol', { cls: '@@arc-seq@@', role: 'list', 'aria-label': 'Initial State actions' });
    list.appendChild(this.dropZone(0, 'Drop action under Start'));
    actions.forEach(function (a, i) {
      var missing = a.type === 'transferToAcd' && !a.queue;
      var node = h('div', { cls: '@@arc-node@@ ' + (i === self.selected ? '@@arc-node-sel@@' : '') + (missing ? ' @@arc-node-bad@@' : ''),
        tabindex: '0', id: eid(), onclick: function () { self.selected = i; self.renderTask(); self.renderProperties(); } },
        h('div', { cls: '@@arc-node-head@@' }, icon(a.type === 'transferToAcd' ? '\u21C4' : '\u25C7', '@@arc-node-glyph@@'),
          h('span', { cls: '@@arc-node-name@@', text: a.name }), missing ? icon('!', '@@arc-node-warn@@') : null),
        a.type === 'transferToAcd' ? h('div', { cls: '@@arc-node-sub@@', text: 'Queue: ' + (a.queue ? a.queue.name : 'not set') }) : null,
        a.type === 'transferToAcd' ? h('div', { cls: '@@arc-node-path@@' }, h('span', { text: 'Failure' })) : null);
      list.appendChild(h('li', { cls: '@@arc-step@@', 'aria-label': a.name }, node));
      list.appendChild(self.dropZone(i + 1, 'Drop action under ' + a.name));
    });
    this.task.appendChild(h('div', { cls: '@@arc-task-head@@' }, icon('\u25A3'), h('h2', { text: this.config.initialState.name || 'Initial State' }),
      h('span', { cls: '@@arc-task-tag@@', text: 'Starting task' })));
    this.task.appendChild(h('div', { cls: '@@arc-task-body@@' },
      h('div', { cls: '@@arc-start@@' }, h('span', { cls: '@@arc-start-dot@@', 'aria-hidden': 'true' }), h('span', { text: 'Start' })),
      list,
      h('div', { cls: '@@arc-end@@' }, icon('\u25A0'), h('span', { text: 'Disconnect' }))));
  };

  Editor.prototype.dropZone = function (index, label) {
    var zone = h('li', { cls: '@@arc-drop@@', role: 'region', 'aria-label': label },
      h('span', { cls: '@@arc-drop-hint@@', text: 'Drop here' }));
    zone.dropIndex = index; // a property, not an attribute: the real editor exposes no such hook
    return zone;
  };

  // ---------------------------------------------------------------- properties
  Editor.prototype.propertiesPane = function () {
    this.props = h('div', { cls: '@@arc-props@@' });
    return h('aside', { cls: '@@arc-right@@ @@arc-pane@@', role: 'region', 'aria-label': 'Properties' },
      h('h2', { cls: '@@arc-pane-title@@', text: 'Properties' }), this.props);
  };

  Editor.prototype.renderProperties = function () {
    var self = this;
    var a = this.config.initialState.actions[this.selected];
    this.props.textContent = '';
    if (!a) {
      this.props.appendChild(h('div', { cls: '@@arc-props-empty@@' },
        h('p', { text: 'Select an action in the flow to see its properties.' }),
        h('dl', { cls: '@@arc-dl@@' }, h('dt', { text: 'Flow' }), h('dd', { text: this.flow.name }),
          h('dt', { text: 'Type' }), h('dd', { text: typeName(this.type) }),
          h('dt', { text: 'Division' }), h('dd', { text: (this.flow.division && this.flow.division.name) || 'Home' }),
          h('dt', { text: 'Description' }), h('dd', { text: this.flow.description || '\u2014' }))));
      return;
    }
    var ro = !this.editing;
    var nameId = eid();
    var name = h('input', { id: nameId, cls: '@@arc-input@@', value: a.name, readonly: ro });
    name.addEventListener('input', function () { a.name = name.value; self.dirty(); self.renderTask(); self.renderOutline(); });
    this.props.appendChild(h('div', { cls: '@@arc-props-head@@' }, icon('\u21C4', '@@arc-node-glyph@@'), h('h3', { text: a.type === 'transferToAcd' ? 'Transfer to ACD' : a.name })));
    this.props.appendChild(h('div', { cls: '@@arc-field@@' }, h('label', { for: nameId, text: 'Name' }), name));
    if (a.type === 'transferToAcd') {
      this.props.appendChild(queuePicker(a, ro, function () { self.dirty(); self.renderTask(); }));
      var prId = eid();
      var priority = h('input', { id: prId, type: 'number', cls: '@@arc-input@@', min: '-25000000', max: '25000000', value: String(a.priority || 0), readonly: ro });
      priority.addEventListener('input', function () { a.priority = parseInt(priority.value, 10) || 0; self.dirty(); });
      var chkId = eid();
      this.props.appendChild(h('div', { cls: '@@arc-field@@ @@arc-check@@' },
        h('input', { type: 'checkbox', id: chkId, disabled: true }), h('label', { for: chkId, text: 'Override default in-queue handling' })));
      this.props.appendChild(h('h4', { cls: '@@arc-props-sec@@', text: 'Audio' }));
      ['Pre-Transfer Audio', 'Failed Transfer Audio'].forEach(function (label) {
        var id = eid();
        self.props.appendChild(h('div', { cls: '@@arc-field@@' }, h('label', { for: id, text: label }),
          h('input', { id: id, cls: '@@arc-input@@', placeholder: 'No audio', readonly: true })));
      });
      this.props.appendChild(h('h4', { cls: '@@arc-props-sec@@', text: 'Routing' }));
      this.props.appendChild(h('div', { cls: '@@arc-field@@' }, h('label', { for: prId, text: 'Priority' }), priority,
        h('small', { cls: '@@arc-muted@@', text: 'Between -25,000,000 and 25,000,000' })));
      this.props.appendChild(preferredAgents(a, ro, function () { self.dirty(); }));
    }
    if (!ro) {
      this.props.appendChild(h('div', { cls: '@@arc-props-foot@@' }, button('Delete Action', { accent: 'ghost' }, function () {
        self.config.initialState.actions.splice(self.selected, 1);
        self.selected = -1;
        self.dirty();
        self.renderTask();
        self.renderProperties();
        self.renderOutline();
      })));
    }
  };

  // Preferred Agents: up to 20 agent/score pairs (score 0-100, higher is more preferred); each agent
  // is a user picker that searches people as one types.
  var MAX_PREFERRED = 20;
  function preferredAgents(action, readOnly, changed) {
    action.preferredAgents = action.preferredAgents || [];
    var rows = h('ol', { cls: '@@arc-pairs@@' });
    var add = button('Add Preferred Agent', { accent: 'ghost' }, function () {
      action.preferredAgents.push({ user: null, score: 100 });
      changed();
      render();
    });
    function render() {
      rows.textContent = '';
      action.preferredAgents.forEach(function (pair, i) {
        var scoreId = eid();
        var score = h('input', { id: scoreId, type: 'number', cls: '@@arc-input@@ @@arc-score@@', min: '0', max: '100',
          value: String(pair.score), readonly: readOnly });
        score.addEventListener('input', function () { pair.score = parseInt(score.value, 10); changed(); });
        rows.appendChild(h('li', { role: 'group', 'aria-label': 'Preferred agent ' + (i + 1), cls: '@@arc-pair@@' },
          userPicker(pair, readOnly, changed),
          h('div', { cls: '@@arc-field@@' }, h('label', { for: scoreId, text: 'Score' }), score),
          readOnly ? null : h('button', { type: 'button', cls: '@@arc-tool-icon@@', 'aria-label': 'Remove preferred agent ' + (i + 1),
            onclick: function () { action.preferredAgents.splice(i, 1); changed(); render(); } }, '\u00D7')));
      });
      add.hidden = readOnly || action.preferredAgents.length >= MAX_PREFERRED;
    }
    render();
    return h('div', { cls: '@@arc-field@@', role: 'group', 'aria-label': 'Preferred Agents' },
      h('span', { cls: '@@arc-label@@', text: 'Preferred Agents' }),
      action.preferredAgents.length || !readOnly ? null : h('small', { cls: '@@arc-muted@@', text: 'Not set' }),
      rows, add,
      h('small', { cls: '@@arc-muted@@', text: 'Up to ' + MAX_PREFERRED + ' agents with a score from 0 to 100.' }));
  }

  function userPicker(pair, readOnly, changed) {
    var inputId = eid(), listId = eid();
    var input = h('input', { id: inputId, cls: '@@arc-input@@', role: 'combobox', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off', placeholder: 'Search users',
      value: pair.user ? pair.user.name : '', readonly: readOnly });
    var list = h('ul', { id: listId, role: 'listbox', 'aria-label': 'Users', cls: '@@arc-listbox@@', hidden: true });
    var timer;
    function open(flag) { list.hidden = !flag; input.setAttribute('aria-expanded', String(flag)); }
    function load() {
      var q = input.value.trim();
      if (!q) { open(false); return; }
      api('POST', '/api/v2/users/search', { pageSize: 25, query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: q }] })
        .then(function (found) {
          list.textContent = '';
          (found.results || []).forEach(function (u) {
            list.appendChild(h('li', { role: 'option', id: eid(), onmousedown: function (e) { e.preventDefault(); },
              onclick: function () { pair.user = { id: u.id, name: u.name }; input.value = u.name; open(false); changed(); } },
              h('span', { text: u.name }), h('small', { cls: '@@arc-muted@@', 'aria-hidden': 'true', text: ' ' + (u.email || '') })));
          });
          if (!list.firstChild) list.appendChild(h('li', { cls: '@@arc-list-note@@', text: 'No users match "' + q + '"' }));
          open(true);
        }, function (e) { list.textContent = ''; list.appendChild(h('li', { cls: '@@arc-list-note@@', role: 'alert', text: e.message })); open(true); });
    }
    if (!readOnly) {
      input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 250); });
      input.addEventListener('blur', function () { setTimeout(function () { open(false); }, 150); });
    }
    return h('div', { cls: '@@arc-field@@' }, h('label', { for: inputId, text: 'Agent' }),
      h('div', { cls: '@@arc-combo@@' }, input, list));
  }

  function queuePicker(action, readOnly, changed) {
    var inputId = eid(), listId = eid();
    var input = h('input', { id: inputId, cls: '@@arc-input@@', role: 'combobox', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off', placeholder: 'Search queues',
      value: action.queue ? action.queue.name : '', readonly: readOnly });
    var list = h('ul', { id: listId, role: 'listbox', 'aria-label': 'Queues', cls: '@@arc-listbox@@', hidden: true });
    var timer, reqSeq = 0;
    function open(flag) { list.hidden = !flag; input.setAttribute('aria-expanded', String(flag)); }
    function load() {
      var mine = ++reqSeq;
      var q = input.value.trim();
      list.textContent = '';
      list.appendChild(h('li', { cls: '@@arc-list-note@@' }, h('span', { cls: '@@arc-spin@@ @@arc-spin-sm@@', 'aria-hidden': 'true' }), 'Loading queues\u2026'));
      open(true);
      setTimeout(function () {
        api('GET', '/api/v2/routing/queues?pageSize=100' + (q ? '&name=' + encodeURIComponent('*' + q + '*') : '')).then(function (page) {
          if (mine !== reqSeq) return;
          list.textContent = '';
          var queues = (page && page.entities) || [];
          queues.forEach(function (qu) {
            list.appendChild(h('li', { role: 'option', id: eid(), 'aria-selected': String(!!(action.queue && action.queue.id === qu.id)),
              onmousedown: function (e) { e.preventDefault(); },
              onclick: function () {
                action.queue = { id: qu.id, name: qu.name };
                input.value = qu.name;
                open(false);
                changed();
              } }, h('span', { text: qu.name }), h('small', { cls: '@@arc-muted@@', 'aria-hidden': 'true', text: ' ' + (qu.memberCount || 0) + ' members' })));
          });
          if (!queues.length) list.appendChild(h('li', { cls: '@@arc-list-note@@', text: 'No queues match "' + q + '"' }));
        }).catch(function (e) {
          if (mine !== reqSeq) return;
          list.textContent = '';
          list.appendChild(h('li', { cls: '@@arc-list-note@@', role: 'alert', text: e.message }));
        });
      }, 250);
    }
    if (!readOnly) {
      input.addEventListener('focus', load);
      input.addEventListener('input', function () {
        if (!input.value.trim() && action.queue) { action.queue = null; changed(); }
        clearTimeout(timer);
        timer = setTimeout(load, 200);
      });
      input.addEventListener('blur', function () { setTimeout(function () { open(false); }, 150); });
      input.addEventListener('keydown', function (e) { if (e.key === 'Escape') open(false); });
    }
    return h('div', { cls: '@@arc-field@@' }, h('label', { for: inputId, text: 'Queue' }),
      h('div', { cls: '@@arc-combo@@' }, input, icon('\u25BE', '@@arc-combo-caret@@'), list));
  }

  // ---------------------------------------------------------------- save / validate / publish
  Editor.prototype.configuration = function () {
    return { name: this.flow.name, type: this.type, initialState: {
      name: this.config.initialState.name || 'Initial State',
      actions: this.config.initialState.actions.map(function (a) {
        return a.type === 'transferToAcd'
          ? { type: a.type, name: a.name, queue: a.queue ? { id: a.queue.id, name: a.queue.name } : null, priority: a.priority || 0,
              preferredAgents: (a.preferredAgents || []).map(function (p) { return { user: p.user, score: p.score }; }) }
          : { type: a.type, name: a.name };
      }) } };
  };

  Editor.prototype.save = function (announce) {
    var self = this;
    this.saveState.textContent = 'Saving\u2026';
    return api('POST', '/architect/api/flows/' + this.flowId + '/versions', this.configuration()).then(function () {
      self.saveState.textContent = 'All changes saved';
      if (announce) toast('Flow saved');
    }).catch(function (e) {
      self.saveState.textContent = 'Not saved';
      toast('Save failed: ' + e.message, 'error');
      throw e;
    });
  };

  Editor.prototype.showValidation = function (summary, errors, warnings) {
    var self = this;
    var v = this.validation;
    v.textContent = '';
    v.hidden = false;
    var rows = h('ul', { cls: '@@arc-val-rows@@' });
    errors.forEach(function (m) { rows.appendChild(h('li', { role: 'alert', cls: '@@arc-val-row@@ @@arc-val-error@@', text: m })); });
    warnings.forEach(function (m) { rows.appendChild(h('li', { role: 'alert', cls: '@@arc-val-row@@ @@arc-val-warn@@', text: m })); });
    v.appendChild(h('div', { cls: '@@arc-val-head@@' }, h('h2', { text: 'Validation' }),
      h('span', { cls: '@@arc-val-summary@@', text: summary }),
      h('button', { type: 'button', cls: '@@arc-tool-icon@@', 'aria-label': 'Close validation', onclick: function () { self.validation.hidden = true; } }, '\u00D7')));
    v.appendChild(rows);
  };

  Editor.prototype.validationPending = function (text) {
    this.validation.hidden = false;
    this.validation.textContent = '';
    this.validation.appendChild(h('div', { cls: '@@arc-val-head@@' }, h('h2', { text: 'Validation' }), spinner(text)));
  };

  function messages(list) { return (list || []).map(function (x) { return typeof x === 'string' ? x : x.message; }); }

  function summaryOf(errors, warnings) {
    if (!errors.length && !warnings.length) return 'Validation found no errors or warnings.';
    return 'Validation found ' + errors.length + (errors.length === 1 ? ' error' : ' errors') + ' and '
      + warnings.length + (warnings.length === 1 ? ' warning.' : ' warnings.');
  }

  Editor.prototype.runValidation = function () {
    var self = this;
    var saved = this.editing ? this.save(false) : Promise.resolve();
    return saved.then(function () { return api('GET', '/architect/api/flows/' + self.flowId + '/validation'); })
      .then(function (r) { return { errors: messages(r && r.errors), warnings: messages(r && r.warnings) }; });
  };

  Editor.prototype.validate = function () {
    var self = this;
    this.setBusy(true);
    this.validationPending('Validating');
    this.runValidation().then(function (r) {
      self.showValidation(summaryOf(r.errors, r.warnings), r.errors, r.warnings);
    }).catch(function (e) {
      self.showValidation('Validation could not run.', [e.message], []);
    }).then(function () { self.setBusy(false); });
  };

  Editor.prototype.setBusy = function (busy) { this.busy = busy; this.updateToolbar(); };

  Editor.prototype.publish = function () {
    var self = this;
    var before = this.flow.publishedVersion ? 'Published' : 'Not published';
    this.setBusy(true);
    this.setStatus('Validating\u2026');
    this.validationPending('Validating');
    var started = Date.now();
    this.runValidation().then(function (r) {
      if (r.errors.length) throw { validation: r };
      self.validation.hidden = !r.warnings.length;
      if (r.warnings.length) self.showValidation(summaryOf(r.errors, r.warnings), [], r.warnings);
      return later(Math.max(0, 500 - (Date.now() - started)));
    }).then(function () {
      return api('POST', '/api/v2/flows/actions/publish?flow=' + self.flowId).catch(function (e) {
        if (e.body && e.body.code === 'flow.validation.failed') throw { validation: { errors: messages(e.body.errors), warnings: [] } };
        throw e;
      });
    }).then(function () {
      self.setStatus('Publishing\u2026');
      return self.pollPublish();
    }).then(function (flow) {
      self.flow = flow;
      self.editing = !!(flow.locked && flow.lockedUser && me && flow.lockedUser.id === me.id);
      self.setStatus('Published');
      self.saveState.textContent = '';
      toast('Flow published');
      self.renderProperties();
    }).catch(function (e) {
      self.setStatus(before);
      if (e && e.validation) {
        self.showValidation('Publish failed: the flow has errors.', e.validation.errors, e.validation.warnings);
        toast('The flow has errors and was not published', 'error');
      } else {
        self.showValidation('Publish failed.', [e.message || String(e)], []);
        toast('Publish failed', 'error');
      }
    }).then(function () { self.setBusy(false); });
  };

  Editor.prototype.pollPublish = function () {
    var self = this;
    return later(400).then(function () { return api('GET', '/api/v2/flows/' + self.flowId); }).then(function (flow) {
      var op = flow.currentOperation;
      var status = op && op.actionStatus;
      if (status === 'FAILURE') throw new Error((op.errorMessage) || 'Publishing failed.');
      if (status === 'STARTED' || status === 'PENDING_GENERATION' || status === 'PENDING_BACKEND_NOTIFICATION' || !flow.publishedVersion) return self.pollPublish();
      return flow;
    });
  };

  Editor.prototype.checkIn = function () {
    var self = this;
    this.setBusy(true);
    this.save(false).then(function () {
      // check-in is asynchronous and answers an Operation: read the flow again for its state
      return api('POST', '/api/v2/flows/actions/checkin?flow=' + self.flowId);
    }).then(function () {
      return api('GET', '/api/v2/flows/' + self.flowId);
    }).then(function (flow) {
      if (flow && flow.id) self.flow = flow;
      self.editing = false;
      self.saveState.textContent = '';
      toast('Flow checked in');
      self.renderProperties();
    }).catch(function (e) { toast('Check in failed: ' + e.message, 'error'); })
      .then(function () { self.setBusy(false); });
  };

  Editor.prototype.checkOut = function () {
    var self = this;
    this.setBusy(true);
    api('POST', '/api/v2/flows/actions/checkout?flow=' + this.flowId).then(function (flow) {
      if (flow && flow.id) self.flow = flow;
      self.editing = true;
      self.saveState.textContent = 'All changes saved';
      self.renderProperties();
    }).catch(function (e) { toast(e.message, 'error'); })
      .then(function () { self.setBusy(false); });
  };

  // ---------------------------------------------------------------- boot
  function boot() {
    $root = document.getElementById('@@arc-root@@');
    api('GET', '/api/v2/users/me').then(function (u) { me = u; }).catch(function () { me = null; }).then(function () {
      window.addEventListener('hashchange', route);
      route();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
