// Sortable public tables: each column header of a data table becomes a button that sorts the
// table's rows by that column (again: the other way), and says so with aria-sort. Numbers sort as
// numbers ("100,000"), dates by their datetime attribute, text by the reader's alphabet; a cell
// may give its own key in data-sort. Left alone: tables with fewer than two rows, with merged cells,
// already sorted by the server (a header holding a link), or inside [data-server-sorted] (a paged list or
// search, where sorting one page would mislead), and the card layout of phones. Without this
// script the tables read as before.
(function () {
  'use strict';

  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });

  function key(cell) {
    if (!cell) { return { number: null, text: '' }; }
    var value = cell.getAttribute('data-sort');
    if (value === null) {
      var time = cell.querySelector('time[datetime]');
      value = time ? time.getAttribute('datetime') : cell.textContent.replace(/\s+/g, ' ').trim();
    }
    var digits = value.replace(/[,\u2009\u202f\s]/g, '');
    var number = /^[-+]?\d+(\.\d+)?$/.test(digits) ? Number(digits) : null;
    return { number: number, text: value };
  }

  function compare(a, b) {
    if (a.number !== null && b.number !== null) { return a.number - b.number; }
    if (a.text === '' || b.text === '') { return a.text === '' ? (b.text === '' ? 0 : 1) : -1; }
    return collator.compare(a.text, b.text);
  }

  function sortable(table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 2 || !table.tHead || table.closest('[data-server-sorted]')) { return; }
    // On a phone the rows are cards and the header row is moved off screen: no buttons there,
    // so that the keyboard never lands on one it cannot see.
    if (window.getComputedStyle(table.tHead).position === 'absolute') { return; }
    var headRow = table.tHead.rows[table.tHead.rows.length - 1];
    if (headRow.querySelector('a')) { return; }
    for (var r = 0; r < body.rows.length; r++) {
      var cells = body.rows[r].cells;
      if (cells.length !== headRow.cells.length) { return; }
      for (var c = 0; c < cells.length; c++) {
        if (cells[c].colSpan > 1 || cells[c].rowSpan > 1) { return; }
      }
    }
    Array.prototype.forEach.call(headRow.cells, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headRow.cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.map(function (row, index) { return { row: row, key: key(row.cells[column]), index: index }; });
        keyed.sort(function (a, b) {
          var order = compare(a.key, b.key);
          return (order !== 0 ? (ascending ? order : -order) : a.index - b.index);
        });
        keyed.forEach(function (item) { body.appendChild(item.row); });
      });
    });
    table.classList.add('sortable');
  }

  document.querySelectorAll('table.data').forEach(sortable);
})();
