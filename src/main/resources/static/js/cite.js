// "Cite this view": shows the copy button where the clipboard can be written, and copies the
// citation's text into it. Without JavaScript the citation stays on the page to select by hand.
(function () {
  'use strict';
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        status.textContent = button.getAttribute('data-copied');
      }, function () {
        status.textContent = button.getAttribute('data-failed');
      });
    });
  });
}());
