// Shows the copy button next to a record's permanent identifier (fragments/text.html, permanentIri)
// and copies the IRI with it. The button stays hidden where nothing can copy: the link alone is
// then the way, as it is without JavaScript.
(function () {
  'use strict';
  function copied(button, ok) {
    var status = button.nextElementSibling;
    if (status) {
      status.textContent = ok ? button.dataset.copied : button.dataset.failed;
    }
  }
  // The Clipboard API needs a secure context (HTTPS or localhost); elsewhere the older
  // command copies the link's selected text.
  function copyBySelection(button) {
    var link = button.parentNode.querySelector('a.iri-link');
    var range = document.createRange();
    range.selectNodeContents(link);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (ignored) {
      ok = false;
    }
    copied(button, ok);
  }
  function start() {
    var canCopy = (navigator.clipboard && window.isSecureContext) || document.queryCommandSupported('copy');
    document.querySelectorAll('button.copy-iri').forEach(function (button) {
      if (!canCopy || button.dataset.ready) {
        return;
      }
      button.dataset.ready = 'true';
      button.hidden = false;
      button.addEventListener('click', function () {
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(button.dataset.iri).then(function () {
            copied(button, true);
          }, function () {
            copyBySelection(button);
          });
        } else {
          copyBySelection(button);
        }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
