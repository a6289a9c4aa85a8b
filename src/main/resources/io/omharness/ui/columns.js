// The rows of a table read by column (arguments: the table, the headers' visible texts), top to bottom:
// each row as the texts of those columns in that order. Rows without all those cells (e.g. an
// empty-table message) are skipped. Null when a header is missing (not rendered yet).
var table = arguments[0], headers = arguments[1], at = null, out = [];
for (var i = 0; i < table.rows.length; i++) {
  var cells = table.rows[i].cells;
  if (at === null) {
    var texts = Array.prototype.map.call(cells, function (c) { return c.textContent.trim(); });
    at = headers.map(function (h) { return texts.indexOf(h); });
    if (at.indexOf(-1) >= 0) return null;
    continue;
  }
  if (cells.length < 2 || at.some(function (j) { return j >= cells.length; })) continue;
  out.push(at.map(function (j) { return cells[j].innerText.trim(); }));
}
return at === null ? null : out;
