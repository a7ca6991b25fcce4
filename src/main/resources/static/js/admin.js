// Admin pages, progressive enhancement only: after a failed save the error summary takes the focus
// (a screen reader reads it, Tab goes on to its links); after a preview the preview takes it, so
// that the preview and the Save button below it are together.
(function () {
  'use strict';
  var target = document.getElementById('error-summary') || document.getElementById('preview-heading');
  if (target) {
    target.focus();
  }
})();
