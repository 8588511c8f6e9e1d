package id.musrenflow.monitoring.ui;

/**
 * The browser side of {@link ProposalMap}: loads Leaflet and Leaflet.markercluster once per page (the usulan form's
 * map picker shares the Leaflet script tag), draws the points and keeps the view fitted to them.
 */
final class ProposalMapScript {

    /** $0 the host element (unused), $1 the configuration, $2 the points. */
    static final String INIT = """
            const el = this, host = $0, cfg = $1;
            el._mfPoints = $2;
            const need = (ready, src, key) => new Promise((ok, fail) => {
              if (ready()) { ok(); return; }
              let script = document.querySelector('script[data-' + key + ']');
              if (!script) {
                script = document.createElement('script');
                script.src = src;
                script.setAttribute('data-' + key, 'loading');
                script.addEventListener('load', () => script.setAttribute('data-' + key, 'ready'));
                document.head.appendChild(script);
              }
              script.addEventListener('load', ok);
              script.addEventListener('error', fail);
            });
            const dot = p => L.divIcon({className: 'mf-peta-titik', iconSize: [18, 18],
              html: '<a href="' + cfg.route + encodeURIComponent(p.n) + '"><span style="background:'
                + cfg.colours[p.s] + '"></span></a>'});
            const ring = cluster => {
              const counts = {};
              cluster.getAllChildMarkers().forEach(m => counts[m._mfStage] = (counts[m._mfStage] || 0) + 1);
              const total = cluster.getChildCount();
              let at = 0;
              const parts = [];
              cfg.order.forEach(s => {
                if (counts[s]) {
                  const from = at;
                  at += counts[s] * 360 / total;
                  parts.push(cfg.colours[s] + ' ' + from.toFixed(1) + 'deg ' + at.toFixed(1) + 'deg');
                }
              });
              const size = total < 10 ? 36 : total < 100 ? 42 : 50;
              return L.divIcon({className: 'mf-peta-klaster', iconSize: [size, size],
                html: '<div style="background:conic-gradient(' + parts.join(',') + ')"><span>'
                  + total.toLocaleString('id-ID') + '</span></div>'});
            };
            const start = () => {
              if (el._mfMap) { el._mfMap.remove(); }
              const map = L.map(el, {maxZoom: 19, zoomSnap: 0.5});
              if (cfg.tiles) {
                L.tileLayer(cfg.tiles, {maxZoom: 19, attribution: cfg.attribution}).addTo(map);
              }
              L.control.scale({imperial: false}).addTo(map);
              L.rectangle(cfg.box, {color: '#607d8b', weight: 1, dashArray: '4 6', fill: false, interactive: false})
                .addTo(map);
              const group = L.markerClusterGroup({maxClusterRadius: 48, showCoverageOnHover: false,
                chunkedLoading: true, spiderfyOnMaxZoom: true, iconCreateFunction: ring});
              map.addLayer(group);
              el._mfMap = map;
              el._mfShow = points => {
                group.clearLayers();
                group.addLayers(points.map(p => {
                  // a real link: the browser opens the usulan, by mouse, touch or keyboard
                  const marker = L.marker([p.y, p.x], {icon: dot(p), keyboard: false, riseOnHover: true,
                    title: p.n + ' \\u00b7 ' + p.t + ' (' + cfg.labels[p.s] + ')'});
                  marker._mfStage = p.s;
                  return marker;
                }));
                if (points.length) {
                  map.fitBounds(group.getBounds(), {padding: [24, 24], maxZoom: 17});
                } else {
                  map.fitBounds(cfg.box);
                }
                el.setAttribute('data-titik', points.length);
              };
              el._mfShow(el._mfPoints || []);
              setTimeout(() => map.invalidateSize(), 250);
            };
            need(() => window.L, cfg.leaflet + 'leaflet.js', 'mf-leaflet')
              .then(() => need(() => window.L.markerClusterGroup, cfg.cluster + 'leaflet.markercluster.js',
                'mf-markercluster'))
              .then(start);
            """;

    private ProposalMapScript() {
    }
}
