// The header's menu (fragments/layout.html) is a details element, closed, so that at phone width
// it opens without JavaScript. From 48rem on the stylesheet shows its content anyway; this opens it
// there too, so that the links count as shown for every browser and tool, not only those that
// honour ::details-content.
(function () {
  'use strict';
  var menu = document.querySelector('details.site-menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 48rem)');
  function follow() {
    menu.open = wide.matches;
  }
  follow();
  wide.addEventListener('change', follow);
}());
