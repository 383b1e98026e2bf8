// Autocomplete for the search box: proposals from /api/suggest under the box, chosen with
// the mouse or the arrow keys. Without JavaScript the form works as a plain GET form.
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-suggestions');
  if (!input || !list) {
    return;
  }
  var url = input.getAttribute('data-suggest-url');
  var timer = null;
  var active = -1;
  var latest = 0;

  function clear() {
    list.hidden = true;
    list.textContent = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  function render(suggestions) {
    list.textContent = '';
    active = -1;
    suggestions.forEach(function (suggestion, index) {
      var item = document.createElement('li');
      item.id = 'suggestion-' + index;
      item.setAttribute('role', 'option');
      item.setAttribute('data-href', suggestion.href);
      var label = document.createElement('span');
      label.textContent = suggestion.label;
      item.appendChild(label);
      if (suggestion.matched) {
        var matched = document.createElement('span');
        matched.className = 'matched';
        matched.textContent = suggestion.matched;
        item.appendChild(matched);
      }
      if (suggestion.mark) {
        var mark = document.createElement('span');
        mark.className = 'mark';
        mark.textContent = suggestion.markLabel;
        item.appendChild(mark);
      }
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = suggestion.typeLabel;
      item.appendChild(kind);
      item.addEventListener('mousedown', function (event) {
        event.preventDefault();
        window.location.href = suggestion.href;
      });
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
  }

  function fetchSuggestions() {
    var text = input.value.trim();
    if (text.length < 1) {
      clear();
      return;
    }
    var request = ++latest;
    fetch(url + '?q=' + encodeURIComponent(text) + '&lang=' + encodeURIComponent(document.documentElement.lang),
      { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (request === latest) {
          render(suggestions);
        }
      })
      .catch(clear);
  }

  function move(step) {
    var items = list.querySelectorAll('li');
    if (items.length === 0) {
      return;
    }
    if (active >= 0) {
      items[active].setAttribute('aria-selected', 'false');
    }
    active = (active + step + items.length) % items.length;
    items[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', items[active].id);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Escape' && !list.hidden) {
      // Close the proposals only: without this, Escape also empties a search box.
      event.preventDefault();
      clear();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.href = list.querySelectorAll('li')[active].getAttribute('data-href');
    }
  });
  input.addEventListener('blur', function () {
    setTimeout(clear, 150);
  });
}());
