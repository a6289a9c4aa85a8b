// The DOM as rendered, including open shadow roots and same-origin iframes (up to 3 deep); input
// values are left out (a password field's value is a secret).
function dump(root, depth) {
  var out = '';
  var walker = function (node) {
    if (node.nodeType === 3) { out += node.nodeValue; return; }
    if (node.nodeType !== 1) return;
    var tag = node.tagName.toLowerCase();
    var attrs = Array.prototype.map.call(node.attributes, function (a) {
      return a.name === 'value' ? '' : ' ' + a.name + '="' + a.value.replace(/"/g, '&quot;') + '"';
    }).join('');
    out += '<' + tag + attrs + '>';
    if (node.shadowRoot) { out += '<!-- shadow-root -->'; node.shadowRoot.childNodes.forEach(walker); out += '<!-- /shadow-root -->'; }
    if (tag === 'iframe' && depth < 3) {
      try { out += '<!-- iframe document -->' + dump(node.contentDocument.documentElement, depth + 1) + '<!-- /iframe document -->'; }
      catch (e) { out += '<!-- cross-origin iframe -->'; }
    }
    node.childNodes.forEach(walker);
    out += '</' + tag + '>';
  };
  walker(root);
  return out;
}
return dump(document.documentElement, 0);
