// New-statement form, progressive enhancement only: when the speaker or the date changes and
// "on behalf of" is still empty, ask the server whom the speaker's office was for on that date
// and pre-select it. Without JavaScript the server applies the same rule when the field is left
// empty.
(function () {
  'use strict';
  var script = document.currentScript;
  var url = script && script.getAttribute('data-office-url');
  var speaker = document.getElementById('speaker');
  var date = document.getElementById('saidOn');
  var behalf = document.getElementById('onBehalfOfId');
  if (!url || !speaker || !behalf) {
    return;
  }
  var filledByUs = false;
  function update() {
    if (behalf.value !== '' && !filledByUs) {
      return;
    }
    var name = speaker.value.trim();
    if (name === '') {
      return;
    }
    var query = '?speaker=' + encodeURIComponent(name) + (date && date.value ? '&date=' + encodeURIComponent(date.value) : '');
    fetch(url + query, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (office) {
        if (office && office.id !== undefined) {
          behalf.value = String(office.id);
          filledByUs = true;
        }
      })
      .catch(function () { /* the server falls back to the office anyway */ });
  }
  behalf.addEventListener('change', function () { filledByUs = false; });
  speaker.addEventListener('change', update);
  if (date) {
    date.addEventListener('change', update);
  }
})();
