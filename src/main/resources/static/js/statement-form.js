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

// A picked source makes the new-source fields moot: they are disabled (and so not sent) while one
// is picked. The position's topic comes before its stance: only that topic's ladder is offered.
(function () {
  'use strict';
  var sourceId = document.getElementById('sourceId');
  var newSource = document.getElementById('new-source');
  // A new source is most often published on the day of the statement: its date starts as that.
  var saidOn = document.getElementById('saidOn');
  var published = document.getElementById('sourcePublishedOn');
  if (saidOn && published) {
    saidOn.addEventListener('change', function () {
      if (published.value === '' || published.getAttribute('data-filled') === 'yes') {
        published.value = saidOn.value;
        published.setAttribute('data-filled', 'yes');
      }
    });
    published.addEventListener('input', function () { published.removeAttribute('data-filled'); });
  }
  if (sourceId && newSource) {
    var syncSource = function () { newSource.disabled = sourceId.value !== ''; };
    sourceId.addEventListener('change', syncSource);
    syncSource();
  }
  var topic = document.getElementById('positionTopicId');
  var stance = document.getElementById('stance');
  if (topic && stance) {
    var syncLadder = function () {
      var option = topic.options[topic.selectedIndex];
      var ladder = option ? option.getAttribute('data-ladder') : null;
      var groups = stance.querySelectorAll('optgroup');
      for (var i = 0; i < groups.length; i++) {
        var other = ladder !== null && groups[i].getAttribute('data-ladder') !== ladder;
        groups[i].disabled = other;
        groups[i].hidden = other;
      }
      var chosen = stance.options[stance.selectedIndex];
      if (chosen && chosen.parentNode && chosen.parentNode.disabled) {
        stance.value = '';
      }
      stance.disabled = ladder === null;
    };
    topic.addEventListener('change', function () { topicTouched = true; syncLadder(); });
    // The position is most often on the statement's topic: while the editor has not chosen one,
    // the first topic ticked above is offered (no level picked still means no position).
    var topicTouched = topic.value !== '';
    var ticked = document.querySelectorAll('input[name=topicIds]');
    Array.prototype.forEach.call(ticked, function (box) {
      box.addEventListener('change', function () {
        if (topicTouched) {
          return;
        }
        var first = document.querySelector('input[name=topicIds]:checked');
        topic.value = first ? first.value : '';
        syncLadder();
      });
    });
    syncLadder();
  }
})();
