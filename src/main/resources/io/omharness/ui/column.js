// The texts of one column of a table (arguments: the table, the header's visible text), top to
// bottom; rows without that cell (e.g. an empty-table message) are skipped. Null when no header has the text.
var table = arguments[0], header = arguments[1], at = -1, out = [];
for (var i = 0; i < table.rows.length; i++) {
  var cells = table.rows[i].cells;
  if (at < 0) {
    for (var j = 0; j < cells.length; j++) if (cells[j].textContent.trim() === header) at = j;
    continue;
  }
  if (cells.length > at && cells.length > 1) out.push(cells[at].innerText.trim());
}
return at < 0 ? null : out;
