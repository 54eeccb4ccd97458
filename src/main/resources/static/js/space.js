// The shared space page, live: new and changed threads arrive through Server-Sent Events (the browser resumes from
// Last-Event-ID after a drop), each fetched as the page renders it; the page tells the server how far it was read.
(function () {
  'use strict';
  var feed = document.getElementById('space-feed');
  if (!feed) { return; }
  var seq = Number(feed.dataset.seq || 0);
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  var visitTimer = null;

  function visited() {
    clearTimeout(visitTimer);
    visitTimer = setTimeout(function () {
      var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (token && header) { headers[header.content] = token.content; }
      fetch(feed.dataset.visit, { method: 'POST', headers: headers, body: 'seq=' + seq, credentials: 'same-origin' });
    }, 500);
  }

  function show(threadId) {
    fetch(feed.dataset.thread + threadId, { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var holder = document.createElement('ol');
        holder.innerHTML = html.trim();
        var thread = holder.firstElementChild;
        if (!thread) { return; }
        var existing = document.getElementById('post-' + threadId);
        if (existing) { existing.replaceWith(thread); } else { feed.prepend(thread); }
        var empty = document.querySelector('.space-empty, section.empty-state');
        if (empty) { empty.remove(); }
        if (window.htmx) { window.htmx.process(thread); }
      });
  }

  if (window.EventSource) {
    var source = new EventSource(feed.dataset.stream);
    source.addEventListener('post', function (event) {
      var data = JSON.parse(event.data);
      seq = Math.max(seq, Number(data.seq));
      show(data.threadId);
      visited();
    });
  }
  visited();
}());
