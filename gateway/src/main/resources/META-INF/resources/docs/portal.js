// The portal page's behaviour: kept out of the HTML so the Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function listServices(spec) {
    var rows = document.getElementById('service-rows');
    rows.textContent = '';
    var services = spec['x-wego-services'] || {};
    var counts = {};
    Object.keys(spec.paths || {}).forEach(function (path) {
      var service = path.split('/')[3] || '?';
      var ops = Object.keys(spec.paths[path]).filter(function (m) {
        return ['get', 'put', 'post', 'delete', 'patch', 'head'].indexOf(m) >= 0;
      }).length;
      counts[service] = (counts[service] || 0) + ops;
    });
    Object.keys(counts).sort().forEach(function (service) {
      var tr = document.createElement('tr');
      tr.className = 'service';
      tr.setAttribute('data-service', service);
      cell(tr, service + (services[service] && services[service].title ? ' — ' + services[service].title : ''));
      cell(tr, '/api/v1/' + service);
      cell(tr, String(counts[service])).className = 'operation-count';
      rows.appendChild(tr);
    });
    var missing = Object.keys(spec['x-wego-missing'] || {});
    if (missing.length) {
      document.getElementById('missing').textContent = 'Not answering right now, so not listed: ' + missing.join(', ');
    }
  }

  function listChannels(doc) {
    var rows = document.getElementById('channel-rows');
    rows.textContent = '';
    document.getElementById('events-intro').textContent = (doc.info && doc.info.description) || '';
    var channels = doc.channels || {};
    Object.keys(channels).forEach(function (name) {
      var channel = channels[name];
      var tr = document.createElement('tr');
      tr.className = 'channel';
      cell(tr, name);
      cell(tr, channel.address || '');
      var messages = Object.keys(channel.messages || {}).map(function (key) {
        var ref = (channel.messages[key] || {}).$ref || '';
        var msg = ref ? (doc.components.messages || {})[ref.split('/').pop()] || {} : channel.messages[key];
        return (msg && msg.name) || key;
      });
      cell(tr, messages.join(', ')).className = 'messages';
      cell(tr, channel.description || '');
      rows.appendChild(tr);
    });
  }

  fetch('/openapi').then(function (r) { return r.json(); }).then(function (spec) {
    listServices(spec);
    SwaggerUIBundle({ spec: spec, dom_id: '#openapi', docExpansion: 'list', deepLinking: true,
      defaultModelsExpandDepth: -1, filter: true });
  }).catch(function (e) {
    document.getElementById('service-rows').textContent = 'Could not load /openapi: ' + e;
  });

  fetch('/asyncapi.json').then(function (r) { return r.json(); }).then(listChannels).catch(function (e) {
    document.getElementById('channel-rows').textContent = 'Could not load /asyncapi.json: ' + e;
  });
})();
