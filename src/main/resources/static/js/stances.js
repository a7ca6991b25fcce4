/*
 * Progressive enhancement for the stance timeline: hovering over a statement mark, or
 * moving the keyboard focus to it (Tab), shows its quote, speaker, date and source in a
 * box beside it. Without this script the marks keep their SVG <title> (their accessible
 * name), and the table under the chart holds the same data.
 */
(function () {
  'use strict';
  var marks = document.querySelectorAll('.timeline-chart .mark[data-quote]');
  if (!marks.length) {
    return;
  }
  var tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.id = 'chart-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);

  function line(className, text) {
    var p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    tip.appendChild(p);
  }

  function show(mark) {
    tip.textContent = '';
    // A grouped mark carries several quotes, each with its speaker and date, separated by ' ¶ '.
    mark.getAttribute('data-quote').split(' \u00b6 ').forEach(function (quote) { line('tip-quote', quote); });
    line('tip-who', mark.getAttribute('data-speaker') + ', ' + mark.getAttribute('data-date') +
      ' (' + mark.getAttribute('data-kind') + ')');
    line('tip-source', mark.getAttribute('data-source'));
    tip.hidden = false;
    mark.setAttribute('aria-describedby', tip.id);
    var box = mark.getBoundingClientRect();
    var width = tip.offsetWidth;
    var left = box.left + window.scrollX + box.width / 2 - width / 2;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
    tip.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + 'px';
    tip.style.top = (box.bottom + window.scrollY + 8) + 'px';
  }

  function hide(mark) {
    tip.hidden = true;
    if (mark) {
      mark.removeAttribute('aria-describedby');
    }
  }

  Array.prototype.forEach.call(marks, function (mark) {
    // The mark's text is written once, in its <title>: it becomes the mark's accessible name,
    // and the box replaces the browser's own tooltip, which would otherwise show it twice.
    var title = mark.querySelector('title');
    if (title) {
      mark.setAttribute('aria-label', title.textContent);
      mark.removeChild(title);
    }
    mark.addEventListener('mouseenter', function () { show(mark); });
    mark.addEventListener('mouseleave', function () { if (document.activeElement !== mark) { hide(mark); } });
    mark.addEventListener('focus', function () { show(mark); });
    mark.addEventListener('blur', function () { hide(mark); });
    mark.addEventListener('click', function () { show(mark); });
    mark.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        hide(mark);
      }
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(mark);
      }
    });
  });
}());
