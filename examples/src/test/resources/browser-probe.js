// Appended to a copy of a report by HtmlReportInBrowserTest: measures what the browser laid out and writes it into
// the page as JSON, which chromium --dump-dom then prints. The report itself carries no script.
window.addEventListener('load', function () {
  var verdict = document.getElementById('verdict');
  var viewport = document.documentElement.clientWidth;
  var charts = Array.prototype.map.call(document.querySelectorAll('svg.chart'), function (svg) {
    var box = svg.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height), right: Math.round(box.right),
             marks: svg.querySelectorAll('rect.bar, polyline.series, line.mark').length };
  });
  // Wide tables scroll inside their wrapper on purpose; anything else past the right edge is overflow.
  var overflowing = Array.prototype.filter.call(document.querySelectorAll('body *'), function (element) {
    var box = element.getBoundingClientRect();
    return box.width > 0 && box.right > viewport + 1 && !element.closest('.table-wrap');
  }).map(function (element) { return element.tagName.toLowerCase() + '.' + element.getAttribute('class'); });
  var heading = document.querySelector('h1');
  var result = {
    title: document.title,
    heading: heading ? heading.textContent : null,
    verdict: verdict ? verdict.textContent : null,
    verdictColour: verdict ? getComputedStyle(verdict).backgroundColor : null,
    verdictVisible: verdict ? verdict.getBoundingClientRect().top < window.innerHeight : false,
    charts: charts,
    viewport: viewport,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing: overflowing.slice(0, 10)
  };
  var probe = document.createElement('pre');
  probe.id = 'probe';
  // Base64 so that the DOM dump's escaping cannot touch the JSON.
  probe.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(result))));
  document.body.appendChild(probe);
});
