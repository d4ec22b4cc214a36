// "Nhập văn bản": with JavaScript, each file of a batch is sent on its own and its row appears as soon as it is read
// (a progress bar counts them); without JavaScript the form posts the whole batch and the page lists the results.
(function () {
  if (window.gandanImports) { return; }
  window.gandanImports = true;
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || form.id !== 'import-form' || !window.fetch || !window.FormData) { return; }
    var input = form.querySelector('input[type=file]');
    if (!input.files || input.files.length === 0) { return; }
    e.preventDefault();
    var files = Array.prototype.slice.call(input.files);
    var list = document.getElementById('import-results');
    var bar = document.getElementById('import-bar');
    var status = document.getElementById('import-status');
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var done = 0;
    document.getElementById('import-progress').hidden = false;
    bar.max = files.length;
    function progress() {
      bar.value = done;
      status.textContent = form.dataset.progress.replace('{0}', done).replace('{1}', files.length);
    }
    function refused(file, reason) {
      var li = document.createElement('li');
      li.className = 'list-group-item text-danger-emphasis';
      li.textContent = file.name + ' — ' + reason;
      list.appendChild(li);
    }
    progress();
    var chain = Promise.resolve();
    files.forEach(function (file) {
      chain = chain.then(function () {
        if (file.size > Number(form.dataset.maxBytes)) { refused(file, form.dataset.tooLarge); return null; }
        var body = new FormData();
        body.append('file', file, file.name);
        var headers = {};
        if (token && header) { headers[header.content] = token.content; }
        return fetch(form.dataset.oneUrl, {method: 'POST', body: body, headers: headers, credentials: 'same-origin'})
          .then(function (res) {
            if (!res.ok) { refused(file, res.status === 413 ? form.dataset.tooLarge : form.dataset.failed); return null; }
            return res.text().then(function (html) { list.insertAdjacentHTML('beforeend', html); });
          })
          .catch(function () { refused(file, form.dataset.failed); });
      }).then(function () { done++; progress(); });
    });
    chain.then(function () { input.value = ''; });
  });
})();
