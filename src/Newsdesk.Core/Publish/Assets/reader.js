// Keyboard navigation for the reader; every page works without it.
// j / k: next / previous story in a list · o or Enter: open it · n: next story in the thread · /: search
// Escape: close the key-term popover (it opens with Enter or Space on its button, as any <details> does)
(function () {
  "use strict";
  var current = -1;
  function stories() { return Array.prototype.slice.call(document.querySelectorAll("li.story")); }
  function focus(index) {
    var items = stories();
    if (items.length === 0) { return; }
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) { item.classList.toggle("focused", i === current); });
    var link = items[current].querySelector("h2 a");
    if (link) { link.focus(); }
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Escape") {
      var open = document.querySelector("details.key-term[open]");
      if (open) { open.removeAttribute("open"); open.querySelector("summary").focus(); event.preventDefault(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA"))) { return; }
    if (event.key === "j") { focus(current + 1); event.preventDefault(); }
    else if (event.key === "k") { focus(current - 1); event.preventDefault(); }
    else if (event.key === "n") {
      var next = document.getElementById("next-in-thread");
      if (next) { window.location.href = next.getAttribute("href"); event.preventDefault(); }
    }
    else if (event.key === "/") {
      var search = document.getElementById("q");
      if (search) { search.focus(); event.preventDefault(); }
    }
  });
}());
