// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// Print buttons ([data-print]) without inline handlers (strict CSP).
document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-print]')) {
        window.print();
    }
});
