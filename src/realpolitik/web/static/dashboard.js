// Clicking a chart point fetches the evidence of its period as server-rendered HTML;
// clicking a highlight in a document shows the coded event it belongs to.
(function () {
  function showEvidence(mark) {
    var box = document.getElementById('evidence');
    if (!box) return;
    var params = new URLSearchParams((box.dataset.filters || '').replace(/^\?/, ''));
    params.set('period_start', mark.dataset.period);
    params.set('period', box.dataset.periodKind || 'year');
    if (mark.dataset.dyad) params.set('dyad', mark.dataset.dyad); else params.set('tilt', mark.dataset.tilt);
    if (mark.dataset.quad) params.set('quad', mark.dataset.quad);  // a bar of one quad class: its events only
    box.innerHTML = '<p class="empty">loading…</p>';
    fetch('/fragments/evidence?' + params.toString()).then(function (r) {
      if (r.ok) return r.text().then(function (html) { box.innerHTML = html; });
      return r.json().then(function (e) {
        var p = document.createElement('p');
        p.className = 'error';
        // 422: a list of {loc, msg, type}, one per bad parameter; 400 and 404: one message
        p.textContent = Array.isArray(e.detail) ? e.detail.map(function (d) { return d.msg; }).join('; ') : e.detail;
        box.replaceChildren(p);
      });
    }).then(function () { box.scrollIntoView({block: 'start'}); });
  }

  function showEvent(mark) {
    var details = document.getElementById('event-details');
    var html = mark.dataset.events.split(' ').map(function (id) {
      var item = document.getElementById('event-' + id);
      return item ? item.outerHTML.replace(/ id="event-[^"]*"/, '') : '';
    }).join('');
    details.innerHTML = '<ol class="evidence">' + html + '</ol>';
    details.hidden = false;
    details.scrollIntoView({block: 'nearest'});
  }

  document.addEventListener('click', function (ev) {
    var point = ev.target.closest('[data-period][data-dyad], [data-period][data-tilt]');
    if (point) { showEvidence(point); return; }
    var edge = ev.target.closest('.edge[data-dyad]');
    if (edge) { window.location = '/dyad/' + encodeURIComponent(edge.dataset.dyad) + window.location.search; return; }
    var mark = ev.target.closest('.document-text mark[data-events]');
    if (mark) showEvent(mark);
  });
})();
