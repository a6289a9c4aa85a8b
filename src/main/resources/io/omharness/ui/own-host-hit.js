// True when a click at the element's centre reaches the element itself, or lands on its own shadow
// host (ChromeDriver then reports the host as "intercepting" a click that a person's mouse delivers).
var el = arguments[0], r = el.getBoundingClientRect();
var x = r.left + r.width / 2, y = r.top + r.height / 2, hit = document.elementFromPoint(x, y);
while (hit && hit.shadowRoot) {
  var inner = hit.shadowRoot.elementFromPoint(x, y);
  if (!inner || inner === hit) break;
  hit = inner;
}
function within(a, b) { for (var n = b; n; n = n.parentNode || n.host) if (n === a) return true; return false; }
return !!hit && (within(el, hit) || (within(hit, el) && el.getRootNode().host === hit));
