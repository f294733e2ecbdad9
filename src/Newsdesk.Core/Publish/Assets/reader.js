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
  // New since your last visit, kept in this browser only (localStorage; no account, nothing sent): a story opened
  // before whose brief was updated since is marked "Updated"; one not opened that appeared or changed since the
  // previous visit to a list is marked "New". Without script, lists show each story's "updated" time instead.
  var SEEN = "newsdesk-seen", VISIT = "newsdesk-last-visit";
  function read(key, fallback) { try { var v = localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); } catch (e) { return fallback; } }
  function write(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off: no marks */ } }
  var seen = read(SEEN, {});
  var brief = document.querySelector("article.brief[data-story]");
  if (brief) { seen[brief.getAttribute("data-story")] = brief.getAttribute("data-updated"); write(SEEN, seen); }
  var items = stories();
  if (items.length > 0) {
    var lastVisit = read(VISIT, null);
    var german = document.documentElement.lang === "de";
    items.forEach(function (item) {
      var id = item.getAttribute("data-story"), updated = item.getAttribute("data-updated");
      if (!id || !updated) { return; }
      var opened = seen[id];
      var mark = opened !== undefined ? (updated > opened ? "updated" : null) : (lastVisit !== null && updated > lastVisit ? "new" : null);
      if (mark) {
        var badge = document.createElement("span");
        badge.className = "badge mark " + mark;
        badge.textContent = mark === "new" ? (german ? "Neu" : "New") : (german ? "Aktualisiert" : "Updated");
        item.insertBefore(badge, item.firstChild);
        item.classList.add("is-" + mark);
      }
    });
    write(VISIT, new Date().toISOString().replace(/\.\d{3}Z$/, "Z"));
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
